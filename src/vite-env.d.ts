/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Fingerprint of the bundled dataset as validated at build time (see vite.config.ts). */
  readonly VITE_DATASET_FINGERPRINT?: string;
}
