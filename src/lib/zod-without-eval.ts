import { z } from "zod";

// zod probes for eval with `new Function` to compile faster parsers; under the CSP (no
// 'unsafe-eval') that probe is itself a reported violation, so it must never run.
z.config({ jitless: true });
