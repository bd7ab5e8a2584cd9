/**
 * Demo data a newcomer can look at: one realistic organization with 90 days of usage.
 *   pnpm seed:demo                                 (from the repository root)
 *   SEED_RECORDS=200000 DATABASE_URL=postgres://… pnpm seed:demo
 *
 * The database is the app's: DATABASE_URL, else the embedded default (.data/, port
 * EMBEDDED_PG_PORT or 54329): used as is when the app is running, started here otherwise.
 * Sign in afterwards as owner@northwind.example / orchid-summit-ledger-48.
 *
 * Everything goes through the services (sign-up, members, resources, API keys, top-ups,
 * threshold: each audited) and usage through the ledger's own batch path
 * (SpendService.recordUsageBatch with its internal timestamps), so reconcile() holds. Dates
 * the services set to now (memberships, audit events, top-ups) are moved back to when the
 * story has them happen: presentation columns only, never an amount.
 *
 * Idempotent and resumable: every write has a key derived from its day and index (usage
 * `seed:<day>:<index>`, top-ups `seed-topup-<n>`), members and resources are found by email
 * and name, and a day whose rollup already holds its planned count is skipped. The window
 * is fixed at the first run (the organization's creation day + 89 days).
 */
import 'reflect-metadata';
import { Client } from 'pg';
import cliProgress from 'cli-progress';
import type { Role } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import type { Caller } from '../common/auth/caller';
import { AppError } from '../common/errors';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { embeddedUrl, startEmbeddedPostgres } from '../db/embedded';
import { runMigrationsLocked } from '../db/migrate';
import { OutboxBillingNotifier, OutboxMemberNotifier } from '../modules/mail/mail.notifier';
import { ResourceKind } from '../modules/resources/resource.enums';
import type { RecordUsageArgs } from '../modules/credits/spend.service';
import { reconcile } from '../modules/usage/reconcile';
import { createServices, type Services } from '../services';

const DAYS = 90;
const DAY_MS = 86_400_000;
const BATCH = 500;
export const OWNER = { name: 'Dana Whitfield', email: 'owner@northwind.example', password: 'orchid-summit-ledger-48' };
const ORG_NAME = 'Northwind Robotics';
const MEMBER_PASSWORD = 'copper-meadow-falcon-31';

interface PersonPlan {
  name: string;
  email: string;
  role: Role;
  /** Day of the window they joined (0 = founding). */
  joined: number;
  /** Relative share of the usage while active. */
  weight: number;
  apiKeys: string[];
  suspendedOn?: number;
  removedOn?: number;
}

const people: PersonPlan[] = [
  { name: OWNER.name, email: OWNER.email, role: 'OWNER', joined: 0, weight: 3, apiKeys: ['dana-laptop'] },
  { name: 'Marcus Chen', email: 'marcus@northwind.example', role: 'ADMIN', joined: 0, weight: 6, apiKeys: ['prod-backend', 'batch-jobs'] },
  { name: 'Priya Raman', email: 'priya@northwind.example', role: 'ADMIN', joined: 2, weight: 4, apiKeys: ['eval-harness'] },
  { name: 'Tomás Ortega', email: 'tomas@northwind.example', role: 'MEMBER', joined: 3, weight: 9, apiKeys: ['support-bot'] },
  { name: 'Aiko Tanaka', email: 'aiko@northwind.example', role: 'MEMBER', joined: 5, weight: 7, apiKeys: ['vision-pipeline'] },
  { name: 'Jonas Becker', email: 'jonas@northwind.example', role: 'MEMBER', joined: 9, weight: 5, apiKeys: ['notebooks'] },
  { name: 'Fatima Zahra', email: 'fatima@northwind.example', role: 'MEMBER', joined: 14, weight: 4, apiKeys: [] },
  { name: 'Liam O’Brien', email: 'liam@northwind.example', role: 'MEMBER', joined: 21, weight: 3, apiKeys: ['ci'] },
  { name: 'Sofia Rossi', email: 'sofia@northwind.example', role: 'MEMBER', joined: 33, weight: 4, apiKeys: [] },
  { name: 'Noah Williams', email: 'noah@northwind.example', role: 'GUEST', joined: 40, weight: 0, apiKeys: [] },
  { name: 'Elena Petrova', email: 'elena@northwind.example', role: 'GUEST', joined: 61, weight: 0, apiKeys: [] },
  // a contractor who left, and a member suspended after a leaked key
  { name: 'Ravi Kapoor', email: 'ravi@northwind.example', role: 'MEMBER', joined: 1, weight: 5, apiKeys: ['scraper'], removedOn: 38 },
  { name: 'Grace Kim', email: 'grace@northwind.example', role: 'MEMBER', joined: 12, weight: 3, apiKeys: ['demo-app'], suspendedOn: 71 },
];

