/**
 * Row-level security, the second wall between organizations (docs/security.md): as the
 * app's own database role, with the tenant set or not, never another organization's rows.
 * The tenant tables are enumerated from pg_catalog, so a new table with organization_id
 * and no policy fails here.
 */
import { Client } from 'pg';
import { startTestApp } from './helpers/app';
import type { TestApp } from './helpers/app';
import { addSignedInMember, callerOf, signUp } from './helpers/fixtures';
import type { Session } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { APP_ROLE, roleUrl, SYSTEM_ROLE } from '../src/db/roles';
import { asUser, inTenant } from '../src/common/tenant';
import { ResourceKind } from '../src/modules/resources/resource.enums';

let t: TestApp;
let app: Client;
let a: Session;
let b: Session;
let bMember: Session;
let tenantTables: string[];

/** The tenant tables the app role may delete from (a webhook endpoint, with its delivery log); the policy still hides B's rows. */
const MAY_DELETE = new Set(['webhook_endpoints']);

/** Every table in public with an organization_id column, from the catalog. */
async function tablesWithOrganizationId(): Promise<Array<{ table: string; rls: boolean; force: boolean }>> {
  return t.ds.query(
    `SELECT c.relname AS table, c.relrowsecurity AS rls, c.relforcerowsecurity AS force
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute att ON att.attrelid = c.oid AND att.attname = 'organization_id' AND NOT att.attisdropped
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      ORDER BY c.relname`,
  );
}

/** One statement as the app role on its own connection, in a transaction scoped to `org` (or to none); committed when it succeeds. */
async function asApp(org: string | null, sql: string, params: unknown[] = []): Promise<{ rows: any[]; rowCount: number; code?: string }> {
  await app.query('BEGIN');
  try {
    if (org) await app.query(`SELECT set_config('app.organization_id', $1, true)`, [org]);
    const r = await app.query(sql, params);
    await app.query('COMMIT');
    return { rows: r.rows, rowCount: r.rowCount ?? 0 };
  } catch (err) {
    await app.query('ROLLBACK');
    return { rows: [], rowCount: 0, code: (err as { code?: string }).code };
  }
}

/** A fingerprint of an organization's rows in a table, read by the owner (no row security). */
async function fingerprint(table: string, org: string): Promise<{ n: number; sum: string | null }> {
  const [row] = await t.ds.query(
    `SELECT count(*)::int AS n, md5(string_agg(x::text, ',' ORDER BY x::text)) AS sum FROM "${table}" x WHERE organization_id = $1`,
    [org],
  );
  return row;
}

beforeAll(async () => {
  t = await startTestApp();
  app = new Client({ connectionString: roleUrl(t.config.databaseUrl!, APP_ROLE) });
  await app.connect();
  // two organizations with rows in every tenant table
  a = await signUp(t, { organizationName: 'Alpha' });
  b = await signUp(t, { organizationName: 'Bravo' });
  bMember = await addSignedInMember(t, b, 'MEMBER', 'Bea Member');
  for (const s of [a, b]) {
    const caller = callerOf(s, 'OWNER');
    await topUp(t, s.token, '100');
    const resource = await t.running.services.resources.create(caller, { kind: ResourceKind.AGENT, name: 'Agent' });
    await t.running.services.apiKeys.create(caller, 'key');
    await t.running.services.accessReview.setWeeklyEmail(caller, true);
    await t.ok(SPEND, { i: { operation: 'op', credits: '1', resourceId: resource.id, idempotencyKey: key('u') } }, s.token);
    await t.ds.query(
      `INSERT INTO email_outbox (organization_id, membership_id, kind, "to", subject, text, html)
       VALUES ($1, $2, 'test', 'x@example.test', 's', 't', 'h')`,
      [s.organizationId, s.memberId],
    );
    await t.ds.query(
      `INSERT INTO account_tokens (token_hash, purpose, user_id, organization_id, expires_at)
       VALUES (md5(random()::text) || md5(random()::text), 'mfa_login', $1, $2, now() + interval '5 minutes')`,
      [s.userId, s.organizationId],
    );
    await t.ds.query(`INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, md5(random()::text))`, [s.userId]);
    const [endpoint] = await t.ds.query(
      `INSERT INTO webhook_endpoints (organization_id, url, events, secret_encrypted)
       VALUES ($1, 'https://hooks.example.test/in', '{MEMBER_ADDED}', 'not-a-secret') RETURNING id`,
      [s.organizationId],
    );
    await t.ds.query(
      `INSERT INTO webhook_deliveries (organization_id, endpoint_id, event_type, body, status) VALUES ($1, $2, 'MEMBER_ADDED', '{}', 'FAILED')`,
      [s.organizationId, endpoint.id],
    );
  }
  // usage_records' month partitions are reached only through usage_records (the app's roles have no privilege on
  // them; usage-partitions.test.ts): the parent stands for them here. Their row security is checked below with the rest.
  const monthPartitions = new Set(
    (
      await t.ds.query(
        `SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'usage_records'::regclass`,
      )
    ).map((r: { relname: string }) => r.relname),
  );
  tenantTables = (await tablesWithOrganizationId()).map((r) => r.table).filter((table) => !monthPartitions.has(table));
});

