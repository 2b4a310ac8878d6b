import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import { demoApiPlugin } from './demo-api/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), demoApiPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: false },
  // The manifest tells the production server which chunks each route needs (preloads).
  build: { target: 'es2022', sourcemap: true, manifest: true },
});
