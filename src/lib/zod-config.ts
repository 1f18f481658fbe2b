import * as z from "zod/mini";

// Object schemas may compile faster parsers with `new Function`; under the CSP (no 'unsafe-eval')
// even the probe for it is a reported violation. zod/mini's objects do not compile, but nothing
// bundled may try. Imported by the schemas modules before they define anything.
z.config({ jitless: true });
