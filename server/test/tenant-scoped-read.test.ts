/**
 * scopedRead (common/tenant.ts): the tenant setting and a read in one simple-protocol message,
 * one implicit transaction. The setting never outlives the message: a connection that served
 * organization A next serves a read with no tenant, or organization B, with none of A's rows;
 * after a failed read too. Values are inlined as literals, never as SQL.
 */
import { createDataSource } from '../src/db/data-source';
import type { DataSource } from 'typeorm';
import { APP_ROLE, roleUrl } from '../src/db/roles';
import { inlineParams, scopedRead, scopedReads } from '../src/common/tenant';
import { startTestApp } from './helpers/app';
import type { TestApp } from './helpers/app';
import { signUp } from './helpers/fixtures';
import type { Session } from './helpers/fixtures';

let t: TestApp;
let one: DataSource; // the app role on ONE pooled connection: every read below reuses it
let a: Session;
let b: Session;

beforeAll(async () => {
  t = await startTestApp();
  one = createDataSource({ url: roleUrl(t.config.databaseUrl!, APP_ROLE), poolSize: 1 });
  await one.initialize();
  a = await signUp(t, { organizationName: 'Alpha' });
  b = await signUp(t, { organizationName: 'Bravo' });
});

afterAll(async () => {
  await one?.destroy();
  await t?.stop();
});

const MEMBERS = `SELECT organization_id FROM memberships`;
const SETTING = `SELECT current_setting('app.organization_id', true) AS org`;

