import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKmsSealSigner, KMS_RAW_LIMIT } from '../../../functions/adapters/kms/kms-seal-signer.js';
import type { SealAlgorithm } from '../../../functions/core/seal/decision-document.js';
import { createFakeKms } from '../../support/fake-kms.js';
import { pointOfHex, verifyByHand } from '../../support/sm2-reference.js';

const small = new TextEncoder().encode('{"outcome":"grant","township":"青石镇"}');
const large = new TextEncoder().encode(`{"grounds":"${'理由'.repeat(1000)}"}`);

function setup() {
  const kms = createFakeKms();
  const p256 = kms.addKey('ECC_NIST_P256');
  const sm2 = kms.addKey('SM2');
  const retiredArn = kms.addKey('ECC_NIST_P256');
  const signer = createKmsSealSigner({
    kms,
    keys: {
      qingshi: { keyId: sm2, algorithm: 'SM2DSA', retired: [{ keyId: retiredArn, algorithm: 'ECDSA_SHA_256' }] },
      'county-amr': { keyId: p256, algorithm: 'ECDSA_SHA_256' },
    },
  });
  return { kms, signer, p256, sm2, retiredArn };
}

describe('the KMS seal signer', () => {
  it('answers the configured key of each owner', async () => {
    const { signer, p256, sm2 } = setup();

    expect(await signer.currentKey('qingshi')).toEqual({ keyId: sm2, algorithm: 'SM2DSA' });
    expect(await signer.currentKey('county-amr')).toEqual({ keyId: p256, algorithm: 'ECDSA_SHA_256' });
    await expect(signer.currentKey('baihe')).rejects.toThrow(/no KMS seal key/);
  });

  it.each<[string, SealAlgorithm]>([
    ['county-amr', 'ECDSA_SHA_256'],
    ['qingshi', 'SM2DSA'],
  ])('signs RAW for %s with %s and verifies locally with the public key', async (owner, algorithm) => {
    const { kms, signer } = setup();
    const { keyId } = await signer.currentKey(owner);

    const signature = await signer.sign(owner, keyId, small);

    expect(kms.calls.find((c) => c.command === 'Sign')?.input).toMatchObject({ KeyId: keyId, MessageType: 'RAW', SigningAlgorithm: algorithm });
    expect(await signer.verify(keyId, small, signature)).toBe(true);
    expect(await signer.verify(keyId, small.subarray(0, -1), signature)).toBe(false);
  });

  it('fetches a public key once and verifies from the cache after that', async () => {
    const { kms, signer, p256 } = setup();
    const signature = await signer.sign('county-amr', p256, small);

    await Promise.all([signer.verify(p256, small, signature), signer.verify(p256, small, signature)]);
    await signer.verify(p256, small, signature);

    expect(kms.calls.filter((c) => c.command === 'GetPublicKey')).toHaveLength(1);
  });

  it('signs a document over the RAW limit as its digest, and the signature verifies over the same bytes', async () => {
    const { kms, signer, p256, sm2 } = setup();
    expect(large.length).toBeGreaterThan(KMS_RAW_LIMIT);

    const p256Signature = await signer.sign('county-amr', p256, large);
    const sm2Signature = await signer.sign('qingshi', sm2, large);

    expect(kms.calls.filter((c) => c.command === 'Sign').map((c) => c.input.MessageType)).toEqual(['DIGEST', 'DIGEST']);
    expect(await signer.verify(p256, large, p256Signature)).toBe(true);
    expect(await signer.verify(sm2, large, sm2Signature)).toBe(true);
    expect(await signer.verify(sm2, small, sm2Signature)).toBe(false);
  });

  it('gives signatures that other implementations verify (node:crypto for P-256, the SM2 reference for SM2)', async () => {
    const { kms, signer, p256, sm2 } = setup();

    const p256Signature = Buffer.from(await signer.sign('county-amr', p256, small), 'base64');
    const sm2Signature = Buffer.from(await signer.sign('qingshi', sm2, large), 'base64');

    const p256Public = createPublicKey({ key: Buffer.from(kms.keys.get(p256)!.publicDer), format: 'der', type: 'spki' });
    expect(verify('sha256', small, { key: p256Public, dsaEncoding: 'der' }, p256Signature)).toBe(true);
    const sm2Key = kms.keys.get(sm2)!;
    expect(sm2Key.spec === 'SM2' && verifyByHand(pointOfHex(sm2Key.publicHex), large, sm2Signature)).toBe(true);
  });

  it('after a rotation, verifies with the retired key but no longer signs with it, and refuses keys it was not given', async () => {
    const { kms, retiredArn } = setup();
    const before = createKmsSealSigner({ kms, keys: { qingshi: { keyId: retiredArn, algorithm: 'ECDSA_SHA_256' } } });
    const oldSignature = await before.sign('qingshi', retiredArn, small);
    const rotated = createKmsSealSigner({
      kms,
      keys: { qingshi: { keyId: kms.addKey('SM2'), algorithm: 'SM2DSA', retired: [{ keyId: retiredArn, algorithm: 'ECDSA_SHA_256' }] } },
    });

    expect(await rotated.verify(retiredArn, small, oldSignature)).toBe(true);
    await expect(rotated.sign('qingshi', retiredArn, small)).rejects.toThrow(/not the key of qingshi/);
    expect(await createKmsSealSigner({ kms, keys: {} }).verify(retiredArn, small, oldSignature)).toBe(false);
  });

  it("refuses to sign with another owner's key", async () => {
    const { signer, p256 } = setup();
    await expect(signer.sign('qingshi', p256, small)).rejects.toThrow(/not the key of qingshi/);
  });
});
