import 'reflect-metadata';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { seedOrgs } from './spend-naive';
import { SPEND_CHUNK_SQL } from '../src/modules/credits/spend.sql';
import { inlineParams } from '../src/common/tenant';
const cpu = (pid: number) => { const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
(async () => {
  const url = 'postgres://postgres@127.0.0.1:5432/spend_scratch';
  const [org] = await seedOrgs(url, 1, 10n ** 15n, false, 'X');
  const pool = new Pool({ connectionString: url, max: 1 });
  const N = Number(process.env.N || 1);
  const c = await pool.connect();
  const { rows: [{ pid }] } = await c.query('select pg_backend_pid() pid');
  if (process.env.GENERIC) await c.query('SET plan_cache_mode = force_generic_plan');
  await c.query('PREPARE s AS ' + SPEND_CHUNK_SQL);
  const run = async () => {
    const params = [org.organizationId, String(N * 100),
      Array.from({ length: N }, () => randomUUID()), Array.from({ length: N }, () => randomUUID()),
      Array(N).fill('100'), Array(N).fill(null), Array(N).fill('embed'),
      Array.from({ length: N }, () => randomUUID()), Array(N).fill('h'), Array(N).fill(org.membershipId), Array(N).fill(null), Array(N).fill(null),
      ['OWNER','ADMIN','MEMBER'], [org.membershipId], [], []];
    const args = params.map((_, i) => '$' + (i + 1)).join(',');
    await c.query(inlineParams(`EXECUTE s(${args})`, params));
  };
  for (let i = 0; i < 20; i++) await run();
  const c0 = cpu(pid); const t = performance.now();
  const M = 300;
  for (let i = 0; i < M; i++) await run();
  console.log(`N=${N} generic=${!!process.env.GENERIC}: ${((cpu(pid) - c0) / M * 1000).toFixed(0)} µs PG CPU/exec, ${((performance.now() - t) / M).toFixed(2)} ms/exec`);
  c.release(); await pool.end();
})();