describe('scopedRead', () => {
  test("sees only the scope's rows, and the connection keeps no tenant after it", async () => {
    const [pid] = await one.query('SELECT pg_backend_pid() AS pid');
    const rows = await scopedRead<{ organization_id: string }>(one, { organizationId: a.organizationId }, MEMBERS);
    expect(rows.map((r) => r.organization_id)).toEqual([a.organizationId]);
    // the same connection, nothing set: no tenant, no rows
    expect(await one.query('SELECT pg_backend_pid() AS pid')).toEqual([pid]);
    expect(await one.query(SETTING)).toEqual([{ org: '' }]);
    expect(await one.query(MEMBERS)).toEqual([]);
    // the same connection for B: only B's
    const other = await scopedRead<{ organization_id: string }>(one, { organizationId: b.organizationId }, MEMBERS);
    expect(other.map((r) => r.organization_id)).toEqual([b.organizationId]);
    expect(await one.query(SETTING)).toEqual([{ org: '' }]);
  });

  test('a read that fails leaves no tenant on the connection', async () => {
    await expect(
      scopedRead(one, { organizationId: a.organizationId }, `SELECT 1 / (SELECT count(*) - count(*) FROM memberships)`),
    ).rejects.toThrow(/division by zero/);
    // (pg-pool drops a connection whose query failed: unset on a new one, '' on a reused one)
    const [{ org }] = await one.query(SETTING);
    expect(['', null]).toContain(org);
    expect(await one.query(MEMBERS)).toEqual([]);
  });

  test('no scope reads nothing; several statements share one scope and one round trip', async () => {
    expect(await scopedRead(one, { organizationId: null }, MEMBERS)).toEqual([]);
    let sent = 0;
    const logQuery = one.logger.logQuery.bind(one.logger);
    one.logger.logQuery = (...args) => {
      sent++;
      return logQuery(...args);
    };
    try {
      const [members, orgs] = await scopedReads(one, { organizationId: b.organizationId }, [
        [MEMBERS, []],
        [`SELECT id FROM organizations WHERE id = ANY($1::uuid[])`, [[a.organizationId, b.organizationId]]],
      ]);
      expect(members).toEqual([{ organization_id: b.organizationId }]);
      expect(orgs).toEqual([{ id: b.organizationId }]);
    } finally {
      one.logger.logQuery = logQuery;
    }
    expect(sent).toBe(1);
  });

  test('statements marked last go after all others of the message, in the order of their keys, each in its own scope', async () => {
    const texts: string[] = [];
    const logQuery = one.logger.logQuery.bind(one.logger);
    one.logger.logQuery = (...args) => {
      texts.push(String(args[0]));
      return logQuery(...args);
    };
    try {
      const marked = (n: number) => `SELECT ${n} AS n, current_setting('app.organization_id', true) AS org`;
      const [z, plainA, y, plainB] = await Promise.all([
        scopedRead<{ n: number; org: string }>(one, { organizationId: b.organizationId }, marked(3), [], { last: 'z' }),
        scopedRead<{ organization_id: string }>(one, { organizationId: a.organizationId }, MEMBERS),
        scopedRead<{ n: number; org: string }>(one, { organizationId: a.organizationId }, marked(2), [], { last: 'y', prepared: true }),
        scopedRead<{ organization_id: string }>(one, { organizationId: b.organizationId }, MEMBERS),
      ]);
      // one message (and the PREPARE of y's statement, once on this connection)
      const messages = texts.filter((text) => !text.startsWith('PREPARE'));
      expect(messages).toHaveLength(1);
      // each answered with its own rows and in its own scope
      expect(z).toEqual([{ n: 3, org: b.organizationId }]);
      expect(y).toEqual([{ n: 2, org: a.organizationId }]);
      expect(plainA.map((r) => r.organization_id)).toEqual([a.organizationId]);
      expect(plainB.map((r) => r.organization_id)).toEqual([b.organizationId]);
      // the plain reads first, then y (key "y") before z (key "z"), though asked for in the other order
      const at = (needle: string) => messages[0].indexOf(needle);
      expect(at('EXECUTE')).toBeGreaterThan(messages[0].lastIndexOf(MEMBERS));
      expect(at('SELECT 3 AS n')).toBeGreaterThan(at('EXECUTE'));
    } finally {
      one.logger.logQuery = logQuery;
    }
  });

  test('reads of one turn share one message, each statement in its own scope; a failing one fails alone', async () => {
    let sent = 0;
    const logQuery = one.logger.logQuery.bind(one.logger);
    one.logger.logQuery = (...args) => {
      sent++;
      return logQuery(...args);
    };
    try {
      const orgsOf = `SELECT o.id FROM organizations o JOIN memberships m ON m.organization_id = o.id`;
      // A, B, A's user (their own organizations) and no scope, interleaved: one round trip
      const [ofA, ofB, ofUserA, ofNone, settingB, ofA2] = await Promise.all([
        scopedRead<{ organization_id: string }>(one, { organizationId: a.organizationId }, MEMBERS),
        scopedRead<{ organization_id: string }>(one, { organizationId: b.organizationId }, MEMBERS),
        scopedRead<{ id: string }>(one, { userId: a.userId }, orgsOf),
        scopedRead(one, { organizationId: null }, MEMBERS),
        scopedRead<{ org: string }>(one, { organizationId: b.organizationId }, SETTING),
        scopedRead<{ organization_id: string }>(one, { organizationId: a.organizationId }, MEMBERS),
      ]);
      expect(sent).toBe(1);
      expect(ofA.map((r) => r.organization_id)).toEqual([a.organizationId]);
      expect(ofA2).toEqual(ofA);
      expect(ofB.map((r) => r.organization_id)).toEqual([b.organizationId]);
      expect(ofUserA.map((r) => r.id)).toEqual([a.organizationId]);
      expect(ofNone).toEqual([]);
      expect(settingB).toEqual([{ org: b.organizationId }]);
      expect(await one.query(SETTING)).toEqual([{ org: '' }]);

      // a division by zero in B's read: B's caller gets the error, A's read its rows
      sent = 0;
      const [okA, failedB] = await Promise.allSettled([
        scopedRead<{ organization_id: string }>(one, { organizationId: a.organizationId }, MEMBERS),
        scopedRead(one, { organizationId: b.organizationId }, `SELECT 1 / (SELECT count(*) - count(*) FROM memberships)`),
      ]);
      expect(okA).toEqual({ status: 'fulfilled', value: [{ organization_id: a.organizationId }] });
      expect(failedB).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/division by zero/) } });
      expect(sent).toBe(3); // together, then each alone
    } finally {
      one.logger.logQuery = logQuery;
    }
    const [{ org }] = await one.query(SETTING);
    expect(['', null]).toContain(org);
  });

  test('values are literals, never SQL: quotes, backslashes, $1 and semicolons in a value stay data', async () => {
    const nasty = [
      `x' OR true; --`,
      `\\' OR 1=1 --`,
      `$1`,
      `'; SELECT set_config('app.organization_id', '${b.organizationId}', false); --`,
    ];
    for (const v of nasty) {
      const [row] = await scopedRead<{ v: string; n: number }>(
        one,
        { organizationId: a.organizationId },
        `SELECT $1::text AS v, (SELECT count(*)::int FROM memberships WHERE organization_id::text = $1 OR $2::boolean) AS n`,
        [v, false],
      );
      expect(row).toEqual({ v, n: 0 });
    }
    expect(await one.query(SETTING)).toEqual([{ org: '' }]);
    // types as node-postgres sends them: arrays, dates, numbers, null
    const at = new Date('2026-01-02T03:04:05.678Z');
    const [row] = await scopedRead(
      one,
      { organizationId: a.organizationId },
      `SELECT $1::text[] AS arr, $2::timestamptz AS at, $3::int + 1 AS n, $4::text AS nothing`,
      [['a', 'b"c', "d'e"], at, 41, null],
    );
    expect(row).toEqual({ arr: ['a', 'b"c', "d'e"], at, n: 42, nothing: null });
    // quoted text of the statement itself is left alone
    expect(inlineParams(`SELECT '$1' AS a, "$2" AS b, $1 AS c`, ['x'])).toBe(`SELECT '$1' AS a, "$2" AS b, 'x' AS c`);
  });

  test('refused: a second statement, transaction control, a NUL, a missing value, a scope that is not an id', async () => {
    const org = { organizationId: a.organizationId };
    await expect(scopedRead(one, org, `SELECT 1; COMMIT`)).rejects.toThrow(/one SELECT/);
    await expect(scopedRead(one, org, `COMMIT`)).rejects.toThrow(/one SELECT/);
    await expect(scopedRead(one, org, `UPDATE memberships SET role = role`)).rejects.toThrow(/one SELECT/);
    await expect(scopedRead(one, org, `SELECT $1::text`, ['a\0b'])).rejects.toThrow(/NUL/);
    await expect(scopedRead(one, org, `SELECT $2::text`, ['a'])).rejects.toThrow(/no value for \$2/);
    await expect(scopedRead(one, { organizationId: `x', true); SELECT ('` }, MEMBERS)).rejects.toThrow(/not a tenant id/);
  });

  describe('prepared reads (EXECUTE of a statement prepared once per connection, generic plan)', () => {
    const BY_ORG = `SELECT organization_id, role FROM memberships WHERE organization_id = $1 AND role = $2`;
    const prepared = { prepared: true };

    test('the same answers as a plain read, each scope only its own rows, on one connection and one cached plan', async () => {
      const [pid] = await one.query('SELECT pg_backend_pid() AS pid');
      for (let i = 0; i < 7; i++) {
        // past PostgreSQL's five custom plans: the generic one is what runs now
        for (const s of [a, b]) {
          const mine = await scopedRead(one, { organizationId: s.organizationId }, BY_ORG, [s.organizationId, 'OWNER'], prepared);
          expect(mine).toEqual(await scopedRead(one, { organizationId: s.organizationId }, BY_ORG, [s.organizationId, 'OWNER']));
          expect(mine).toEqual([{ organization_id: s.organizationId, role: 'OWNER' }]);
          // asking for the other organization's id in this scope: row-level security still answers nothing
          const other = s === a ? b : a;
          expect(await scopedRead(one, { organizationId: s.organizationId }, BY_ORG, [other.organizationId, 'OWNER'], prepared)).toEqual(
            [],
          );
        }
      }
      expect(await one.query('SELECT pg_backend_pid() AS pid')).toEqual([pid]);
      const statements = await one.query(`SELECT name, generic_plans FROM pg_prepared_statements WHERE name LIKE 'orgpulse_read_%'`);
      expect(statements).toHaveLength(1);
      expect(Number(statements[0].generic_plans)).toBeGreaterThanOrEqual(14);
      // and the connection keeps no tenant, nor the plan setting, after the message
      expect(
        await one.query(`SELECT current_setting('app.organization_id', true) AS org, current_setting('plan_cache_mode') AS mode`),
      ).toEqual([{ org: '', mode: 'auto' }]);
    });

    test('without JIT, plain or prepared (a generic plan guesses its rows: the dashboard totals were compiled for ~100 ms a run); the connection keeps its own setting', async () => {
      const org = { organizationId: a.organizationId };
      const [own] = await one.query(`SELECT current_setting('jit') AS jit`);
      const JIT = `SELECT current_setting('jit') AS jit, $1::text AS v`;
      expect(await scopedRead(one, org, JIT, ['x'])).toEqual([{ jit: 'off', v: 'x' }]);
      for (let i = 0; i < 7; i++) expect(await scopedRead(one, org, JIT, [String(i)], prepared)).toEqual([{ jit: 'off', v: String(i) }]);
      expect(await one.query(`SELECT current_setting('jit') AS jit`)).toEqual([own]);
    });

    test('values stay data; the checks of any scoped read apply; a connection that lost its statements prepares them again', async () => {
      const org = { organizationId: a.organizationId };
      expect(await scopedRead(one, org, BY_ORG, [`'); DROP TABLE memberships; --`, 'OWNER'], prepared).catch((e) => e.code)).toBe('22P02');
      await expect(scopedRead(one, org, `SELECT 1; COMMIT`, [], prepared)).rejects.toThrow(/one SELECT/);
      await expect(scopedRead(one, org, `SELECT $1::text`, ['a\0b'], prepared)).rejects.toThrow(/NUL/);
      await one.query('DEALLOCATE ALL');
      expect(await scopedRead(one, org, BY_ORG, [a.organizationId, 'OWNER'], prepared)).toEqual([
        { organization_id: a.organizationId, role: 'OWNER' },
      ]);
      expect(await one.query(`SELECT count(*)::int AS n FROM memberships`)).toEqual([{ n: 0 }]);
    });
  });
});
