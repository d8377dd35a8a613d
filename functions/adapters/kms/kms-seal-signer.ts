import { createHash } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand, type KMSClient } from '@aws-sdk/client-kms';
import { sm2 } from 'sm-crypto-v2';
import type { SealAlgorithm } from '../../core/seal/decision-document.js';
import type { SealKeyInfo, SealSigner } from '../../ports/seal-signer.js';
import { publicKeyFromSpki, SM2_DEFAULT_USER_ID, verifySealSignature, type SealPublicKey } from '../seal-crypto.js';

/** KMS signs RAW messages up to 4096 bytes; a longer document is signed as its digest. */
export const KMS_RAW_LIMIT = 4096;

/**
 * The KMS key (ARN) of each seal owner, as the stack passes it in SEAL_KEYS; `retired` keys of the
 * owner no longer sign but still verify the decisions they signed.
 */
export type KmsSealKeys = Record<string, { keyId: string; algorithm: SealAlgorithm; retired?: { keyId: string; algorithm: SealAlgorithm }[] }>;

/** The part of KMSClient the adapter uses (the tests pass a fake that really signs). */
export type KmsLike = Pick<KMSClient, 'send'>;

/**
 * The seal over AWS KMS: one asymmetric key per owner, created by the stack (ECC_NIST_P256 with
 * ECDSA_SHA_256, or SM2 with SM2DSA in the China regions). The private key never leaves KMS; the
 * function may only `kms:Sign` and `kms:GetPublicKey`.
 *
 * `Sign` uses MessageType RAW, so KMS hashes the message itself — for SM2DSA that is
 * SM3(Z_A ‖ M) with the default user id 1234567812345678, the same as the embedded default, so
 * both verify the same way. A document over 4096 bytes (KMS's RAW limit) is sent as its digest
 * (MessageType DIGEST): SHA-256 of the bytes, or for SM2DSA the GB/T 32918 e = SM3(Z_A ‖ M)
 * computed here with the key's public point — the signature is the same one RAW would give, and
 * verifies over the same bytes. Verification is local with the public key from `GetPublicKey`
 * (cached per key), so checking a decision costs no KMS call after the first.
 *
 * KMS does not rotate asymmetric keys: rotating a seal is a new key and the old one moved to the
 * owner's `retired` list (and kept: RETAIN), so decisions it signed keep verifying instead of
 * reading as altered.
 */
export function createKmsSealSigner(options: { kms: KmsLike; keys: KmsSealKeys }): KmsSealSigner {
  const { kms, keys } = options;
  const known = new Map<string, SealAlgorithm>();
  for (const entry of Object.values(keys)) {
    for (const key of [...(entry.retired ?? []), entry]) known.set(key.keyId, key.algorithm);
  }
  const publicKeys = new Map<string, Promise<SealPublicKey>>();

  const publicKey = (keyId: string, algorithm: SealAlgorithm) => {
    let pending = publicKeys.get(keyId);
    if (!pending) {
      pending = kms.send(new GetPublicKeyCommand({ KeyId: keyId })).then((answer) => {
        if (!answer.PublicKey) throw new Error(`KMS returned no public key for ${keyId}`);
        return publicKeyFromSpki(algorithm, answer.PublicKey);
      });
      // A failed fetch (throttling, outage) is not cached: the next verification asks again.
      pending.catch(() => publicKeys.delete(keyId));
      publicKeys.set(keyId, pending);
    }
    return pending;
  };

  /** What KMS expects as a DIGEST message for this algorithm. */
  const digestOf = async (keyId: string, algorithm: SealAlgorithm, bytes: Uint8Array): Promise<Uint8Array> => {
    if (algorithm === 'ECDSA_SHA_256') return createHash('sha256').update(bytes).digest();
    const pub = await publicKey(keyId, algorithm);
    if (pub.algorithm !== 'SM2DSA') throw new Error(`key ${keyId} is not an SM2 key`);
    return Buffer.from(sm2.getHash(bytes, pub.publicHex, SM2_DEFAULT_USER_ID), 'hex');
  };

  return {
    async currentKey(ownerId) {
      const key = keys[ownerId];
      if (!key) throw new Error(`no KMS seal key configured for ${ownerId}`);
      return { keyId: key.keyId, algorithm: key.algorithm };
    },

    async sign(ownerId, keyId, bytes) {
      const key = keys[ownerId];
      if (!key || key.keyId !== keyId) throw new Error(`seal key ${keyId} is not the key of ${ownerId}`);
      const raw = bytes.length <= KMS_RAW_LIMIT;
      const message = raw ? bytes : await digestOf(keyId, key.algorithm, bytes);
      const answer = await kms.send(new SignCommand({ KeyId: keyId, Message: message, MessageType: raw ? 'RAW' : 'DIGEST', SigningAlgorithm: key.algorithm }));
      if (!answer.Signature) throw new Error(`KMS returned no signature for ${keyId}`);
      return Buffer.from(answer.Signature).toString('base64');
    },

    async verify(keyId, bytes, signatureB64) {
      const algorithm = known.get(keyId);
      if (!algorithm) return false;
      return verifySealSignature(await publicKey(keyId, algorithm), bytes, signatureB64);
    },

    keyInfo(keyId) {
      const algorithm = known.get(keyId);
      return algorithm ? { keyId, algorithm } : undefined;
    },
  };
}

export interface KmsSealSigner extends SealSigner {
  /** The configured key of this id (current or retired), if any. */
  keyInfo(keyId: string): SealKeyInfo | undefined;
}