const resources: Array<{ kind: ResourceKind; name: string }> = [
  { kind: ResourceKind.INSTANCE, name: 'gpt-prod-eu-1' },
  { kind: ResourceKind.INSTANCE, name: 'gpt-prod-us-1' },
  { kind: ResourceKind.INSTANCE, name: 'vision-a100-pool' },
  { kind: ResourceKind.INSTANCE, name: 'staging-small' },
  { kind: ResourceKind.AGENT, name: 'Support triage agent' },
  { kind: ResourceKind.AGENT, name: 'Code review agent' },
  { kind: ResourceKind.AGENT, name: 'Sales research agent' },
];

/** Operations, their share of calls, typical cost in micro-credits, and where they run. */
const operations: Array<{ name: string; share: number; micros: number; on: 'instance' | 'agent' | 'vision' | 'any' }> = [
  { name: 'chat.completion', share: 52, micros: 21_000, on: 'instance' },
  { name: 'embeddings.create', share: 22, micros: 1_800, on: 'any' },
  { name: 'agent.run', share: 11, micros: 64_000, on: 'agent' },
  { name: 'image.generate', share: 6, micros: 90_000, on: 'vision' },
  { name: 'audio.transcribe', share: 6, micros: 12_000, on: 'any' },
  { name: 'moderation.check', share: 3, micros: 400, on: 'any' },
];

/** Share of a day's calls by UTC hour: a European team with an American tail. */
const HOURS = [1, 0.6, 0.4, 0.3, 0.3, 0.5, 1.2, 2.6, 4.8, 6.5, 7.2, 7.4, 6.1, 6.8, 7.3, 7.0, 6.4, 5.2, 3.9, 3.1, 2.6, 2.1, 1.6, 1.2];
/** Sunday … Saturday. */
const WEEKDAY = [0.28, 1.0, 1.08, 1.05, 1.02, 0.86, 0.34];

/** A small, fast, deterministic generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const seedOf = (day: number, index: number) => Math.imul(day + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77);

function pick<T>(items: T[], weights: number[], r: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r * total;
  for (let i = 0; i < items.length; i++) if ((x -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

const CUMULATIVE_HOURS = HOURS.reduce<number[]>((acc, h) => [...acc, (acc.at(-1) ?? 0) + h], []);

interface Planned {
  at: number; // ms since the day's start
  person: number;
  key: number; // index into the person's keys, -1 for a session
  operation: number;
  resource: number; // index into resources, -1 for none
  micros: bigint;
}

/** The index-th call of a day: the same on every run (the idempotency key names it). */
function planned(day: number, index: number, activePeople: number[]): Planned {
  const r = rng(seedOf(day, index));
  const person = pick(
    activePeople,
    activePeople.map((p) => people[p].weight),
    r(),
  );
  const keys = people[person].apiKeys;
  const key = keys.length && r() < 0.85 ? Math.floor(r() * keys.length) : -1;
  const opIndex = pick(
    operations.map((_, i) => i),
    operations.map((o) => o.share),
    r(),
  );
  const op = operations[opIndex];
  const where = r();
  const resource =
    op.on === 'agent'
      ? 4 + Math.floor(where * 3)
      : op.on === 'vision'
        ? 2
        : op.on === 'instance'
          ? where < 0.55
            ? 0
            : where < 0.9
              ? 1
              : 3
          : where < 0.5
            ? -1
            : Math.floor(where * 4) % 2;
  // cost: typical × a long-tailed factor (most calls cheap, a few large prompts)
  const factor = 0.25 + -Math.log(1 - r() * 0.999) * 0.8;
  const micros = BigInt(Math.max(1, Math.round(op.micros * factor)));
  // the time: an hour by the day's rhythm, then anywhere in it (after 00:02, when top-ups land)
  const h = r() * CUMULATIVE_HOURS[23];
  const hour = CUMULATIVE_HOURS.findIndex((c) => h < c);
  const at = Math.max(120_000, hour * 3_600_000 + Math.floor(r() * 3_600_000));
  return { at, person, key, operation: opIndex, resource, micros };
}

