/**
 * The Content-Security-Policy and security headers the production site is served with (vite preview,
 * `npm start`, the browser tests) and that the README tells static hosts to send.
 */
import { VIEW_PRELOAD_SCRIPT_HASH } from "./view-preload-script.ts";

const POLICY = {
  "default-src": "'self'",
  // One inline script, by its hash: the one that starts a view's downloads before React does.
  "script-src": `'self' ${VIEW_PRELOAD_SCRIPT_HASH}`,
  "style-src": "'self'",
  "img-src": "'self' data: blob:",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "manifest-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

const serialise = (policy: Record<string, string>) =>
  Object.entries(policy)
    .map(([directive, value]) => `${directive} ${value}`)
    .join("; ");

/** Embeds may be framed by any page: that is their purpose. */
export const CONTENT_SECURITY_POLICY = serialise({ ...POLICY, "frame-ancestors": "*" });

/** What a <meta> tag may carry: browsers ignore frame-ancestors there (and say so in the console). */
export const META_CONTENT_SECURITY_POLICY = serialise(POLICY);

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};
