import { describe, expect, it } from 'vitest';
import { createPkcePair, pkceChallenge } from '../../../../web/src/session/oidc/pkce.js';

describe('PKCE (RFC 7636)', () => {
  it('computes the S256 challenge of the RFC 7636 appendix B test vector', async () => {
    // The appendix's 32 random octets, base64url-encoded, are the verifier ("…-mB92…": often
    // misquoted as "…-mJ92…", which hashes to something else).
    const octets = [
      116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ];
    const verifier = Buffer.from(octets).toString('base64url');
    expect(verifier).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    await expect(pkceChallenge(verifier)).resolves.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes a fresh, well-formed verifier each time, with its own S256 challenge', async () => {
    const a = await createPkcePair();
    const b = await createPkcePair();
    expect(a.method).toBe('S256');
    expect(a.verifier).not.toBe(b.verifier);
    // 43–128 characters of the unreserved set (RFC 7636 §4.1); base64url without padding.
    for (const pair of [a, b]) {
      expect(pair.verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
      expect(pair.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
      await expect(pkceChallenge(pair.verifier)).resolves.toBe(pair.challenge);
    }
  });
});
