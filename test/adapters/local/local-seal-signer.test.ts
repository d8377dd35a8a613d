import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLocalSealSigner } from '../../../functions/adapters/local/local-seal-signer.js';
import type { SealAlgorithm } from '../../../functions/core/seal/decision-document.js';

const bytes = new TextEncoder().encode('{"decision":"准予"}');
const tempDir = () => mkdtempSync(join(tmpdir(), 'seal-keys-test-'));
const signerIn = (dir: string, algorithm: SealAlgorithm = 'ECDSA_SHA_256') => createLocalSealSigner({ dir, algorithmFor: () => algorithm });

describe.each<SealAlgorithm>(['ECDSA_SHA_256', 'SM2DSA'])('the embedded seal with %s', (algorithm) => {
  it('creates a key per owner on first use and keeps using it', async () => {
    const dir = tempDir();
    const signer = signerIn(dir, algorithm);

    const first = await signer.currentKey('qingshi');
    const again = await signer.currentKey('qingshi');
    const other = await signer.currentKey('baihe');

    expect(first).toEqual({ keyId: 'local:qingshi:1', algorithm });
    expect(again).toEqual(first);
    expect(other.keyId).toBe('local:baihe:1');
    expect(statSync(join(dir, 'qingshi', '1.json')).mode & 0o777).toBe(0o600);
  });

  it('signs so that the key verifies the bytes and nothing else', async () => {
    const signer = signerIn(tempDir(), algorithm);
    const { keyId } = await signer.currentKey('qingshi');

    const signature = await signer.sign('qingshi', keyId, bytes);

    expect(await signer.verify(keyId, bytes, signature)).toBe(true);
    const changed = Uint8Array.from(bytes);
    changed[3] = changed[3]! ^ 0x01;
    expect(await signer.verify(keyId, changed, signature)).toBe(false);
    expect(await signer.verify('local:baihe:1', bytes, signature)).toBe(false);
    expect(await signer.verify('local:qingshi:9', bytes, signature)).toBe(false);
    expect(await signer.verify('nonsense', bytes, signature)).toBe(false);
    expect(await signer.verify(keyId, bytes, 'AAAA')).toBe(false);
  });

  it('keys survive a restart: a new signer over the same folder verifies old signatures', async () => {
    const dir = tempDir();
    const before = signerIn(dir, algorithm);
    const { keyId } = await before.currentKey('qingshi');
    const signature = await before.sign('qingshi', keyId, bytes);

    const after = signerIn(dir, algorithm);

    expect(await after.currentKey('qingshi')).toEqual({ keyId, algorithm });
    expect(await after.verify(keyId, bytes, signature)).toBe(true);
  });

  it('rotates to a new current key while old signatures still verify', async () => {
    const signer = signerIn(tempDir(), algorithm);
    const old = await signer.currentKey('qingshi');
    const oldSignature = await signer.sign('qingshi', old.keyId, bytes);

    const rotated = await signer.rotate('qingshi');

    expect(rotated.keyId).toBe('local:qingshi:2');
    expect(await signer.currentKey('qingshi')).toEqual(rotated);
    expect(await signer.verify(old.keyId, bytes, oldSignature)).toBe(true);
    const newSignature = await signer.sign('qingshi', rotated.keyId, bytes);
    expect(await signer.verify(rotated.keyId, bytes, newSignature)).toBe(true);
    expect(await signer.verify(old.keyId, bytes, newSignature)).toBe(false);
  });

  it('makes one key when many callers use a new owner at once', async () => {
    const dir = tempDir();
    // Separate signer objects stand for separate processes: no shared memory, only the folder.
    const keys = await Promise.all(Array.from({ length: 12 }, () => signerIn(dir, algorithm).currentKey('liulin')));

    expect(new Set(keys.map((k) => k.keyId))).toEqual(new Set(['local:liulin:1']));
    expect(readdirSync(join(dir, 'liulin'))).toEqual(['1.json']);
    const signer = signerIn(dir, algorithm);
    expect(await signer.verify('local:liulin:1', bytes, await signer.sign('liulin', 'local:liulin:1', bytes))).toBe(true);
  });
});

describe('the embedded seal, per owner', () => {
  it('gives each owner the algorithm it is set to, and existing keys keep theirs', async () => {
    const dir = tempDir();
    const signer = createLocalSealSigner({ dir, algorithmFor: (owner) => (owner === 'qingshi' ? 'SM2DSA' : 'ECDSA_SHA_256') });

    expect((await signer.currentKey('qingshi')).algorithm).toBe('SM2DSA');
    expect((await signer.currentKey('county-amr')).algorithm).toBe('ECDSA_SHA_256');
    const later = createLocalSealSigner({ dir, algorithmFor: () => 'ECDSA_SHA_256' });
    expect((await later.currentKey('qingshi')).algorithm).toBe('SM2DSA');
    expect(JSON.parse(readFileSync(join(dir, 'qingshi', '1.json'), 'utf8')).algorithm).toBe('SM2DSA');
  });

  it("refuses to sign with another owner's key and refuses owner ids that are not plain names", async () => {
    const signer = signerIn(tempDir());
    const { keyId } = await signer.currentKey('qingshi');

    await expect(signer.sign('baihe', keyId, bytes)).rejects.toThrow(/does not belong/);
    await expect(signer.currentKey('../etc')).rejects.toThrow(/invalid seal owner/);
  });
});
