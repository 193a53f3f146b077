/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the REST API (default `/api`). */
  readonly VITE_API_BASE_URL?: string;
  /** `false` switches the bundled mock backend off, so the build talks to a real server. */
  readonly VITE_USE_MOCKS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
