/**
 * What one spend costs, in CPU time rather than spends per second (which a shared, busy
 * machine makes meaningless): one client, one pooled connection, sequential spends through
 * SpendService (uncoalesced), and the CPU time of that connection's PostgreSQL backend
 * (/proc/<pid>/stat: needs the server on this machine and the right to read it) and of
 * this process, per spend. Singles and batches of 100 each take one message (the spend statement,
 * SPEND_ORGS_SQL). Then the coalescing service with 8 clients of
 * batches, 64 of single spends on one organization and spread over 100: spends/s in process.
 *
 *   cd server && node -r @swc-node/register bench/spend-cost.ts
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Caller } from '../src/common/auth/caller';
import { createDataSource } from '../src/db/data-source';
import { migrate } from '../src/db/databases';
import { APP_ROLE, roleUrl, SYSTEM_ROLE } from '../src/db/roles';
import { silentBillingNotifier } from '../src/modules/credits/billing.notifier';
import { SpendService } from '../src/modules/credits/spend.service';
import { adminQuery, withDatabase } from '../test/helpers/postgres';
import { SeededOrg, seedOrgs } from './spend-naive';

const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `orgpulse_spend_cost_${process.pid}`;

/** CPU time (ms) of a process so far, from /proc (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function main(): Promise<void> {
  await adminQuery(ADMIN_URL, `CREATE DATABASE ${DB}`);
  const url = withDatabase(ADMIN_URL, DB);
  // as the app role: row-level security on, as the server runs
  const ds = createDataSource({ url: roleUrl(url, APP_ROLE), poolSize: 1 });
  const ds2 = createDataSource({ url: roleUrl(url, APP_ROLE), poolSize: 16 });
  // the fast statement's pools (SPEND_ORGS_SQL runs as the system role)
  const sys = createDataSource({ url: roleUrl(url, SYSTEM_ROLE), poolSize: 1 });
  const sys2 = createDataSource({ url: roleUrl(url, SYSTEM_ROLE), poolSize: 4 });
  try {
    await migrate({ owner: url });
    await ds.initialize();
    await ds2.initialize();
    await sys.initialize();
    await sys2.initialize();
    const [org] = await seedOrgs(url, 1, 10n ** 15n, false, 'Cost');
    const callerOf = (o: SeededOrg): Caller => ({
      userId: randomUUID(),
      membershipId: o.membershipId,
      organizationId: o.organizationId,
      role: 'OWNER',
      mustChangePassword: false,
      sessionId: null,
      apiKeyId: null,
    });
    const caller = callerOf(org);
    const spread = (await seedOrgs(url, 100, 10n ** 15n, false, 'Cost spread')).map(callerOf);
    const spends = new SpendService(ds, () => silentBillingNotifier, { coalesce: false }, undefined, sys);
    const input = () => ({ operation: 'embed', credits: 100n, idempotencyKey: randomUUID() });
    const scenarios = [
      { name: 'single', calls: 1000, per: 1, call: () => spends.recordUsage(caller, input()) },
      { name: 'batch of 4', calls: 250, per: 4, call: () => spends.recordUsageBatch(caller, Array.from({ length: 4 }, input)) },
      { name: 'batch of 16', calls: 100, per: 16, call: () => spends.recordUsageBatch(caller, Array.from({ length: 16 }, input)) },
      { name: 'batch of 100', calls: 100, per: 100, call: () => spends.recordUsageBatch(caller, Array.from({ length: 100 }, input)) },
    ];
    const [{ pid }] = await sys.query('SELECT pg_backend_pid() AS pid');
    for (const s of scenarios) {
      for (let i = 0; i < 5; i++) await s.call();
      const pg0 = cpuMsOf(pid);
      const node0 = process.cpuUsage();
      const started = performance.now();
      for (let i = 0; i < s.calls; i++) await s.call();
      const ms = performance.now() - started;
      const n = s.calls * s.per;
      const node = process.cpuUsage(node0);
      console.log(
        `${s.name.padEnd(12)}: PostgreSQL backend CPU ${(((cpuMsOf(pid) - pg0) / n) * 1000).toFixed(0).padStart(5)} µs/spend,` +
          ` node CPU ${((node.user + node.system) / n).toFixed(0).padStart(5)} µs/spend, ${(ms / s.calls).toFixed(2)} ms per call (1 client)`,
      );
    }
    // the same through the coalescing service, 8 concurrent clients: the database's ceiling for one organization, without HTTP
    const queued = new SpendService(ds2, () => silentBillingNotifier, {}, undefined, sys2);
    for (const [name, per, call] of [
      ['8 clients, batches of 100', 100, () => queued.recordUsageBatch(caller, Array.from({ length: 100 }, input))],
      ['64 clients, single spends', 1, () => queued.recordUsage(caller, input())],
      ['64 clients, single spends over 100 organizations', 1, () => queued.recordUsage(spread[Math.floor(Math.random() * 100)], input())],
    ] as const) {
      const clients = per === 1 ? 64 : 8;
      let n = 0;
      const until = performance.now() + 3000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < until) {
            await call();
            n += per;
          }
        }),
      );
      console.log(`${name}: ${((n / (performance.now() - started)) * 1000).toFixed(0)} spends/s (coalesced, in process)`);
    }
  } finally {
    await sys2.destroy().catch(() => undefined);
    await sys.destroy().catch(() => undefined);
    await ds2.destroy().catch(() => undefined);
    await ds.destroy().catch(() => undefined);
    await adminQuery(ADMIN_URL, `DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
