import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, Session, signUp } from './helpers/fixtures';
import { auditExportModule } from '../src/modules/audit/audit-export';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ modules: [auditExportModule()] });
});
afterAll(async () => {
  await t.stop();
});

const LOG = graphql(`
  query AuditLogFiltered($first: Int, $after: String, $actorId: ID, $actions: [String!], $targetId: ID, $from: DateTime, $to: DateTime) {
    auditLog(first: $first, after: $after, actorId: $actorId, actions: $actions, targetId: $targetId, from: $from, to: $to) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        action
        targetId
        data
        createdAt
        actor {
          id
        }
      }
    }
  }
`);
const LOG_NO_TOTAL = graphql(`
  query AuditLogNoTotal($first: Int, $actions: [String!]) {
    auditLog(first: $first, actions: $actions) {
      nodes {
        id
      }
    }
  }
`);
const ACTIONS = graphql(`
  query AuditActionsList {
    auditActions
  }
`);
const CHANGE_ROLE = graphql(`
  mutation AuditChangeRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);

/** Audit events written straight into the table (the test's owner connection), `at` ISO. */
async function insertEvents(
  org: string,
  rows: Array<{ action: string; at: string; actor?: string | null; target?: string | null; details?: unknown }>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const r of rows) {
    const id = randomUUID();
    ids.push(id);
    await t.ds.query(
      'INSERT INTO audit_events (id, organization_id, action, actor_membership_id, target_id, details, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [id, org, r.action, r.actor ?? null, r.target ?? null, r.details === undefined ? null : JSON.stringify(r.details), r.at],
    );
  }
  return ids;
}

async function allPages(s: Session, vars: Record<string, unknown>, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } = (
      await t.ok(LOG, { ...vars, first, after }, s.token)
    ).auditLog;
    seen.push(...page.nodes.map((n) => n.id));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('too many pages');
}

describe('auditLog filters', () => {
  let org: Awaited<ReturnType<typeof orgWithRoles>>;
  beforeAll(async () => {
    org = await orgWithRoles(t);
    // real changes: the owner promotes the member, the admin demotes the guest… to guest (no event), then the owner demotes the admin
    await t.ok(CHANGE_ROLE, { input: { memberId: org.member.memberId, role: 'ADMIN' } }, org.owner.token);
    await t.ok(CHANGE_ROLE, { input: { memberId: org.admin.memberId, role: 'MEMBER' } }, org.owner.token);
  });

  test('by action, one or several, with a correct totalCount', async () => {
    const roles = (await t.ok(LOG, { actions: ['member.role_changed'] }, org.owner.token)).auditLog;
    expect(roles.totalCount).toBe(2);
    expect(roles.nodes.map((n) => [n.targetId, JSON.parse(n.data!)])).toEqual([
      [org.admin.memberId, { before: { role: 'ADMIN' }, after: { role: 'MEMBER' } }],
      [org.member.memberId, { before: { role: 'MEMBER' }, after: { role: 'ADMIN' } }],
    ]);
    const all = (await t.ok(LOG, {}, org.owner.token)).auditLog;
    const added = all.nodes.filter((n) => n.action === 'member.added').length;
    expect(added).toBe(3);
    const both = (await t.ok(LOG, { actions: ['member.role_changed', 'member.added', 'member.role_changed'] }, org.owner.token)).auditLog;
    expect(both.totalCount).toBe(5);
    expect(both.nodes.map((n) => n.action).sort()).toEqual([...Array(3).fill('member.added'), ...Array(2).fill('member.role_changed')]);
    const none = (await t.ok(LOG, { actions: ['nothing.happened'] }, org.owner.token)).auditLog;
    expect(none).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  test('by actor, by target, by date range, and all together', async () => {
    const byAdmin = (await t.ok(LOG, { actorId: org.admin.memberId }, org.owner.token)).auditLog;
    // the admin only changed their temporary password
    expect(byAdmin.nodes.map((n) => [n.action, n.actor?.id])).toEqual([['user.password_changed', org.admin.memberId]]);
    expect(byAdmin.totalCount).toBe(1);
    const byOwner = (await t.ok(LOG, { actorId: org.owner.memberId }, org.owner.token)).auditLog;
    expect(byOwner.nodes.every((n) => n.actor?.id === org.owner.memberId)).toBe(true);
    expect(byOwner.totalCount).toBeGreaterThanOrEqual(5);
    const aboutMember = (await t.ok(LOG, { targetId: org.member.memberId }, org.owner.token)).auditLog;
    expect(aboutMember.nodes.map((n) => n.action).sort()).toEqual(['member.added', 'member.role_changed', 'user.password_changed']);
    const now = Date.now();
    const future = (await t.ok(LOG, { from: new Date(now + 3600_000).toISOString() }, org.owner.token)).auditLog;
    expect(future.totalCount).toBe(0);
    const past = (await t.ok(LOG, { to: new Date(now - 24 * 3600_000).toISOString() }, org.owner.token)).auditLog;
    expect(past.totalCount).toBe(0);
    const together = (
      await t.ok(
        LOG,
        {
          actorId: org.owner.memberId,
          actions: ['member.role_changed'],
          targetId: org.member.memberId,
          from: new Date(now - 3600_000).toISOString(),
          to: new Date(now + 3600_000).toISOString(),
        },
        org.owner.token,
      )
    ).auditLog;
    expect(together.totalCount).toBe(1);
    expect(together.nodes[0]).toMatchObject({ action: 'member.role_changed', targetId: org.member.memberId });
  });

  test('auditActions lists each recorded action once, in order', async () => {
    const { auditActions } = await t.ok(ACTIONS, {}, org.owner.token);
    expect(auditActions).toEqual([...new Set(auditActions)].sort());
    expect(auditActions).toEqual(expect.arrayContaining(['member.added', 'member.role_changed']));
  });

  test('bad filters are BAD_USER_INPUT or NOT_FOUND with a message', async () => {
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'BAD_USER_INPUT', /from.*before/],
      [{ actions: ['DROP TABLE x'] }, 'BAD_USER_INPUT', /not an action name/],
      [{ actions: Array.from({ length: 31 }, (_, i) => `a.b${i}`) }, 'BAD_USER_INPUT', /at most 30/],
      [{ actorId: 'not-a-uuid' }, 'NOT_FOUND', /member was not found/],
      [{ actorId: randomUUID() }, 'NOT_FOUND', /member was not found/],
      [{ targetId: '' }, 'OK', /./],
      [{ targetId: 'x' }, 'NOT_FOUND', /target was not found/],
      [{ after: 'bogus' }, 'BAD_USER_INPUT', /cursor/],
    ];
    for (const [vars, code, message] of cases) {
      const r = await t.gql(LOG, vars, org.owner.token);
      if (code === 'OK') {
        expect(r.errors).toBeUndefined();
        continue;
      }
      expect([codeOf(r), r.errors?.[0]?.message]).toEqual([code, expect.stringMatching(message)]);
    }
  });

  test('totalCount is counted only when selected', async () => {
    const counts: string[] = [];
    const logger = t.appDs.logger;
    const noop = () => undefined;
    (t.appDs as any).logger = {
      logQuery: (q: string) => {
        if (/count\(\*\)/i.test(q) && /audit_events/.test(q)) counts.push(q);
      },
      logQueryError: noop,
      logQuerySlow: noop,
      logSchemaBuild: noop,
      logMigration: noop,
      log: noop,
    };
    try {
      await t.ok(LOG_NO_TOTAL, { first: 5, actions: ['member.added'] }, org.owner.token);
      expect(counts).toHaveLength(0);
      await t.ok(LOG, { first: 5, actions: ['member.added'] }, org.owner.token);
      expect(counts).toHaveLength(1);
    } finally {
      (t.appDs as any).logger = logger;
    }
  });
});

describe('auditLog keyset pagination', () => {
  test('pages through events with equal timestamps without losing or repeating one', async () => {
    const s = await signUp(t);
    const at = '2026-06-01T12:00:00.000Z';
    const ids = await insertEvents(s.organizationId, [
      ...Array.from({ length: 7 }, () => ({ action: 'test.same_time', at })),
      { action: 'test.same_time', at: '2026-06-01T12:00:00.001Z' },
      { action: 'test.other', at },
      { action: 'test.same_time', at: '2026-06-01T11:59:59.999Z' },
    ]);
    const expected = (await t.ds.query(
      `SELECT id FROM audit_events WHERE organization_id = $1 AND action = 'test.same_time' ORDER BY created_at DESC, id DESC`,
      [s.organizationId],
    )) as Array<{ id: string }>;
    expect(expected).toHaveLength(9);
    for (const first of [1, 2, 3, 4]) {
      expect(await allPages(s, { actions: ['test.same_time'] }, first)).toEqual(expected.map((r) => r.id));
    }
    // several actions merge in the same order, and the unfiltered log holds every inserted event
    const two = await allPages(s, { actions: ['test.other', 'test.same_time'] }, 2);
    expect(two).toHaveLength(10);
    expect(new Set(two)).toEqual(new Set(ids));
    const all = await allPages(s, { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' }, 3);
    expect(new Set(all)).toEqual(new Set(ids));
  });
});

describe('auditLog access', () => {
  test("another organization's events never appear, whatever the filter", async () => {
    const a = await orgWithRoles(t);
    const b = await signUp(t);
    const [theirs] = await insertEvents(b.organizationId, [
      { action: 'member.role_changed', at: new Date().toISOString(), actor: b.memberId, target: a.member.memberId },
    ]);
    const seen = await allPages(a.owner, {}, 50);
    expect(seen).not.toContain(theirs);
    const byTarget = (await t.ok(LOG, { targetId: a.member.memberId }, a.owner.token)).auditLog;
    expect(byTarget.nodes.map((n) => n.id)).not.toContain(theirs);
    expect(byTarget.totalCount).toBe(byTarget.nodes.length);
    // their member as actor: NOT_FOUND, as any id of another organization
    expect(codeOf(await t.gql(LOG, { actorId: b.memberId }, a.owner.token))).toBe('NOT_FOUND');
    const res = await fetch(`${t.url}/api/audit.csv?actorId=${b.memberId}`, { headers: { authorization: `Bearer ${a.owner.token}` } });
    expect(res.status).toBe(404);
    const csv = await (await fetch(`${t.url}/api/audit.csv`, { headers: { authorization: `Bearer ${a.admin.token}` } })).text();
    expect(csv).not.toContain(theirs);
  });

  test('MEMBER and GUEST are refused the log, its actions and its CSV; anonymous is UNAUTHENTICATED', async () => {
    const { member, guest } = await orgWithRoles(t);
    for (const s of [member, guest]) {
      for (const doc of [LOG, ACTIONS] as const) {
        const r = await t.gql(doc as typeof LOG, {}, s.token);
        expect(codeOf(r)).toBe('FORBIDDEN');
        expect(r.data).toBeNull();
      }
      const res = await fetch(`${t.url}/api/audit.csv`, { headers: { authorization: `Bearer ${s.token}` } });
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    }
    const anon = await fetch(`${t.url}/api/audit.csv`);
    expect(anon.status).toBe(401);
  });
});

describe('GET /api/audit.csv', () => {
  test('streams the filtered log with formula-neutral, quoted cells', async () => {
    const { owner, admin } = await orgWithRoles(t);
    const target = randomUUID();
    await insertEvents(owner.organizationId, [
      {
        action: 'credits.adjusted',
        at: '2026-05-01T10:00:00.000Z',
        actor: admin.memberId,
        target,
        details: { note: '=HYPERLINK("x")', amount: '-5' },
      },
      { action: 'credits.adjusted', at: '2026-05-02T10:00:00.000Z', actor: owner.memberId, target, details: { note: 'a,b;c\nd' } },
      { action: 'resource.created', at: '2026-05-02T11:00:00.000Z', actor: owner.memberId, target },
    ]);
    const res = await fetch(`${t.url}/api/audit.csv?action=credits.adjusted&targetId=${target}&from=2026-05-01&to=2026-06-01`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="audit-log-2026-05-01-to-2026-06-01.csv"');
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('created_at,id,action,actor_id,actor_name,target_id,details');
    expect(lines).toHaveLength(4); // header, two events, the empty string after the last CRLF
    const [newest, oldest] = [lines[1], lines[2]];
    expect(newest).toMatch(new RegExp(`^2026-05-02T10:00:00.000Z,[0-9a-f-]{36},credits.adjusted,${owner.memberId},`));
    expect(newest.endsWith(`,${target},"{""note"":""a,b;c\\nd""}"`)).toBe(true);
    expect(oldest).toContain(`,${admin.memberId},Ada Admin,${target},`);
    expect(oldest.endsWith(`"{""note"":""=HYPERLINK(\\""x\\"")"",""amount"":""-5""}"`)).toBe(true);
    // a cell that would start a formula gets the quote mark: the actor's name here
    await t.ds.query(`UPDATE users SET name = '=cmd|calc' WHERE id = $1`, [admin.userId]);
    const again = await (
      await fetch(`${t.url}/api/audit.csv?action=credits.adjusted,resource.created&from=2026-05-01T00:00:00Z`, {
        headers: { authorization: `Bearer ${owner.token}` },
      })
    ).text();
    expect(again).toContain(`,${admin.memberId},'=cmd|calc,`);
    expect(again.split('\r\n')).toHaveLength(5);
  });

  test('refuses bad input with a JSON error and an HTTP status', async () => {
    const owner = await signUp(t);
    const get = (q: string) => fetch(`${t.url}/api/audit.csv${q}`, { headers: { authorization: `Bearer ${owner.token}` } });
    const bad = await get('?from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/ISO-8601/) }],
    });
    expect((await get('?from=2026-02-01&to=2026-01-01')).status).toBe(400);
    expect((await get('?action=%3Dx')).status).toBe(400);
    expect((await get('?targetId=nope')).status).toBe(404);
  });
});