export interface SeedOptions {
  records: number;
  /** Progress bar and summary (stdout). */
  quiet?: boolean;
  now?: Date;
}

export interface SeedResult {
  organizationId: string;
  written: number;
  planned: number;
  seconds: number;
  skippedDays: number;
}

interface Member {
  plan: PersonPlan;
  caller: Caller;
  keyIds: string[];
}

const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** Moves the audit events written since `since` to `at` (the story's date of the action). */
async function backdateAudit(ds: DataSource, org: string, since: Date, at: Date): Promise<void> {
  await ds.query(`UPDATE audit_events SET created_at = $3 WHERE organization_id = $1 AND created_at >= $2`, [org, since, at]);
}
async function dbNow(ds: DataSource): Promise<Date> {
  const [row] = await ds.query(`SELECT clock_timestamp() AS now`);
  return new Date(row.now);
}

function callerFor(row: { user_id: string; id: string; organization_id: string; role: Role }): Caller {
  return {
    userId: row.user_id,
    membershipId: row.id,
    organizationId: row.organization_id,
    role: row.role,
    mustChangePassword: false,
    sessionId: null,
    apiKeyId: null,
  };
}

/** The organization, its people, resources and keys: found when they exist, created (and audited) when not. */
async function setUp(
  ds: DataSource,
  services: Services,
  now: Date,
): Promise<{ org: string; start: number; members: Member[]; resourceIds: string[] }> {
  const memberRow = async (email: string) =>
    (
      await ds.query(
        `SELECT m.id, m.user_id, m.organization_id, m.role, m.status FROM memberships m JOIN users u ON u.id = m.user_id
          JOIN organizations o ON o.id = m.organization_id
          WHERE u.email = $1 AND o.name = $2 ORDER BY o.created_at LIMIT 1`,
        [email, ORG_NAME],
      )
    )[0] as { id: string; user_id: string; organization_id: string; role: Role; status: string } | undefined;

  let ownerRow = await memberRow(OWNER.email);
  if (!ownerRow) {
    const start = utcDay(now) - (DAYS - 1) * DAY_MS;
    const signed = await services.auth.signUp({ ...OWNER, organizationName: ORG_NAME }, 'seed-demo');
    const org = signed.organization.id;
    const founded = new Date(start + 8.5 * 3_600_000);
    await ds.query(`UPDATE organizations SET created_at = $2 WHERE id = $1`, [org, founded]);
    await ds.query(`UPDATE memberships SET created_at = $2 WHERE organization_id = $1`, [org, founded]);
    await ds.query(`UPDATE audit_events SET created_at = $2 WHERE organization_id = $1`, [org, founded]);
    ownerRow = (await memberRow(OWNER.email))!;
  }
  const org = ownerRow.organization_id;
  const [{ created_at }] = await ds.query(`SELECT created_at FROM organizations WHERE id = $1`, [org]);
  const start = utcDay(new Date(created_at));
  const at = (day: number, hour: number) => new Date(start + day * DAY_MS + hour * 3_600_000);
  const owner = callerFor(ownerRow);

  const members: Member[] = [];
  for (const plan of people) {
    let row = await memberRow(plan.email);
    if (!row) {
      const since = await dbNow(ds);
      await services.members.add(owner, {
        name: plan.name,
        email: plan.email,
        temporaryPassword: MEMBER_PASSWORD,
        role: plan.role,
        sendEmail: true,
      });
      row = (await memberRow(plan.email))!;
      await ds.query(`UPDATE memberships SET created_at = $2 WHERE id = $1`, [row.id, at(plan.joined, 9.2)]);
      await ds.query(`UPDATE users SET must_change_password = false, last_sign_in_at = $2 WHERE id = $1`, [
        row.user_id,
        at(plan.joined, 9.6),
      ]);
      await backdateAudit(ds, org, since, at(plan.joined, 9.2));
    }
    const caller = callerFor(row);
    const keyIds: string[] = [];
    for (const name of plan.apiKeys) {
      let [key] = await ds.query(`SELECT id FROM api_keys WHERE membership_id = $1 AND name = $2 ORDER BY created_at LIMIT 1`, [
        row.id,
        name,
      ]);
      if (!key) {
        const since = await dbNow(ds);
        await services.apiKeys.create(caller, name);
        [key] = await ds.query(`SELECT id FROM api_keys WHERE membership_id = $1 AND name = $2 ORDER BY created_at LIMIT 1`, [
          row.id,
          name,
        ]);
        await ds.query(`UPDATE api_keys SET created_at = $2 WHERE id = $1`, [key.id, at(plan.joined, 10)]);
        await backdateAudit(ds, org, since, at(plan.joined, 10));
      }
      keyIds.push(key.id);
    }
    members.push({ plan, caller: { ...caller, role: plan.role }, keyIds });
  }

  const resourceIds: string[] = [];
  for (const [i, r] of resources.entries()) {
    let [row] = await ds.query(`SELECT id FROM resources WHERE organization_id = $1 AND name = $2 LIMIT 1`, [org, r.name]);
    if (!row) {
      const since = await dbNow(ds);
      const by = members[i % 2 === 0 ? 1 : 2].caller; // the admins set up the infrastructure
      row = await services.resources.create(by, r);
      await ds.query(`UPDATE resources SET created_at = $2 WHERE id = $1`, [row.id, at(i < 4 ? 0 : 6 + i, 11)]);
      await backdateAudit(ds, org, since, at(i < 4 ? 0 : 6 + i, 11));
    }
    resourceIds.push(row.id);
  }
  return { org, start, members, resourceIds };
}

/** The status changes of the story, once each, dated when they happen. */
async function applyFates(ds: DataSource, services: Services, org: string, start: number, members: Member[]): Promise<void> {
  const owner = members[0].caller;
  for (const m of members) {
    const day = m.plan.removedOn ?? m.plan.suspendedOn;
    if (day === undefined) continue;
    const [{ status }] = await ds.query(`SELECT status FROM memberships WHERE id = $1`, [m.caller.membershipId]);
    if (status !== 'ACTIVE') continue;
    const since = await dbNow(ds);
    if (m.plan.removedOn !== undefined) await services.members.remove(owner, m.caller.membershipId);
    else await services.members.suspend(owner, m.caller.membershipId);
    const when = new Date(start + day * DAY_MS + 15 * 3_600_000);
    await ds.query(`UPDATE memberships SET status_changed_at = $2 WHERE id = $1`, [m.caller.membershipId, when]);
    await backdateAudit(ds, org, since, when);
  }
}

/** Calls per day (weekly rhythm, growth, a launch week, noise), summing to about `total`. */
function dayCounts(total: number, start: number, now: Date): { full: number[]; planned: number[] } {
  const weights = Array.from({ length: DAYS }, (_, d) => {
    const dow = new Date(start + d * DAY_MS).getUTCDay();
    const growth = 0.7 + (0.6 * d) / (DAYS - 1);
    const launch = d >= 63 && d <= 67 ? 1.35 : 1;
    return WEEKDAY[dow] * growth * launch * (0.88 + 0.24 * rng(seedOf(d, -7))());
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const full = weights.map((w) => Math.floor((total * w) / sum));
  const planned = full.map((n, d) => {
    const dayStart = start + d * DAY_MS;
    if (dayStart >= now.getTime()) return 0;
    const elapsed = (now.getTime() - dayStart) / DAY_MS;
    return elapsed >= 1 ? n : Math.floor(n * elapsed);
  });
  return { full, planned };
}

function activeOn(day: number): number[] {
  return people
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p }) =>
        p.weight > 0 &&
        p.joined <= day &&
        !(p.removedOn !== undefined && day >= p.removedOn) &&
        !(p.suspendedOn !== undefined && day >= p.suspendedOn),
    )
    .map(({ i }) => i);
}

