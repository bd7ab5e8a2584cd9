#!/usr/bin/env node
// Measures the JavaScript a route needs before it renders: the entry chunk, the route's
// lazy chunk, and every chunk they import statically, gzipped. Reads dist/.vite/manifest.json.
// Usage: node scripts/route-size.mjs [src/features/members/MembersPage.tsx ...] [--max-kb 200]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';

const dist = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../dist');
const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));
const args = process.argv.slice(2);
const maxIndex = args.indexOf('--max-kb');
const maxKb = maxIndex >= 0 ? Number(args[maxIndex + 1]) : null;
const routes = args.filter((a, i) => !a.startsWith('--') && (maxIndex < 0 || i !== maxIndex + 1));
if (routes.length === 0) routes.push('src/features/members/MembersPage.tsx');

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
let failed = false;
for (const route of routes) {
  if (!manifest[route]) {
    console.error(`no chunk for ${route} in the manifest`);
    process.exit(2);
  }
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const child of manifest[key].imports ?? []) visit(child);
  };
  visit(entry);
  visit(route);
  const files = [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(resolve(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`${route}: ${files.length} JS files, ${kb(raw)} kB raw, ${kb(gzip)} kB gzip (initial JS of the route)`);
  if (maxKb !== null && gzip / 1024 > maxKb) {
    console.error(`over the ${maxKb} kB gzip budget`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
