import { describe, expect, it, vi } from 'vitest';
import { createLocalIssuer } from '../../../functions/adapters/local/local-issuer.js';
import { createTokenVerifier } from '../../../functions/http/auth/token-verifier.js';
import type { Principal } from '../../../functions/core/auth/principal.js';

const CLERK: Principal = { userId: 'u-clerk-qs', role: 'clerk', name: '陈静', countyId: 'qingshan', townshipId: 'qingshi' };

describe('token verifier', () => {
  it('proves a token once, and again only once it has expired', async () => {
    const issuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
    const keys = vi.fn(issuer.keySet);
    const verifier = createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys });
    const { token } = await issuer.sign(CLERK);

    const first = await verifier.verify(token);
    const second = await verifier.verify(token);
    expect(second).toEqual(first);
    expect(first.userId).toBe('u-clerk-qs');
    expect(keys).toHaveBeenCalledTimes(1);
    // A caller changing its copy changes nothing for the next request.
    (second as { name: string }).name = 'someone else';
    expect((await verifier.verify(token)).name).toBe('陈静');

    // A forged token is not let in by its likeness to a proven one.
    await expect(verifier.verify(`${token.slice(0, -4)}AAAA`)).rejects.toThrow();

    // A token signed 31 minutes ago (staff tokens live 30) is proven again, and refused as expired.
    const old = await issuer.sign(CLERK, new Date(Date.now() - 31 * 60_000));
    await expect(verifier.verify(old.token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    await expect(verifier.verify(old.token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  });

  it('does not serve a token from memory past its expiry', async () => {
    const issuer = await createLocalIssuer({ issuer: 'http://localhost/local-issuer' });
    const keys = vi.fn(issuer.keySet);
    const verifier = createTokenVerifier({ issuer: issuer.issuer, audiences: [issuer.audience], keys });
    const { token, expiresAt } = await issuer.sign(CLERK);
    await verifier.verify(token);
    vi.useFakeTimers({ now: new Date(Date.parse(expiresAt) + 60_000), toFake: ['Date'] });
    try {
      await expect(verifier.verify(token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
      expect(keys).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