const roundUp = (x: bigint, unit: bigint) => ((x + unit - 1n) / unit) * unit;

/**
 * Top-ups and the threshold, from what the days will spend: a first purchase, a smaller one
 * on day 20, one low-balance crossing around day 52, and the refill two days later.
 */
function creditPlan(daySums: bigint[]): { topUps: Array<{ day: number; amount: bigint; note: string }>; threshold: bigint } {
  const total = daySums.reduce((a, b) => a + b, 0n);
  const avg = total / BigInt(DAYS) || 1n;
  let unit = 1n;
  while (unit * 10n <= avg) unit *= 10n; // a round figure at the scale of a day's spend
  const sum = (from: number, to: number) => daySums.slice(from, to + 1).reduce((a, b) => a + b, 0n);
  const c = 52;
  const threshold = roundUp((sum(c, c + 4) * 3n) / 2n, unit);
  const mid = roundUp(sum(20, c - 1) / 2n, unit) - unit;
  const first = roundUp(sum(0, c - 1) - mid + threshold + daySums[c] / 3n, unit);
  // when the balance actually goes below the threshold, the team refills two days later
  let balance = first;
  let crossed = -1;
  for (let d = 0; d < DAYS && crossed < 0; d++) {
    if (d === 20) balance += mid;
    const before = balance;
    balance -= daySums[d];
    if (balance < 0n) throw new Error('the demo credit plan would overdraw; change SEED_RECORDS');
    if (before >= threshold && balance < threshold) crossed = d;
  }
  if (crossed < 0) throw new Error('the demo credit plan never crosses the threshold');
  const refillDay = crossed + 2;
  if (first + mid - sum(0, refillDay - 1) < 0n) throw new Error('the demo credit plan would overdraw before the refill');
  const refill = roundUp(sum(refillDay, DAYS - 1) + threshold * 3n, unit * 10n);
  return {
    threshold,
    topUps: [
      { day: 0, amount: first, note: 'Initial purchase (PO 2024-117)' },
      { day: 20, amount: mid, note: 'Top-up for the vision pilot' },
      { day: refillDay, amount: refill, note: 'Quarterly purchase after the low-balance alert' },
    ],
  };
}

