import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';
import { constants } from 'node:zlib';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { pureRouterComponents } from './build/pure-router-components.ts';
import { routeChunks } from './build/route-chunks.ts';
import { demoApiPlugin } from './demo-api/vite-plugin.ts';

const chunks = routeChunks(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    demoApiPlugin(),
    chunks.plugin,
    pureRouterComponents(),
    // `.br` and `.gz` twins of the text files, made once at build time at the highest
    // levels; the production server sends them as they are (server/static/).
    compression({
      include: /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest)$/,
      exclude: [/\.map$/, /\.vite\//],
      threshold: 1024,
      skipIfLargerOrEqual: true,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: constants.Z_BEST_COMPRESSION }),
      ],
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: false },
  // The manifest tells the production server which chunks each route needs (preloads).
  // Source maps are made but served only with SOURCE_MAPS=on (see the Deploying notes).
  build: {
    target: 'es2022',
    // The browsers this target runs in preload modules natively (Safari from 17): the
    // polyfill is 0.2 kB of every first visit; an older Safari just fetches chunks on import.
    modulePreload: { polyfill: false },
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the first render needs (React, the router, the app shell) in one file:
        // left to itself the bundler splits off small shared pieces (React's CJS wrapper,
        // its runtime helpers), each one more request and a gzip window of its own.
        codeSplitting: { groups: chunks.groups },
      },
    },
  },
});
