import { generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { GetPublicKeyCommand, SignCommand } from '@aws-sdk/client-kms';
import { sm2 } from 'sm-crypto-v2';
import { derEncode, fromBytes, inverse, mod, multiply, P256_CURVE } from './ec-math.js';

type FakeKey = { spec: 'ECC_NIST_P256'; privateKey: KeyObject; publicDer: Buffer } | { spec: 'SM2'; privateHex: string; publicHex: string; publicDer: Buffer };

class FakeKmsError extends Error {
  constructor(
    override readonly name: string,
    message: string,
  ) {
    super(message);
  }
}

/** The SubjectPublicKeyInfo of an SM2 point, as KMS GetPublicKey answers it. */
const sm2Spki = (publicHex: string) => Buffer.from(`3059301306072a8648ce3d020106082a811ccf5501822d03420004${publicHex.slice(2)}`, 'hex');

/** ECDSA over a given digest (KMS DIGEST mode), which node:crypto cannot do for EC keys. */
function ecdsaOverDigest(privateKey: KeyObject, digest: Uint8Array): Buffer {
  const d = fromBytes(Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url'));
  const e = fromBytes(digest);
  const { n, G } = P256_CURVE;
  for (;;) {
    const k = mod(fromBytes(randomBytes(32)), n - 1n) + 1n;
    const r = mod(multiply(P256_CURVE, k, G)!.x, n);
    const s = mod(inverse(k, n) * (e + r * d), n);
    if (r !== 0n && s !== 0n) return derEncode(r, s);
  }
}

/**
 * An in-process stand-in for AWS KMS's asymmetric signing: real keys, real signatures, and the
 * documented rules (RAW up to 4096 bytes, DIGEST of 32 bytes, the key's own algorithm only).
 * SM2DSA RAW hashes SM3(Z_A ‖ M) with the default user id, as KMS does.
 */
export function createFakeKms() {
  const keys = new Map<string, FakeKey>();
  const calls: { command: string; input: Record<string, unknown> }[] = [];

  const addKey = (spec: 'ECC_NIST_P256' | 'SM2') => {
    const arn = `arn:aws:kms:cn-north-1:111122223333:key/${randomBytes(16).toString('hex')}`;
    if (spec === 'SM2') {
      const pair = sm2.generateKeyPairHex();
      keys.set(arn, { spec, privateHex: pair.privateKey, publicHex: pair.publicKey, publicDer: sm2Spki(pair.publicKey) });
    } else {
      const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      keys.set(arn, { spec, privateKey: pair.privateKey, publicDer: pair.publicKey.export({ format: 'der', type: 'spki' }) });
    }
    return arn;
  };

  const keyOf = (id: unknown) => {
    const key = keys.get(String(id));
    if (!key) throw new FakeKmsError('NotFoundException', `Key '${String(id)}' does not exist`);
    return key;
  };

  async function send(command: unknown): Promise<any> {
    if (command instanceof GetPublicKeyCommand) {
      calls.push({ command: 'GetPublicKey', input: { ...command.input } });
      const key = keyOf(command.input.KeyId);
      return { KeyId: command.input.KeyId, PublicKey: new Uint8Array(key.publicDer), KeySpec: key.spec, KeyUsage: 'SIGN_VERIFY' };
    }
    if (command instanceof SignCommand) {
      const { KeyId, Message, MessageType = 'RAW', SigningAlgorithm } = command.input;
      calls.push({ command: 'Sign', input: { KeyId, MessageType, SigningAlgorithm, length: Message?.length } });
      const key = keyOf(KeyId);
      const message = Buffer.from(Message ?? []);
      const expected = key.spec === 'SM2' ? 'SM2DSA' : 'ECDSA_SHA_256';
      if (SigningAlgorithm !== expected) throw new FakeKmsError('InvalidKeyUsageException', `${SigningAlgorithm} not valid for ${key.spec}`);
      if (MessageType === 'RAW' && message.length > 4096) throw new FakeKmsError('ValidationException', 'Message exceeds 4096 bytes');
      if (MessageType === 'DIGEST' && message.length !== 32) throw new FakeKmsError('ValidationException', 'Digest must be 32 bytes');
      let signature: Buffer;
      if (key.spec === 'SM2') {
        const hex =
          MessageType === 'RAW'
            ? sm2.doSignature(message, key.privateHex, { der: true, hash: true, publicKey: key.publicHex })
            : sm2.doSignature(message, key.privateHex, { der: true, hash: false });
        signature = Buffer.from(hex, 'hex');
      } else {
        signature = MessageType === 'RAW' ? sign('sha256', message, { key: key.privateKey, dsaEncoding: 'der' }) : ecdsaOverDigest(key.privateKey, message);
      }
      return { KeyId, Signature: new Uint8Array(signature), SigningAlgorithm };
    }
    throw new Error(`fake KMS does not know ${String((command as object)?.constructor?.name)}`);
  }

  return { send, addKey, calls, keys };
}
