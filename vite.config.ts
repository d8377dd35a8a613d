import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The web app lives in web/; it is built to dist/web, which `npm start` serves beside the API.
export default defineConfig({
  root: 'web',
  plugins: [preact()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/local-issuer': 'http://localhost:3000' } },
});
