/**
 * Paths the app, the dev server and the production server agree on, so each is written
 * once: where the embedded demo API is mounted and where the deploy-time config is served.
 */
export const DEMO_API_PATH = '/demo-api';
export const CONFIG_FILE_PATH = '/config.json';
