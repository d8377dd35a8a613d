import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SignedAnchorDigest } from '../../core/case/chain-anchor.js';
import { AnchorExistsError, type ChainAnchorStore } from '../../ports/chain-anchor-store.js';

const SAFE = /^[A-Za-z0-9_-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Anchors as files `<dir>/<county>/<day>.json`, created with O_EXCL (never overwritten), mode 0444. */
export function createLocalAnchorStore(options: { dir: string }): ChainAnchorStore {
  const countyDir = (countyId: string) => {
    if (!SAFE.test(countyId)) throw new Error(`invalid county id: ${countyId}`);
    return join(options.dir, countyId);
  };
  return {
    async append(digest) {
      if (!DAY.test(digest.day)) throw new Error(`invalid day: ${digest.day}`);
      const dir = countyDir(digest.countyId);
      await mkdir(dir, { recursive: true });
      try {
        await writeFile(join(dir, `${digest.day}.json`), JSON.stringify(digest), { flag: 'wx', mode: 0o444 });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AnchorExistsError(digest.countyId, digest.day);
        throw error;
      }
    },
    async list(countyId) {
      if (countyId === undefined) {
        const counties = (await readdir(options.dir).catch(() => [] as string[])).filter((n) => SAFE.test(n)).sort();
        return (await Promise.all(counties.map((id) => this.list(id)))).flat();
      }
      const dir = countyDir(countyId);
      let names: string[];
      try {
        names = await readdir(dir);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const files = names.filter((n) => n.endsWith('.json')).sort();
      return Promise.all(files.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as SignedAnchorDigest));
    },
  };
}
