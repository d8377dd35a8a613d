import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The web app lives in web/; it is built to dist/web, which `npm start` serves beside the API. The
// manifest (dist/web/.vite/manifest.json) gives the chunk graph to the bench and the message-split test.
export default defineConfig({
  root: 'web',
  plugins: [preact()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/local-issuer': 'http://localhost:3000' } },
});
