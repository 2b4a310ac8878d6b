/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Build-time API base URL; Settings and /config.json take precedence. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
