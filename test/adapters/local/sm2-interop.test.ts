import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SM3 } from 'gm-crypto';
import { describe, expect, it } from 'vitest';
import { createLocalSealSigner } from '../../../functions/adapters/local/local-seal-signer.js';
import { add, derDecode, derEncode, fromBytes, inverse, mod, multiply, onCurve, SM2_CURVE as C, toBytes32, type Point } from '../../support/ec-math.js';

/**
 * SM2 interoperability: the adapter (sm-crypto-v2) against an independent implementation — SM3
 * from gm-crypto (another package) and the GB/T 32918.2 signing and verification steps written out
 * here over BigInt (test/support/ec-math.ts). Nothing in this file uses sm-crypto-v2.
 */
const sm3 = (data: Uint8Array) => Buffer.from(SM3.digest(Buffer.from(data)) as ArrayBuffer);
const USER_ID = Buffer.from('1234567812345678', 'utf8');

/** Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2 §5.5. */
function za(publicKey: { x: bigint; y: bigint }, id = USER_ID): Buffer {
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  return sm3(Buffer.concat([entl, id, ...[C.a, C.b, C.G!.x, C.G!.y, publicKey.x, publicKey.y].map(toBytes32)]));
}

const digestE = (publicKey: { x: bigint; y: bigint }, message: Uint8Array) => fromBytes(sm3(Buffer.concat([za(publicKey), message])));

/** GB/T 32918.2 §7: verification. */
function verifyByHand(publicKey: { x: bigint; y: bigint }, message: Uint8Array, der: Uint8Array, e = digestE(publicKey, message)): boolean {
  const { r, s } = derDecode(der);
  if (r < 1n || r >= C.n || s < 1n || s >= C.n) return false;
  const t = mod(r + s, C.n);
  if (t === 0n) return false;
  const point = add(C, multiply(C, s, C.G), multiply(C, t, publicKey));
  return point !== null && mod(e + point.x, C.n) === r;
}

/** GB/T 32918.2 §6: signing. */
function signByHand(d: bigint, publicKey: { x: bigint; y: bigint }, message: Uint8Array): Buffer {
  const e = digestE(publicKey, message);
  for (;;) {
    const k = mod(fromBytes(randomBytes(32)), C.n - 1n) + 1n;
    const x1 = multiply(C, k, C.G)!.x;
    const r = mod(e + x1, C.n);
    if (r === 0n || r + k === C.n) continue;
    const s = mod(inverse(1n + d, C.n) * (k - r * d), C.n);
    if (s !== 0n) return derEncode(r, s);
  }
}

const pointOfHex = (hex: string) => ({ x: BigInt(`0x${hex.slice(2, 66)}`), y: BigInt(`0x${hex.slice(66)}`) });

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
