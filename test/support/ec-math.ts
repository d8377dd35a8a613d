/**
 * Textbook elliptic-curve arithmetic over BigInt (affine coordinates), written here from the
 * standards so tests can check signatures independently of the libraries the adapters use.
 * Slow and not constant-time: for tests only.
 */
export interface Curve {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  G: Point;
}
export type Point = { x: bigint; y: bigint } | null;

const h = (hex: string) => BigInt(`0x${hex.replace(/\s+/g, '')}`);

/** GB/T 32918.5 recommended curve (sm2p256v1). */
export const SM2_CURVE: Curve = {
  p: h('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFF'),
  a: h('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF FFFFFFFF 00000000 FFFFFFFF FFFFFFFC'),
  b: h('28E9FA9E 9D9F5E34 4D5A9E4B CF6509A7 F39789F5 15AB8F92 DDBCBD41 4D940E93'),
  n: h('FFFFFFFE FFFFFFFF FFFFFFFF FFFFFFFF 7203DF6B 21C6052B 53BBF409 39D54123'),
  G: {
    x: h('32C4AE2C 1F198119 5F990446 6A39C994 8FE30BBF F2660BE1 715A4589 334C74C7'),
    y: h('BC3736A2 F4F6779C 59BDCEE3 6B692153 D0A9877C C62A4740 02DF32E5 2139F0A0'),
  },
};

/** NIST P-256 (FIPS 186-4 D.1.2.3). */
export const P256_CURVE: Curve = {
  p: h('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff'),
  a: h('ffffffff00000001000000000000000000000000fffffffffffffffffffffffc'),
  b: h('5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
  n: h('ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551'),
  G: {
    x: h('6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296'),
    y: h('4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5'),
  },
};

export const mod = (x: bigint, m: bigint) => ((x % m) + m) % m;

export function inverse(x: bigint, m: bigint): bigint {
  let [a, b, u, v] = [mod(x, m), m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [u, v] = [v, u - q * v];
  }
  if (a !== 1n) throw new Error('not invertible');
  return mod(u, m);
}

export function onCurve(c: Curve, P: Point): boolean {
  if (!P) return true;
  return mod(P.y * P.y - (P.x * P.x * P.x + c.a * P.x + c.b), c.p) === 0n;
}

export function add(c: Curve, P: Point, Q: Point): Point {
  if (!P) return Q;
  if (!Q) return P;
  if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n) return null;
  const l = P.x === Q.x && P.y === Q.y ? mod((3n * P.x * P.x + c.a) * inverse(2n * P.y, c.p), c.p) : mod((Q.y - P.y) * inverse(Q.x - P.x, c.p), c.p);
  const x = mod(l * l - P.x - Q.x, c.p);
  return { x, y: mod(l * (P.x - x) - P.y, c.p) };
}

export function multiply(c: Curve, k: bigint, P: Point): Point {
  let result: Point = null;
  let addend = P;
  for (let e = k; e > 0n; e >>= 1n) {
    if (e & 1n) result = add(c, result, addend);
    addend = add(c, addend, addend);
  }
  return result;
}

export const toBytes32 = (x: bigint) => Buffer.from(x.toString(16).padStart(64, '0'), 'hex');
export const fromBytes = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);

/** DER SEQUENCE { INTEGER r, INTEGER s } (short lengths only: enough for 256-bit curves). */
export function derEncode(r: bigint, s: bigint): Buffer {
  const int = (x: bigint) => {
    let hex = x.toString(16);
    if (hex.length % 2) hex = `0${hex}`;
    if (parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
    const body = Buffer.from(hex, 'hex');
    return Buffer.concat([Buffer.from([0x02, body.length]), body]);
  };
  const body = Buffer.concat([int(r), int(s)]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

export function derDecode(der: Uint8Array): { r: bigint; s: bigint } {
  const b = Buffer.from(der);
  if (b[0] !== 0x30 || b[1] !== b.length - 2) throw new Error('not a DER sequence');
  let at = 2;
  const int = () => {
    if (b[at] !== 0x02) throw new Error('not a DER integer');
    const len = b[at + 1]!;
    const value = fromBytes(b.subarray(at + 2, at + 2 + len));
    at += 2 + len;
    return value;
  };
  const r = int();
  const s = int();
  if (at !== b.length) throw new Error('trailing bytes');
  return { r, s };
}