export async function seedDemo(ds: DataSource, services: Services, options: SeedOptions): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const started = Date.now();
  const { org, start, members, resourceIds } = await setUp(ds, services, now);
  const owner = members[0].caller;
  const { full, planned: counts } = dayCounts(options.records, start, now);

  // what each day spends, from the same generator (full days: the plan does not move with the clock)
  const daySums = full.map((n, d) => {
    const active = activeOn(d);
    let s = 0n;
    for (let i = 0; i < n; i++) s += planned(d, i, active).micros;
    return s;
  });
  const plan = creditPlan(daySums);
  const topUpsOn = new Map(plan.topUps.map((t, i) => [t.day, { ...t, key: `seed-topup-${i}` }]));

  const rolled = new Map<number, number>(
    (await ds.query(`SELECT day::text AS day, sum(count)::int AS n FROM usage_daily WHERE organization_id = $1 GROUP BY day`, [org])).map(
      (r: { day: string; n: number }) => [Date.parse(`${r.day}T00:00:00Z`), r.n],
    ),
  );
  const plannedTotal = counts.reduce((a, b) => a + b, 0);
  const bar = options.quiet
    ? null
    : new cliProgress.SingleBar(
        {
          format: 'usage |{bar}| {percentage}% | {value}/{total} records | {rate} records/s | ETA {eta_formatted} | {day}',
          etaBuffer: 50,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
  bar?.start(plannedTotal, 0, { rate: 0, day: '' });
  let done = 0;
  let written = 0;
  let skippedDays = 0;
  const tick = (n: number, day: string) => {
    done += n;
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    bar?.update(done, { rate: Math.round(written / secs), day });
  };

  for (let d = 0; d < DAYS; d++) {
    const dayStart = start + d * DAY_MS;
    const label = new Date(dayStart).toISOString().slice(0, 10);
    const topUp = topUpsOn.get(d);
    if (topUp && dayStart <= now.getTime()) {
      const since = await dbNow(ds);
      try {
        const when = new Date(dayStart + 60_000);
        await services.credits.addCredits(owner, { amount: topUp.amount, note: topUp.note, idempotencyKey: topUp.key }, { at: when });
        await backdateAudit(ds, org, since, when);
      } catch (err) {
        if (err instanceof AppError && err.extensions.code === 'CONFLICT') {
          throw new Error('This database was seeded with another SEED_RECORDS: use the same count, or a fresh database.', { cause: err });
        }
        throw err;
      }
      if (d === 0) {
        const [bal] = await ds.query(`SELECT low_balance_threshold FROM credit_balances WHERE organization_id = $1`, [org]);
        if (bal?.low_balance_threshold === null || bal?.low_balance_threshold === undefined) {
          const since2 = await dbNow(ds);
          await services.credits.setLowBalanceThreshold(owner, plan.threshold);
          await backdateAudit(ds, org, since2, new Date(dayStart + 120_000));
        }
      }
    }
    const n = counts[d];
    if (!n) continue;
    if ((rolled.get(dayStart) ?? 0) >= n) {
      skippedDays++;
      tick(n, label);
      continue;
    }
    const active = activeOn(d);
    const elapsed = Math.min(1, (now.getTime() - dayStart) / DAY_MS);
    const calls = Array.from({ length: n }, (_, i) => ({ i, ...planned(d, i, active) }));
    if (elapsed < 1) for (const c of calls) c.at = Math.floor(c.at * elapsed); // today: squeezed into the hours so far
    calls.sort((a, b) => a.at - b.at || a.i - b.i);
    // two batches in flight: one is decided under the balance lock while the next is checked and sent
    const inFlight: Array<Promise<void>> = [];
    for (let b = 0; b < calls.length; b += BATCH) {
      const slice = calls.slice(b, b + BATCH);
      const inputs: RecordUsageArgs[] = slice.map((c) => ({
        operation: operations[c.operation].name,
        credits: c.micros,
        resourceId: c.resource >= 0 ? resourceIds[c.resource] : null,
        idempotencyKey: `seed:${label}:${c.i}`,
      }));
      const callers = slice.map((c) => {
        const m = members[c.person];
        return c.key >= 0 ? { ...m.caller, apiKeyId: m.keyIds[c.key] } : m.caller;
      });
      const at = slice.map((c) => new Date(dayStart + c.at));
      if (inFlight.length >= 2) await inFlight.shift();
      inFlight.push(
        services.spend.recordUsageBatch(owner, inputs, { at, callers }).then((outcomes) => {
          for (const o of outcomes) {
            if (!o.ok) throw new Error(`a demo spend was refused (${o.error.message}); does this organization hold other data?`);
            if (!o.replayed) written++;
          }
          tick(slice.length, label);
        }),
      );
    }
    await Promise.all(inFlight); // the day is whole before the next day's top-up
  }
  bar?.stop();
  await applyFates(ds, services, org, start, members);
  return { organizationId: org, written, planned: plannedTotal, seconds: (Date.now() - started) / 1000, skippedDays };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const records = Number(process.env.SEED_RECORDS ?? 1_000_000);
  if (!Number.isInteger(records) || records < 100 || records > 20_000_000)
    throw new Error('SEED_RECORDS must be a whole number from 100 to 20000000.');
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  if (!url) {
    const port = Number(process.env.EMBEDDED_PG_PORT || 54329);
    if (await canConnect(embeddedUrl(port))) {
      url = embeddedUrl(port); // the app is running with its embedded database: seed that one
    } else {
      process.stdout.write(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir}\n`);
      const db = await startEmbeddedPostgres(config.dataDir, port, () => undefined);
      url = db.url;
      stopEmbedded = () => db.stop();
    }
  }
  // commits do not wait for the WAL flush: a crash may lose the last ones, which a re-run writes again
  const fast = new URL(url);
  fast.searchParams.set('options', '-c synchronous_commit=off');
  const ds = createDataSource({ url: fast.toString(), poolSize: 4 });
  await ds.initialize();
  try {
    await runMigrationsLocked(ds);
    const services = createServices(ds, config, {
      notifier: new OutboxMemberNotifier(config.appUrl),
      billingNotifier: new OutboxBillingNotifier(config.appUrl),
    });
    const r = await seedDemo(ds, services, { records });
    const report = await reconcile(ds, r.organizationId);
    const rate = Math.round(r.written / Math.max(r.seconds, 0.001));
    process.stdout.write(
      `seeded ${ORG_NAME} (${r.organizationId}): ${r.written.toLocaleString('en')} usage records written of ${r.planned.toLocaleString('en')} planned` +
        ` in ${r.seconds.toFixed(1)} s (${rate.toLocaleString('en')} records/s)${r.skippedDays ? `, ${r.skippedDays} days already complete` : ''}\n` +
        `reconcile: ${report.ok ? 'ok' : 'FAIL'} balance=${report.balance} ledger=${report.ledgerSum} records=${report.usageRecords}` +
        `${report.problems.length ? ` :: ${report.problems.join('; ')}` : ''}\n` +
        `sign in as ${OWNER.email} / ${OWNER.password}\n`,
    );
    if (!report.ok) process.exitCode = 1;
  } finally {
    await ds.destroy();
    await stopEmbedded?.();
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`seed:demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
