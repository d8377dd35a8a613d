import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The web app lives in web/; it is built to dist/web, which `npm start` serves beside the API. The
// manifest (dist/web/.vite/manifest.json) gives the chunk graph to the bench and the message-split test.
// Every text file also gets a .br and a .gz beside it (best compression, once at build time), which
// the local server sends to browsers that accept them; CloudFront compresses on its own in AWS.
export default defineConfig({
  root: 'web',
  plugins: [preact(), compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/, /\.vite\//], logLevel: 'silent' })],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/local-issuer': 'http://localhost:3000' } },
});
