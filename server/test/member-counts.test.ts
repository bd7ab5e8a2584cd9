/**
 * The counters behind the members page's totalCount (migration MemberCounts, issue 11): kept
 * by statement triggers in the transaction of each membership change, so they always equal a
 * count of the memberships, by role and status, whatever the path (add, role change, suspend,
 * remove, leave, a rolled-back change, parallel adds), and an organization sees only its own.
 */
import { Client } from 'pg';
import { startTestApp } from './helpers/app';
import type { TestApp } from './helpers/app';
import { addSignedInMember, callerOf, signUp, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import type { Session } from './helpers/fixtures';
import { APP_ROLE, roleUrl } from '../src/db/roles';
import { inTenant } from '../src/common/tenant';
import type { Role } from '@orgpulse/shared';

let t: TestApp;
let a: Session;
let b: Session;

beforeAll(async () => {
  t = await startTestApp({ startWorkers: false });
  a = await signUp(t, { organizationName: 'Counted A' });
  b = await signUp(t, { organizationName: 'Counted B' });
});

afterAll(async () => {
  await t?.stop();
});

/** The counters of an organization beside a count of its memberships, both by role and status (read by the owner). */
async function countersAndTruth(org: string) {
  const counters = await t.ds.query(
    `SELECT role, status, n FROM member_counts WHERE organization_id = $1 AND n > 0 ORDER BY role, status`,
    [org],
  );
  const truth = await t.ds.query(
    `SELECT role, status, count(*)::int AS n FROM memberships WHERE organization_id = $1 GROUP BY 1, 2 ORDER BY role, status`,
    [org],
  );
  return { counters, truth };
}

const add = (s: Session, role: Role, name: string) =>
  t.running.services.members.add(callerOf(s, 'OWNER'), {
    name,
    email: uniqueEmail(name.replace(/\W/g, '').toLowerCase()),
    temporaryPassword: TEMP_PASSWORD,
    role,
    sendEmail: false,
  });

const total = async (s: Session, filter: { role?: Role; status?: 'ACTIVE' | 'SUSPENDED' | 'REMOVED'; search?: string } = {}) =>
  (await t.running.services.members.list(callerOf(s, 'OWNER'), { first: 1, ...filter })).totalCount;

test('the counters follow every membership change, and totalCount reads them for each role and status filter', async () => {
  const added = [];
  for (const [i, role] of (['MEMBER', 'MEMBER', 'ADMIN', 'GUEST', 'GUEST', 'MEMBER'] as Role[]).entries())
    added.push((await add(a, role, `Counted ${i}`)).member);
  const owner = callerOf(a, 'OWNER');
  await t.running.services.members.updateRole(owner, added[0].id, 'ADMIN');
  await t.running.services.members.suspend(owner, added[1].id);
  await t.running.services.members.remove(owner, added[3].id);
  await t.running.services.members.suspend(owner, added[4].id);
  await t.running.services.members.reactivate(owner, added[4].id);
  const leaver = await addSignedInMember(t, a, 'MEMBER', 'Leaving Lee');
  await t.running.services.members.leave(callerOf(leaver, 'MEMBER'));

  const { counters, truth } = await countersAndTruth(a.organizationId);
  expect(counters).toEqual(truth);
  expect(truth).toEqual([
    { role: 'ADMIN', status: 'ACTIVE', n: 2 },
    { role: 'GUEST', status: 'ACTIVE', n: 1 },
    { role: 'GUEST', status: 'REMOVED', n: 1 },
    { role: 'MEMBER', status: 'ACTIVE', n: 1 },
    { role: 'MEMBER', status: 'REMOVED', n: 1 },
    { role: 'MEMBER', status: 'SUSPENDED', n: 1 },
    { role: 'OWNER', status: 'ACTIVE', n: 1 },
  ]);
  // the page's count: everyone but the removed by default; the filters as asked; a search still counts rows
  expect(await total(a)).toBe(6);
  expect(await total(a, { role: 'ADMIN' })).toBe(2);
  expect(await total(a, { status: 'REMOVED' })).toBe(2);
  expect(await total(a, { role: 'MEMBER', status: 'SUSPENDED' })).toBe(1);
  expect(await total(a, { role: 'GUEST', status: 'SUSPENDED' })).toBe(0);
  expect(await total(a, { search: 'counted' })).toBe(5); // six added, one removed
  // the other organization's counters did not move
  expect((await countersAndTruth(b.organizationId)).counters).toEqual([{ role: 'OWNER', status: 'ACTIVE', n: 1 }]);
});

test('parallel adds and role changes in one organization: the counters still equal the memberships', async () => {
  const s = await signUp(t, { organizationName: 'Counted Parallel' });
  const members = await Promise.all(Array.from({ length: 12 }, (_, i) => add(s, i % 3 ? 'MEMBER' : 'GUEST', `Parallel ${i}`)));
  const owner = callerOf(s, 'OWNER');
  await Promise.all(
    members.map(({ member }, i) =>
      i % 2
        ? t.running.services.members.updateRole(owner, member.id, member.role === 'GUEST' ? 'MEMBER' : 'GUEST')
        : t.running.services.members.suspend(owner, member.id),
    ),
  );
  const { counters, truth } = await countersAndTruth(s.organizationId);
  expect(counters).toEqual(truth);
  expect(truth.reduce((n: number, r: { n: number }) => n + r.n, 0)).toBe(13);
  expect(await total(s)).toBe(13);
});

test('a membership change that rolls back leaves the counters as they were', async () => {
  const before = await countersAndTruth(a.organizationId);
  await expect(
    inTenant(t.ds, a.organizationId, async (em) => {
      const changed = await em.query(
        `UPDATE memberships SET status = 'SUSPENDED' WHERE role <> 'OWNER' AND status = 'ACTIVE' RETURNING id`,
      );
      expect(changed.length).toBeGreaterThan(0);
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect(await countersAndTruth(a.organizationId)).toEqual(before);
  expect(before.counters).toEqual(before.truth);
});

test('as the app role: an organization reads only its own counters, and cannot write them', async () => {
  const app = new Client({ connectionString: roleUrl(t.config.databaseUrl!, APP_ROLE) });
  await app.connect();
  try {
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [a.organizationId]);
    const { rows } = await app.query(`SELECT DISTINCT organization_id FROM member_counts`);
    expect(rows).toEqual([{ organization_id: a.organizationId }]);
    const write = await app
      .query(`INSERT INTO member_counts (organization_id, role, status, n) VALUES ($1, 'MEMBER', 'ACTIVE', 100)`, [b.organizationId])
      .then(
        () => 'written',
        (err: { code?: string }) => err.code,
      );
    expect(write).toBe('42501'); // row-level security: another organization's row
    await app.query('ROLLBACK');
    // with no tenant set: nothing
    expect((await app.query(`SELECT count(*)::int AS n FROM member_counts`)).rows).toEqual([{ n: 0 }]);
  } finally {
    await app.end();
  }
});
