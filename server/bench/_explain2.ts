import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { seedOrgs } from './spend-naive';
import { SPEND_CHUNK_SQL } from '../src/modules/credits/spend.sql';
(async () => {
  const url = 'postgres://postgres@127.0.0.1:5432/spend_scratch';
  const [org] = await seedOrgs(url, 1, 10n ** 15n, false, 'X');
  const pool = new Pool({ connectionString: url, max: 1 });
  const N = Number(process.env.N || 100);
  const c = await pool.connect();
  if (process.env.GENERIC) await c.query('SET plan_cache_mode = force_generic_plan');
  await c.query('PREPARE s AS ' + SPEND_CHUNK_SQL);
  for (let rep = 0; rep < 8; rep++) {
    const params = [org.organizationId, String(N * 100),
      Array.from({ length: N }, () => randomUUID()), Array.from({ length: N }, () => randomUUID()),
      Array(N).fill('100'), Array(N).fill(null), Array(N).fill('embed'),
      Array.from({ length: N }, () => randomUUID()), Array(N).fill('h'), Array(N).fill(org.membershipId), Array(N).fill(null), Array(N).fill(null),
      ['OWNER','ADMIN','MEMBER'], [org.membershipId], [], []];
    const args = params.map((_, i) => '$' + (i + 1)).join(',');
    const sql = (rep === 7 ? 'EXPLAIN (ANALYZE, BUFFERS off) ' : '') + `EXECUTE s(${args})`;
    // inline via pg: use parameterized EXPLAIN EXECUTE is not possible; use literals
    const { inlineParams } = require('../src/common/tenant');
    const t = performance.now();
    const r = await c.query(inlineParams(sql, params));
    console.log('ms', (performance.now() - t).toFixed(1), r.rowCount);
    if (rep === 7) console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  }
  c.release();
  await pool.end();
})();
