import { randomBytes } from 'node:crypto';
import { SM3 } from 'gm-crypto';
import { add, derDecode, derEncode, fromBytes, inverse, mod, multiply, SM2_CURVE as C, toBytes32 } from './ec-math.js';

/**
 * An SM2 (GB/T 32918.2) reference independent of sm-crypto-v2: SM3 from gm-crypto (another
 * package) and the signing and verification steps written out over BigInt (ec-math.ts).
 */
export const sm3 = (data: Uint8Array) => Buffer.from(SM3.digest(Buffer.from(data)) as ArrayBuffer);
const USER_ID = Buffer.from('1234567812345678', 'utf8');

/** Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), GB/T 32918.2 §5.5. */
export function za(publicKey: { x: bigint; y: bigint }, id = USER_ID): Buffer {
  const entl = Buffer.from([(id.length * 8) >> 8, (id.length * 8) & 0xff]);
  return sm3(Buffer.concat([entl, id, ...[C.a, C.b, C.G!.x, C.G!.y, publicKey.x, publicKey.y].map(toBytes32)]));
}

export const digestE = (publicKey: { x: bigint; y: bigint }, message: Uint8Array) => fromBytes(sm3(Buffer.concat([za(publicKey), message])));

/** GB/T 32918.2 §7: verification. */
export function verifyByHand(publicKey: { x: bigint; y: bigint }, message: Uint8Array, der: Uint8Array, e = digestE(publicKey, message)): boolean {
  const { r, s } = derDecode(der);
  if (r < 1n || r >= C.n || s < 1n || s >= C.n) return false;
  const t = mod(r + s, C.n);
  if (t === 0n) return false;
  const point = add(C, multiply(C, s, C.G), multiply(C, t, publicKey));
  return point !== null && mod(e + point.x, C.n) === r;
}

/** GB/T 32918.2 §6: signing. */
export function signByHand(d: bigint, publicKey: { x: bigint; y: bigint }, message: Uint8Array): Buffer {
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

export const pointOfHex = (hex: string) => ({ x: BigInt(`0x${hex.slice(2, 66)}`), y: BigInt(`0x${hex.slice(66)}`) });
