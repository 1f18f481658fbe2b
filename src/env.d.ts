/// <reference types="vite-plugin-pwa/react" />

/** A hash of data/ at build time, set by vite.config.ts. */
declare const __DATA_VERSION__: string;

/** When data/ last changed (YYYY-MM-DD), set by vite.config.ts: what "data as of" shows. */
declare const __DATA_DATE__: string;

/** The SHA-256 (hex) of each data file the build checked against its schema, by file name; set by vite.config.ts. */
declare const __VALIDATED_DIGESTS__: Record<string, string>;
