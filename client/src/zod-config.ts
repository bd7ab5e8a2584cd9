// Zod 4 compiles object parsers with `new Function` unless told not to; the server's CSP
// (script-src 'self', no 'unsafe-eval') refuses that, and even Zod's probe for it is
// reported as a violation. Imported first by main.tsx, before any schema is built.
//
// Zod keeps its global config on `globalThis.__zod_globalConfig` and adopts an object already
// there when it loads (zod/v4/core/core.js). Setting it here rather than calling `config()` from
// 'zod' keeps Zod out of the entry chunk: only the pages with forms load it, lazily.
// src/zod-config.test.ts proves Zod still sees `jitless` and never calls `Function`.
const zodGlobal = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });

export {};
