import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The studio is a static bundle the runtime serves from dist/studio; in dev, API calls go to a running runtime. */
export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/studio', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/chat', '/widget.js'].map((path) => [path, { target: 'http://localhost:8080', ws: path === '/chat' }])),
  },
});
