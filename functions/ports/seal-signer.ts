import type { SealAlgorithm } from '../core/seal/decision-document.js';

/** Which key signs for a seal owner, and with which algorithm. */
export interface SealKeyInfo {
  keyId: string;
  algorithm: SealAlgorithm;
}

/**
 * The one seal: signs decision bytes for a seal owner and verifies signatures by key id.
 *
 * A seal owner is a township id (the township's approval office decides under one seal) or a
 * county department office id (forwarded items are decided and sealed by the department).
 *
 * Adapters:
 * - embedded default (adapters/local/local-seal-signer.ts): a key per owner in files under
 *   DATA_DIR/seal-keys, SM2 or P-256 per owner, rotation keeps old public keys;
 * - AWS KMS (adapters/kms/kms-seal-signer.ts): one asymmetric KMS key per owner created by the
 *   stack, ECC_NIST_P256/ECDSA_SHA_256 or SM2/SM2DSA in the China regions;
 * - a provincial unified e-seal platform (统一电子印章平台, GB/T 38540): not built; its contract is
 *   below, so it plugs in behind this same interface.
 *
 * ## Provincial unified e-seal platform (GB/T 38540) — the adapter contract
 *
 * Where a province runs a unified e-seal platform, legal standing comes from it, and an adapter
 * over its API implements this interface as follows:
 *
 * - `currentKey(ownerId)`: maps the owner to the platform's **seal id** (印章编码, the seal the
 *   platform issued to that township's approval office or that county department) and to the
 *   **signer certificate** (an SM2 certificate issued by the provincial CA and allowed in the
 *   seal's certificate list). `keyId` is `gbt38540:<sealId>:<certificate serial>` so that a
 *   certificate renewal is a new key id and old decisions keep naming the certificate that
 *   signed them. `algorithm` is always `SM2DSA`.
 * - `sign(ownerId, keyId, bytes)`: sends the bytes (or their SM3 digest, where the platform signs
 *   digests: SM3 over Z_A ‖ M with the default user id `1234567812345678`, GB/T 32918.2 / GM/T
 *   0009) to the platform's sealing call. The platform answers an electronic signature data
 *   structure (GB/T 38540 SES_Signature: the seal (SESeal, itself signed by the seal maker: id,
 *   organisation, validity, allowed certificates, seal image), the signing time, the SM3 hash of
 *   the data, the signer's certificate, the algorithm OID 1.2.156.10197.1.501 and the SM2
 *   signature), optionally with an RFC 3161 / GM/T 0033 **timestamp** token. The adapter returns
 *   that whole structure, DER, base64 — not the bare signature — so verification can check the
 *   seal's validity at signing time; the same base64 goes in `DecisionRecord.signature.value`.
 * - `verify(keyId, bytes, signatureB64)`: parses the SES_Signature, checks the SM3 hash against
 *   the bytes, the SM2 signature with the embedded certificate (and that the certificate chains
 *   to the provincial CA and matches `keyId`), the seal maker's signature over the seal, the seal
 *   validity at the signing time (the timestamp's time where present), and the certificate's
 *   revocation at that time. Either locally, or through the platform's verification call; it
 *   answers false for any failure, and throws only when the platform cannot be reached (so an
 *   outage never reads as "altered").
 * - Credentials for the platform come from the function's configuration (Secrets Manager),
 *   never from code; the platform's own audit log records every sealing call.
 *
 * No such adapter exists in this code base: a stub that signs nothing would only pretend.
 */
export interface SealSigner {
  /** The key that signs for this seal owner (a township id, or a county department office id) now; the embedded default creates it on first use. */
  currentKey(ownerId: string): Promise<SealKeyInfo>;
  /** Signs `bytes` with the owner's key `keyId`; returns the signature as base64. */
  sign(ownerId: string, keyId: string, bytes: Uint8Array): Promise<string /* base64 signature */>;
  /** Verifies with the public key of keyId (old keys stay verifiable after rotation); false for an unknown key or a bad signature. */
  verify(keyId: string, bytes: Uint8Array, signatureB64: string): Promise<boolean>;
}
