import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import type { Plugin, ViteDevServer } from 'vite';
import { DEMO_API_PATH } from '../src/contract/index.ts';
import { createDemoApi } from './app.ts';
import { parseDemoApiOptions } from './options.ts';

/** Where the app looks for the demo API by default (see src/config/runtime-config.ts). */
export const DEMO_API_MOUNT = DEMO_API_PATH;

/**
 * Serves the demo API inside Vite's dev server under /demo-api, so `npm start` is one
 * process and one URL. Fault and auth flags come from the DEMO_API_* environment.
 */
type Middlewares = ViteDevServer['middlewares'];

function mountDemoApi(middlewares: Middlewares) {
  const options = parseDemoApiOptions([], process.env);
  const app = new Hono().route(DEMO_API_MOUNT, createDemoApi(options));
  const listener = getRequestListener(app.fetch);
  middlewares.use((req, res, next) => {
    if (req.url === DEMO_API_MOUNT || req.url?.startsWith(`${DEMO_API_MOUNT}/`)) {
      void listener(req, res);
      return;
    }
    next();
  });
}

/**
 * Serves the demo API inside Vite's dev server (and `vite preview`) under /demo-api, so
 * `npm start` is one process and one URL. Fault and auth flags come from the DEMO_API_*
 * environment.
 */
export function demoApiPlugin(): Plugin {
  return {
    name: 'offers-dashboard:demo-api',
    configureServer(server) {
      mountDemoApi(server.middlewares);
    },
    configurePreviewServer(server) {
      mountDemoApi(server.middlewares);
    },
  };
}
