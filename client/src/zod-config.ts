import { config } from 'zod';

// Zod 4 compiles object parsers with `new Function` unless told not to; the server's CSP
// (script-src 'self', no 'unsafe-eval') refuses that, and even Zod's probe for it is
// reported as a violation. Imported first by main.tsx, before any schema is built.
config({ jitless: true });
