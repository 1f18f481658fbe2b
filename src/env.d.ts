/** A hash of data/ at build time, set by vite.config.ts. */
declare const __DATA_VERSION__: string;
