import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import type { SealAlgorithm } from '../core/seal/decision-document.js';

/**
 * Signature primitives shared by the seal adapters. Every signature is ASN.1 DER
 * (SEQUENCE { r INTEGER, s INTEGER }), base64 — the form KMS returns for both algorithms.
 *
 * SM2 is GB/T 32918.2: e = SM3(Z_A ‖ M) with Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A)
 * and the default user id below, through sm-crypto-v2. Node's crypto would sign plain ECDSA over
 * the SM2 curve without Z_A, which no SM2 verifier accepts.
 */
export const SM2_DEFAULT_USER_ID = '1234567812345678';

/** A public key ready to verify with. */
export type SealPublicKey = { algorithm: 'ECDSA_SHA_256'; key: KeyObject } | { algorithm: 'SM2DSA'; publicHex: string };

/** SubjectPublicKeyInfo prefix of an SM2 key: id-ecPublicKey, curve 1.2.156.10197.1.301, uncompressed point. */
const SM2_SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d03420004';

/** Wraps an uncompressed SM2 point (04 ‖ x ‖ y, hex) in a DER SubjectPublicKeyInfo. */
export function sm2SpkiFromPublicHex(publicHex: string): Uint8Array {
  if (!/^04[0-9a-f]{128}$/i.test(publicHex)) throw new Error('SM2 public key must be an uncompressed point');
  return Buffer.from(SM2_SPKI_PREFIX + publicHex.slice(2), 'hex');
}

/** A public key from its DER SubjectPublicKeyInfo (what KMS GetPublicKey answers). */
export function publicKeyFromSpki(algorithm: SealAlgorithm, spki: Uint8Array): SealPublicKey {
  if (algorithm === 'ECDSA_SHA_256') {
    const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
    if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') throw new Error('ECDSA_SHA_256 key is not on P-256');
    return { algorithm, key };
  }
  const hex = Buffer.from(spki).toString('hex');
  if (!hex.startsWith(SM2_SPKI_PREFIX) || hex.length !== SM2_SPKI_PREFIX.length + 128) throw new Error('not an SM2 public key');
  return { algorithm, publicHex: `04${hex.slice(SM2_SPKI_PREFIX.length)}` };
}

/** Checks a DER signature (base64) over `bytes`; false for any malformed input. */
export function verifySealSignature(publicKey: SealPublicKey, bytes: Uint8Array, signatureB64: string): boolean {
  try {
    const signature = Buffer.from(signatureB64, 'base64');
    if (signature.length === 0) return false;
    if (publicKey.algorithm === 'ECDSA_SHA_256') {
      return nodeVerify('sha256', bytes, { key: publicKey.key, dsaEncoding: 'der' }, signature);
    }
    return sm2.doVerifySignature(bytes, signature.toString('hex'), publicKey.publicHex, {
      der: true,
      hash: true,
      userId: SM2_DEFAULT_USER_ID,
    });
  } catch {
    return false;
  }
}

/** SM2 signature (GB/T 32918.2, with Z_A) as DER base64. */
export function signSm2(privateHex: string, publicHex: string, bytes: Uint8Array): string {
  const hex = sm2.doSignature(bytes, privateHex, { der: true, hash: true, publicKey: publicHex, userId: SM2_DEFAULT_USER_ID });
  return Buffer.from(hex, 'hex').toString('base64');
}

/** ECDSA P-256 / SHA-256 signature as DER base64. */
export function signP256(privatePem: string, bytes: Uint8Array): string {
  return nodeSign('sha256', bytes, { key: createPrivateKey(privatePem), dsaEncoding: 'der' }).toString('base64');
}