afterAll(async () => {
  await app?.end();
  await t?.stop();
});

describe('the roles', () => {
  test('the app role is neither superuser nor BYPASSRLS; the system role bypasses RLS but is not superuser', async () => {
    const roles = await t.ds.query(
      `SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles WHERE rolname = ANY($1) ORDER BY rolname`,
      [[APP_ROLE, SYSTEM_ROLE]],
    );
    expect(roles).toEqual([
      { rolname: APP_ROLE, rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false, rolcanlogin: true },
      { rolname: SYSTEM_ROLE, rolsuper: false, rolbypassrls: true, rolcreaterole: false, rolcreatedb: false, rolcanlogin: true },
    ]);
    // neither is a member of another role (nothing to SET ROLE to)
    const memberships = await t.ds.query(
      `SELECT r.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.member WHERE r.rolname = ANY($1)`,
      [[APP_ROLE, SYSTEM_ROLE]],
    );
    expect(memberships).toEqual([]);
  });

  test('neither role owns a table, a view, a sequence or a function; the owner owns them all', async () => {
    const owned = await t.ds.query(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) = ANY($1)
       UNION ALL
       SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = ANY($1)`,
      [[APP_ROLE, SYSTEM_ROLE]],
    );
    expect(owned).toEqual([]);
  });

  test('the app pools connect as their roles, and the app role cannot become anyone else', async () => {
    expect(await t.appDs.query('SELECT current_user AS u, session_user AS s')).toEqual([{ u: APP_ROLE, s: APP_ROLE }]);
    expect(await t.systemDs.query('SELECT current_user AS u')).toEqual([{ u: SYSTEM_ROLE }]);
    // the owner (the migrator: postgres on the CI server, orgpulse on the embedded default)
    const [{ owner }] = await t.ds.query('SELECT current_user AS owner');
    for (const role of [SYSTEM_ROLE, owner]) {
      expect((await asApp(null, `SET ROLE ${role}`)).code).toBe('42501');
    }
    expect((await asApp(null, `SET SESSION AUTHORIZATION ${owner}`)).code).toBe('42501');
    expect((await asApp(null, `RESET ROLE`)).code).toBeUndefined();
    expect((await asApp(null, 'SELECT current_user AS u')).rows).toEqual([{ u: APP_ROLE }]);
    // no DDL: it cannot create a table of its own, or turn the wall off
    expect((await asApp(null, 'CREATE TABLE mine (id int)')).code).toBe('42501');
    expect((await asApp(a.organizationId, 'ALTER TABLE memberships DISABLE ROW LEVEL SECURITY')).code).toBe('42501');
  });
});

describe('the tables', () => {
  test('every table in public with organization_id has row-level security, forced; so do organizations, refresh_tokens and recovery_codes', async () => {
    const tables = await tablesWithOrganizationId();
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const row of tables)
      expect({ table: row.table, rls: row.rls, force: row.force }).toEqual({ table: row.table, rls: true, force: true });
    const others = await t.ds.query(
      `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relname IN ('organizations', 'refresh_tokens', 'recovery_codes') ORDER BY relname`,
    );
    expect(others).toEqual([
      { relname: 'organizations', relrowsecurity: true, relforcerowsecurity: true },
      { relname: 'recovery_codes', relrowsecurity: true, relforcerowsecurity: true },
      { relname: 'refresh_tokens', relrowsecurity: true, relforcerowsecurity: true },
    ]);
  });

  test('every policy reads the tenant settings once per statement (a subquery PostgreSQL runs as an InitPlan), never once per row', async () => {
    const policies: Array<{ tablename: string; policyname: string; qual: string | null; with_check: string | null }> = await t.ds.query(
      `SELECT tablename, policyname, qual, with_check FROM pg_policies WHERE schemaname = 'public' ORDER BY tablename, policyname`,
    );
    const scoped = policies.filter((p) => /app_(organization|user)_id\(\)/.test(`${p.qual} ${p.with_check}`));
    expect(scoped.length).toBeGreaterThanOrEqual(20);
    // each call of the two settings' functions, with what surrounds it: only "( SELECT app_x_id() AS app_x_id)" passes
    const bare = scoped.flatMap((p) =>
      [p.qual, p.with_check]
        .flatMap((text) => [...(text ?? '').matchAll(/(.{0,9})app_(organization|user)_id\(\)(.{0,25})/g)])
        .filter((m) => !(/SELECT\s*$/.test(m[1]) && m[3].startsWith(` AS app_${m[2]}_id)`)))
        .map((m) => `${p.tablename}.${p.policyname}: …${m[0]}…`),
    );
    expect(bare).toEqual([]);
    // and the plan shows it: one InitPlan for the count, however many rows it filters
    const explained = await asApp(a.organizationId, `EXPLAIN SELECT count(*) FROM memberships WHERE status <> 'REMOVED'`);
    const plan = explained.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/InitPlan/);
    expect(plan).not.toMatch(/current_setting/);
  });

  test('the webhook tables: the app role may delete endpoints, never deliveries; the system role has DML', async () => {
    const grants = await t.ds.query(
      `SELECT table_name, grantee, string_agg(privilege_type, ', ' ORDER BY privilege_type) AS privileges
         FROM information_schema.role_table_grants
        WHERE table_schema = 'public' AND table_name IN ('webhook_endpoints', 'webhook_deliveries') AND grantee = ANY($1)
        GROUP BY table_name, grantee ORDER BY table_name, grantee`,
      [[APP_ROLE, SYSTEM_ROLE]],
    );
    expect(grants).toEqual([
      { table_name: 'webhook_deliveries', grantee: APP_ROLE, privileges: 'INSERT, SELECT, UPDATE' },
      { table_name: 'webhook_deliveries', grantee: SYSTEM_ROLE, privileges: 'DELETE, INSERT, SELECT, UPDATE' },
      { table_name: 'webhook_endpoints', grantee: APP_ROLE, privileges: 'DELETE, INSERT, SELECT, UPDATE' },
      { table_name: 'webhook_endpoints', grantee: SYSTEM_ROLE, privileges: 'DELETE, INSERT, SELECT, UPDATE' },
    ]);
  });

  test('the fixture has rows of both organizations in every tenant table (a new table needs a row here)', async () => {
    for (const table of tenantTables) {
      for (const org of [a.organizationId, b.organizationId]) {
        expect({ table, n: (await fingerprint(table, org)).n > 0 }).toEqual({ table, n: true });
      }
    }
  });
});

describe('as the app role', () => {
  test('with no tenant set, every tenant table reads 0 rows (also after an earlier transaction set one)', async () => {
    await asApp(a.organizationId, 'SELECT 1'); // leaves app.organization_id = '' on this connection
    for (const table of [...tenantTables, 'organizations', 'refresh_tokens', 'recovery_codes']) {
      const outside = await app.query(`SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: outside.rows[0].n }).toEqual({ table, n: 0 });
      const inside = await asApp(null, `SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: inside.rows[0]?.n, code: inside.code }).toEqual({ table, n: 0, code: undefined });
    }
  });

  test("with organization A set, B's rows cannot be read, changed, deleted or written, in every tenant table", async () => {
    const A = a.organizationId;
    const B = b.organizationId;
    for (const table of tenantTables) {
      const before = await fingerprint(table, B);
      const own = await fingerprint(table, A);
      // read: all of A's rows, none of B's, whatever the WHERE says
      expect({ table, n: (await asApp(A, `SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n }).toEqual({ table, n: own.n });
      const theirs = await asApp(A, `SELECT count(*)::int AS n FROM "${table}" WHERE organization_id = $1`, [B]);
      expect({ table, n: theirs.rows[0].n }).toEqual({ table, n: 0 });
      // change and delete: nothing matches (or the role may not do it at all)
      const update = await asApp(A, `UPDATE "${table}" SET organization_id = organization_id WHERE organization_id = $1`, [B]);
      expect({ table, changed: update.rowCount, ok: update.code === undefined || update.code === '42501' }).toEqual({
        table,
        changed: 0,
        ok: true,
      });
      const del = await asApp(A, `DELETE FROM "${table}" WHERE organization_id = $1`, [B]);
      expect({ table, deleted: del.rowCount, code: del.code }).toEqual({
        table,
        deleted: 0,
        code: MAY_DELETE.has(table) ? undefined : '42501',
      });
      // write into B: a copy of one of A's rows moved to B, and A's rows moved to B, are refused
      const copy = await asApp(
        A,
        `INSERT INTO "${table}" SELECT (jsonb_populate_record(NULL::"${table}", to_jsonb(x) || jsonb_build_object('organization_id', $1::uuid, 'id', gen_random_uuid()))).* FROM "${table}" x LIMIT 1`,
        [B],
      );
      expect({ table, inserted: copy.rowCount, code: copy.code }).toEqual({ table, inserted: 0, code: '42501' });
      const move = await asApp(A, `UPDATE "${table}" SET organization_id = $1`, [B]);
      expect({ table, moved: move.rowCount, code: move.code }).toEqual({ table, moved: 0, code: '42501' });
      // the owner sees B's rows exactly as they were, and A's too
      expect({ table, after: await fingerprint(table, B) }).toEqual({ table, after: before });
      expect({ table, after: await fingerprint(table, A) }).toEqual({ table, after: own });
    }
  });

  test("organizations: A's transaction sees its own row only, and cannot rename B", async () => {
    const A = a.organizationId;
    const B = b.organizationId;
    expect((await asApp(A, `SELECT id FROM organizations`)).rows).toEqual([{ id: A }]);
    expect((await asApp(A, `UPDATE organizations SET name = 'pwned' WHERE id = $1`, [B])).rowCount).toBe(0);
    expect((await asApp(A, `INSERT INTO organizations (id, name) VALUES (gen_random_uuid(), 'other')`)).code).toBe('42501');
    expect((await t.ds.query(`SELECT name FROM organizations WHERE id = $1`, [B]))[0].name).toBe('Bravo');
  });

  test("refresh tokens follow their session: A cannot read B's", async () => {
    const [{ n: total }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE s.organization_id = $1`,
      [a.organizationId],
    );
    const seen = await asApp(a.organizationId, `SELECT s.organization_id FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id`);
    expect(seen.rows.length).toBe(total);
    expect(new Set(seen.rows.map((r) => r.organization_id))).toEqual(new Set([a.organizationId]));
  });

  test('the tenant helpers: inTenant sees one organization, asUser only the user’s own memberships and organizations', async () => {
    const orgsIn = (rows: Array<{ organization_id: string }>) => new Set(rows.map((r) => r.organization_id));
    expect(orgsIn(await inTenant(t.appDs, a.organizationId, (em) => em.query(`SELECT organization_id FROM memberships`)))).toEqual(
      new Set([a.organizationId]),
    );
    // bMember belongs to B only: in their own scope they see their membership and B, nothing of A
    const mine = await asUser(t.appDs, bMember.userId, (em) => em.query(`SELECT organization_id, user_id FROM memberships`));
    expect(mine).toEqual([{ organization_id: b.organizationId, user_id: bMember.userId }]);
    expect(await asUser(t.appDs, bMember.userId, (em) => em.query(`SELECT id FROM organizations`))).toEqual([{ id: b.organizationId }]);
    expect(await asUser(t.appDs, bMember.userId, (em) => em.query(`SELECT count(*)::int AS n FROM credit_balances`))).toEqual([{ n: 0 }]);
    // a tenant id that is not a UUID is refused before any SQL
    await expect(inTenant(t.appDs, "x' OR true --", (em) => em.query('SELECT 1'))).rejects.toThrow(/not a tenant id/);
  });

  test('a query outside the helpers, straight on the app pool, sees no tenant rows', async () => {
    expect(await t.appDs.query(`SELECT count(*)::int AS n FROM memberships`)).toEqual([{ n: 0 }]);
    expect(await t.appDs.query(`SELECT count(*)::int AS n FROM credit_transactions`)).toEqual([{ n: 0 }]);
  });
});
