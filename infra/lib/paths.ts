import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the CDK app is started from (CLI, tests). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A path inside the repository. */
export const fromRepoRoot = (...parts: string[]) => join(REPO_ROOT, ...parts);
