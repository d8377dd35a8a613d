import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalSealSigner } from '../../../functions/adapters/local/local-seal-signer.js';
import { fromBytes, multiply, onCurve, SM2_CURVE as C, type Point } from '../../support/ec-math.js';
import { pointOfHex, signByHand, sm3, verifyByHand, za } from '../../support/sm2-reference.js';

/**
 * SM2 interoperability: the adapter (sm-crypto-v2) against an independent implementation
 * (test/support/sm2-reference.ts: gm-crypto's SM3 and GB/T 32918.2 written out over BigInt).
 */
async function sm2Signer() {
  const dir = mkdtempSync(join(tmpdir(), 'sm2-interop-'));
  const signer = createLocalSealSigner({ dir, algorithmFor: () => 'SM2DSA' });
  const { keyId } = await signer.currentKey('qingshi');
  const file = JSON.parse(readFileSync(join(dir, 'qingshi', '1.json'), 'utf8')) as { privateKey: string; publicKey: string };
  return { signer, keyId, d: BigInt(`0x${file.privateKey}`), publicKey: pointOfHex(file.publicKey) };
}

const message = new TextEncoder().encode('{"documentNumber":"QS-JD-2026-000012","outcome":"grant","township":"青石镇"}');

describe('the independent SM2 reference in this test', () => {
  it('has the standard SM3 (GB/T 32905 example: "abc") and the recommended curve', () => {
    expect(sm3(Buffer.from('abc')).toString('hex')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(onCurve(C, C.G)).toBe(true);
    expect(multiply(C, C.n, C.G)).toBeNull();
  });
});

describe('SM2 signatures of the embedded seal', () => {
  it('verify with the independent implementation, with Z_A over the default user id', async () => {
    const { signer, keyId, d, publicKey } = await sm2Signer();
    expect(multiply(C, d, C.G) as Point).toEqual(publicKey);

    const der = Buffer.from(await signer.sign('qingshi', keyId, message), 'base64');

    expect(verifyByHand(publicKey, message, der)).toBe(true);
    expect(verifyByHand(publicKey, Buffer.concat([message, Buffer.from(' ')]), der)).toBe(false);
  });

  it('are not plain ECDSA over the SM2 curve: without the Z_A step they do not verify', async () => {
    const { signer, keyId, publicKey } = await sm2Signer();
    const der = Buffer.from(await signer.sign('qingshi', keyId, message), 'base64');

    expect(verifyByHand(publicKey, message, der, fromBytes(sm3(message)))).toBe(false);
    const otherId = fromBytes(sm3(Buffer.concat([za(publicKey, Buffer.from('ALICE123@YAHOO.COM')), message])));
    expect(verifyByHand(publicKey, message, der, otherId)).toBe(false);
  });

  it('accept signatures made by the independent implementation', async () => {
    const { signer, keyId, d, publicKey } = await sm2Signer();

    const der = signByHand(d, publicKey, message);

    expect(await signer.verify(keyId, message, der.toString('base64'))).toBe(true);
    expect(await signer.verify(keyId, message.subarray(1), der.toString('base64'))).toBe(false);
  });
});
