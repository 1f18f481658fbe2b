import { z } from "zod";

// zod probes for eval with `new Function` when it defines an object schema, to compile faster
// parsers; under the CSP (no 'unsafe-eval') that probe is itself a reported violation. Imported
// by the schemas module before it defines anything.
z.config({ jitless: true });
