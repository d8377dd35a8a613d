import { bundleFunction } from '../lib/function-bundle.js';

// `tsx infra/bin/bundle-function.ts <entry> <outdir>`: bundles one function as the stack deploys it.
// IntakeFunction runs this as CDK's local bundling step: CDK's bundling hook is synchronous, and
// esbuild's plugins (the zod locales) need its asynchronous API, hence a process of its own.
const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  console.error('usage: bundle-function.ts <entry> <outdir>');
  process.exit(2);
}
await bundleFunction(entry, outdir);
