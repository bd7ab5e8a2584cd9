import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { seedOrgs } from './spend-naive';
import { SPEND_BATCH_SQL } from '../src/modules/credits/spend.sql';
(async () => {
  const url = 'postgres://postgres@127.0.0.1:5432/spend_scratch';
  const [org] = await seedOrgs(url, 1, 10n ** 15n, false, 'X');
  const pool = new Pool({ connectionString: url, max: 1 });
  const N = Number(process.env.N || 100);
  for (let rep = 0; rep < 3; rep++) {
    const params = [org.organizationId, String(N * 100),
      Array.from({ length: N }, () => randomUUID()), Array.from({ length: N }, () => randomUUID()),
      Array(N).fill('100'), Array(N).fill('1'), Array(N).fill(null), Array(N).fill('embed'),
      Array.from({ length: N }, () => randomUUID()), Array(N).fill('h'), Array(N).fill(org.membershipId), Array(N).fill(null), Array(N).fill(null)];
    const sql = process.env.ANALYZE ? 'EXPLAIN (ANALYZE, BUFFERS off, TIMING on) ' + SPEND_BATCH_SQL : SPEND_BATCH_SQL;
    const t = performance.now();
    const r = await pool.query(sql, params);
    console.log('ms', (performance.now() - t).toFixed(1));
    if (rep === 2 && process.env.ANALYZE) console.log(r.rows.map((x: any) => x['QUERY PLAN']).join('\n'));
  }
  await pool.end();
})();
