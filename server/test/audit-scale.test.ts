import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import type { Cursor } from '../src/common/pagination';
import { AuditScope, pageSql } from '../src/modules/audit/audit.query';

/**
 * The audit log stays a keyset read with many events: 200k events of one organization and
 * 50k of another are seeded with generate_series, then a deep page (past the 150,000th
 * newest event) of each filter combination the SPA sends is checked two ways: it is the
 * same page a plain ORDER BY gives, and EXPLAIN ANALYZE (as the admin) shows index scans
 * that read a few hundred rows at most, never a sequential scan of the table. No timing.
 */
let t: TestApp;
let org: Awaited<ReturnType<typeof orgWithRoles>>;
/** AUDIT_SCALE_EVENTS=1000000 runs the same checks over a million events (see the audit module's report). */
const EVENTS = Number(process.env.AUDIT_SCALE_EVENTS ?? 200_000);
const ACTIONS = [
  'member.added',
  'member.role_changed',
  'member.removed',
  'credits.added',
  'credits.adjusted',
  'api_key.created',
  'api_key.revoked',
  'resource.created',
];
const TARGETS = 50;
const target = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const START = '2026-01-01T00:00:00Z';

beforeAll(async () => {
  t = await startTestApp();
  org = await orgWithRoles(t);
  const other = await signUp(t);
  const actors = [org.owner.memberId, org.admin.memberId, org.member.memberId, null];
  // two events per second: equal timestamps throughout (a seed, not a request: no statement timeout)
  await t.ds.transaction(async (em) => {
    await em.query('SET LOCAL statement_timeout = 0');
    await em.query(
      `INSERT INTO audit_events (organization_id, action, actor_membership_id, target_id, details, created_at)
     SELECT $1, ($2::varchar[])[1 + i % $3], ($4::uuid[])[1 + i % 4],
            ('00000000-0000-4000-8000-' || lpad((i % $5)::text, 12, '0'))::uuid,
            jsonb_build_object('before', jsonb_build_object('role', 'MEMBER'), 'after', jsonb_build_object('role', 'ADMIN')),
            $6::timestamptz + (i / 2) * interval '1 second'
     FROM generate_series(1, $7) AS i`,
      [org.owner.organizationId, ACTIONS, ACTIONS.length, actors, TARGETS, START, EVENTS],
    );
    await em.query(
      `INSERT INTO audit_events (organization_id, action, target_id, created_at)
     SELECT $1, ($2::varchar[])[1 + i % 3], ('00000000-0000-4000-8000-' || lpad((i % $3)::text, 12, '0'))::uuid, $4::timestamptz + i * interval '1 second'
     FROM generate_series(1, 50000) AS i`,
      [other.organizationId, ACTIONS, TARGETS, START],
    );
  });
  await t.ds.transaction(async (em) => {
    await em.query('SET LOCAL statement_timeout = 0');
    await em.query('ANALYZE audit_events');
  });
}, 600_000);
afterAll(async () => {
  await t.stop();
});

const LOG = graphql(`
  query AuditScalePage($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {
    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {
      nodes {
        id
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

/** Rows each table's scans read, and the kinds of scan, from EXPLAIN ANALYZE of exactly the SQL the API runs. */
async function plan(sql: string, params: unknown[]) {
  const [{ 'QUERY PLAN': json }] = await t.ds.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
  let read = 0;
  const scans: string[] = [];
  const walk = (node: any) => {
    if (node['Relation Name'] === 'audit_events') {
      read += (node['Actual Rows'] + (node['Rows Removed by Filter'] ?? 0)) * node['Actual Loops'];
      scans.push(`${node['Node Type']} ${node['Index Name'] ?? ''}`.trim());
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(json[0].Plan);
  return { read, scans };
}

const PAGE = 50;
const deep = new Date(Date.parse(START) + 25_000 * 1000).toISOString(); // ~150k newer events above it

type Filter = Omit<AuditScope, 'organizationId'>;
const none: Filter = { actorId: null, actions: [], targetId: null, from: null, to: null };
const COMBINATIONS: Array<[string, () => Filter]> = [
  ['no filter', () => none],
  ['one action', () => ({ ...none, actions: ['member.role_changed'] })],
  ['three actions', () => ({ ...none, actions: ['member.added', 'credits.added', 'api_key.revoked'] })],
  ['actor', () => ({ ...none, actorId: org.admin.memberId })],
  ['target', () => ({ ...none, targetId: target(7) })],
  ['date range', () => ({ ...none, from: new Date('2026-01-01T01:00:00Z'), to: new Date('2026-01-02T00:00:00Z') })],
  ['actor and two actions', () => ({ ...none, actorId: org.owner.memberId, actions: ['member.added', 'member.role_changed'] })],
  ['action and date range', () => ({ ...none, actions: ['api_key.created'], from: new Date('2026-01-01T01:00:00Z'), to: new Date(deep) })],
];

describe(`a deep page of ${EVENTS} audit events`, () => {
  test.each(COMBINATIONS)('%s: the right page, read through an index, a few hundred rows at most', async (_name, filter) => {
    const scope: AuditScope = { organizationId: org.owner.organizationId, ...filter() };
    // the cursor of the first event older than `deep` that matches, as the API would hand it out
    const where = [
      'organization_id = $1',
      scope.actorId ? `actor_membership_id = '${scope.actorId}'` : null,
      scope.targetId ? `target_id = '${scope.targetId}'` : null,
      scope.actions.length ? `action IN (${scope.actions.map((a) => `'${a}'`).join(', ')})` : null,
      scope.from ? `created_at >= '${scope.from.toISOString()}'` : null,
      scope.to ? `created_at < '${scope.to.toISOString()}'` : null,
    ]
      .filter(Boolean)
      .join(' AND ');
    const [start] = await t.ds.query(
      `SELECT id, created_at FROM audit_events WHERE ${where} AND created_at <= $2 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [scope.organizationId, deep],
    );
    const cursor: Cursor = { at: new Date(start.created_at), id: start.id };
    const expected = (
      await t.ds.query(
        `SELECT id FROM audit_events WHERE ${where} AND (created_at, id) < ($2, $3) ORDER BY created_at DESC, id DESC LIMIT ${PAGE}`,
        [scope.organizationId, cursor.at.toISOString(), cursor.id],
      )
    ).map((r: { id: string }) => r.id);
    expect(expected.length).toBeGreaterThan(0);

    const after = Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
    const api = await t.ok(
      LOG,
      { first: PAGE, after, ...filter(), from: scope.from?.toISOString() ?? null, to: scope.to?.toISOString() ?? null },
      org.owner.token,
    );
    expect(api.auditLog.nodes.map((n) => n.id)).toEqual(expected);

    const { sql, params } = pageSql(scope, cursor, PAGE + 1);
    const { read, scans } = await plan(sql, params);
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.every((s) => /^Index (Only )?Scan/.test(s))).toBe(true);
    expect(read).toBeLessThan(1_000); // of EVENTS + 50,000 rows
  });
});
