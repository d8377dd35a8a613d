import { generateKeyPairSync, createPublicKey, randomUUID } from 'node:crypto';
import { link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sm2 } from 'sm-crypto-v2';
import type { SealAlgorithm } from '../../core/seal/decision-document.js';
import type { SealKeyInfo, SealSigner } from '../../ports/seal-signer.js';
import { signP256, signSm2, verifySealSignature, type SealPublicKey } from '../seal-crypto.js';

/** One seal key as kept on disk (`<dir>/<owner>/<n>.json`, mode 0600). */
interface KeyFile {
  keyId: string;
  ownerId: string;
  algorithm: SealAlgorithm;
  createdAt: string;
  /** P-256: PKCS#8 PEM. SM2: 32-byte scalar, hex. */
  privateKey: string;
  /** P-256: SPKI PEM. SM2: uncompressed point 04 ‖ x ‖ y, hex. */
  publicKey: string;
}

export interface LocalSealSigner extends SealSigner {
  /** Makes a new current key for the owner; the old keys stay for verification. */
  rotate(ownerId: string): Promise<SealKeyInfo>;
}

export interface LocalSealSignerOptions {
  /** Folder of the keys, e.g. DATA_DIR/seal-keys. */
  dir: string;
  /** Which algorithm a new key of this owner gets (existing keys keep theirs). */
  algorithmFor: (ownerId: string) => SealAlgorithm;
  now?: () => Date;
}

const OWNER = /^[A-Za-z0-9_-]{1,64}$/;
const KEY_ID = /^local:([A-Za-z0-9_-]{1,64}):([1-9]\d{0,5})$/;

const keyIdOf = (ownerId: string, n: number) => `local:${ownerId}:${n}`;

function checkOwner(ownerId: string): void {
  if (!OWNER.test(ownerId)) throw new Error(`invalid seal owner id: ${ownerId}`);
}

function newKeyMaterial(algorithm: SealAlgorithm): Pick<KeyFile, 'privateKey' | 'publicKey'> {
  if (algorithm === 'SM2DSA') {
    const pair = sm2.generateKeyPairHex();
    return { privateKey: pair.privateKey.padStart(64, '0'), publicKey: pair.publicKey };
  }
  const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    privateKey: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/**
 * The embedded default seal: a key per owner (township or county department), generated on first
 * use and kept as files under `dir`. Key ids are `local:<owner>:<n>`; the highest n is current.
 * Signatures are DER: ECDSA P-256 / SHA-256 through node:crypto, or SM2 (GB/T 32918 with Z_A and
 * the default user id) through sm-crypto-v2.
 *
 * A key file is written whole to a temporary name and then hard-linked to its final name, which
 * fails if the name exists: two processes (or two requests) using an owner for the first time at
 * once end up with one key, and nobody ever reads a half-written file.
 */
export function createLocalSealSigner(options: LocalSealSignerOptions): LocalSealSigner {
  const { dir, algorithmFor } = options;
  const now = options.now ?? (() => new Date());
  const publicKeys = new Map<string, SealPublicKey>();

  const ownerDir = (ownerId: string) => join(dir, ownerId);
  const keyPath = (ownerId: string, n: number) => join(ownerDir(ownerId), `${n}.json`);

  async function readKey(ownerId: string, n: number): Promise<KeyFile | undefined> {
    try {
      return JSON.parse(await readFile(keyPath(ownerId, n), 'utf8')) as KeyFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async function latest(ownerId: string): Promise<number> {
    let names: string[];
    try {
      names = await readdir(ownerDir(ownerId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    return names.reduce((max, name) => {
      const m = /^([1-9]\d{0,5})\.json$/.exec(name);
      return m ? Math.max(max, Number(m[1])) : max;
    }, 0);
  }

  /** Creates key n, or reads the one another caller created first. */
  async function create(ownerId: string, n: number): Promise<KeyFile> {
    await mkdir(ownerDir(ownerId), { recursive: true, mode: 0o700 });
    const algorithm = algorithmFor(ownerId);
    const key: KeyFile = { keyId: keyIdOf(ownerId, n), ownerId, algorithm, createdAt: now().toISOString(), ...newKeyMaterial(algorithm) };
    const temp = join(ownerDir(ownerId), `.${randomUUID()}.tmp`);
    await writeFile(temp, JSON.stringify(key, null, 2), { mode: 0o600, flag: 'wx' });
    try {
      await link(temp, keyPath(ownerId, n));
      return key;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const winner = await readKey(ownerId, n);
      if (!winner) throw error;
      return winner;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  }

  async function current(ownerId: string): Promise<KeyFile> {
    checkOwner(ownerId);
    const n = await latest(ownerId);
    if (n > 0) {
      const key = await readKey(ownerId, n);
      if (key) return key;
    }
    return create(ownerId, Math.max(n, 1));
  }

  async function keyById(keyId: string): Promise<KeyFile | undefined> {
    const m = KEY_ID.exec(keyId);
    if (!m) return undefined;
    return readKey(m[1]!, Number(m[2]));
  }

  const info = (key: KeyFile): SealKeyInfo => ({ keyId: key.keyId, algorithm: key.algorithm });

  return {
    async currentKey(ownerId) {
      return info(await current(ownerId));
    },

    async rotate(ownerId) {
      checkOwner(ownerId);
      return info(await create(ownerId, (await latest(ownerId)) + 1));
    },

    async sign(ownerId, keyId, bytes) {
      checkOwner(ownerId);
      const key = await keyById(keyId);
      if (!key || key.ownerId !== ownerId) throw new Error(`seal key ${keyId} does not belong to ${ownerId}`);
      return key.algorithm === 'SM2DSA' ? signSm2(key.privateKey, key.publicKey, bytes) : signP256(key.privateKey, bytes);
    },

    async verify(keyId, bytes, signatureB64) {
      let publicKey = publicKeys.get(keyId);
      if (!publicKey) {
        const key = await keyById(keyId);
        if (!key) return false;
        publicKey =
          key.algorithm === 'SM2DSA' ? { algorithm: 'SM2DSA', publicHex: key.publicKey } : { algorithm: 'ECDSA_SHA_256', key: createPublicKey(key.publicKey) };
        publicKeys.set(keyId, publicKey);
      }
      return verifySealSignature(publicKey, bytes, signatureB64);
    },
  };
}
