import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';
import { OutboxBillingNotifier } from '../src/modules/mail/mail.notifier';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const BALANCE = graphql(`
  query TeamRunway {
    organization {
      creditBalance {
        balance
        runway {
          burnPerDay
          basisDays
          days
        }
      }
    }
  }
`);
const VIEWER_BALANCE = graphql(`
  query TeamViewerRunway {
    viewer {
      organization {
        creditBalance {
          runway {
            burnPerDay
            basisDays
            days
          }
        }
      }
    }
  }
`);

const NO_RESOURCE = '00000000-0000-0000-0000-000000000000';

/** Makes the organization `age` days old and adds rollup rows `daysAgo` UTC days back (as spends of the owner). */
async function backdate(orgId: string, memberId: string, age: number, spends: Array<[daysAgo: number, micros: bigint]>) {
  await t.ds.query(`UPDATE organizations SET created_at = now() - make_interval(days => $2) - interval '1 hour' WHERE id = $1`, [
    orgId,
    age,
  ]);
  for (const [daysAgo, micros] of spends) {
    await t.ds.query(
      `INSERT INTO usage_daily (organization_id, day, membership_id, resource_id, operation, credits, count)
       VALUES ($1, (now() AT TIME ZONE 'UTC')::date - $3::int, $2, $4, 'old', $5, 1)`,
      [orgId, memberId, daysAgo, NO_RESOURCE, micros.toString()],
    );
    // the runway reads the per-operation day rollup (usage_by_operation), the dashboard's
    await t.ds.query(
      `INSERT INTO usage_by_operation (organization_id, hourly, period_start, operation, credits, count)
       VALUES ($1, false, ((now() AT TIME ZONE 'UTC')::date - $2::int)::timestamp AT TIME ZONE 'UTC', 'old', $3, 1)`,
      [orgId, daysAgo, micros.toString()],
    );
  }
}

describe('CreditBalance.runway', () => {
  test('every role sees it; a new organization that spent nothing has no days', async () => {
    const o = await orgWithRoles(t);
    await topUp(t, o.owner.token, '50');
    for (const s of [o.owner, o.admin, o.member, o.guest]) {
      expect((await t.ok(BALANCE, {}, s.token)).organization.creditBalance.runway).toEqual({ burnPerDay: '0', basisDays: 1, days: null });
    }
  });

  test('a young organization: the basis is the days it has existed, from the daily rollups', async () => {
    const o = await orgWithRoles(t);
    await topUp(t, o.owner.token, '100');
    await t.ok(SPEND, { i: { operation: 'chat', credits: '6', resourceId: null, idempotencyKey: key() } }, o.member.token);
    await t.ok(SPEND, { i: { operation: 'chat', credits: '4', resourceId: null, idempotencyKey: key() } }, o.owner.token);
    // created today: 1 day; 90 left at 10 a day
    for (const s of [o.owner, o.admin, o.member, o.guest]) {
      expect((await t.ok(BALANCE, {}, s.token)).organization.creditBalance).toEqual({
        balance: '90',
        runway: { burnPerDay: '10', basisDays: 1, days: 9 },
      });
    }
    // three days old, spent 5 more two days ago: (10 + 5) / 3 = 5 a day, 90 / 5 = 18 days
    await backdate(o.owner.organizationId, o.owner.memberId, 3, [[2, 5_000_000n]]);
    expect((await t.ok(BALANCE, {}, o.guest.token)).organization.creditBalance.runway).toEqual({ burnPerDay: '5', basisDays: 3, days: 18 });
  });

  test('an older organization: the last 7 UTC days only, burn rounded down to 6 decimals, days a float', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '100');
    // 7 credits today, 3.000001 six days ago (in), 1000 seven days ago and 50 thirty days ago (out)
    await t.ok(SPEND, { i: { operation: 'chat', credits: '7', resourceId: null, idempotencyKey: key() } }, owner.token);
    await backdate(owner.organizationId, owner.memberId, 40, [
      [6, 3_000_001n],
      [7, 1_000_000_000n],
      [30, 50_000_000n],
    ]);
    const r = (await t.ok(BALANCE, {}, owner.token)).organization.creditBalance.runway!;
    // 10.000001 / 7 = 1.428571571… -> 1.428571
    expect(r.burnPerDay).toBe('1.428571');
    expect(r.basisDays).toBe(7);
    // 93 / (10.000001 / 7)
    expect(r.days).toBeCloseTo((93 * 7) / 10.000001, 4);
    // the organization's own balance through viewer too
    expect((await t.ok(VIEWER_BALANCE, {}, owner.token)).viewer.organization.creditBalance.runway).toEqual(r);
  });

  test("another organization's spending never counts", async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await topUp(t, a.token, '10');
    await topUp(t, b.token, '10');
    await t.ok(SPEND, { i: { operation: 'chat', credits: '2', resourceId: null, idempotencyKey: key() } }, a.token);
    expect((await t.ok(BALANCE, {}, a.token)).organization.creditBalance.runway).toEqual({ burnPerDay: '2', basisDays: 1, days: 4 });
    expect((await t.ok(BALANCE, {}, b.token)).organization.creditBalance.runway).toEqual({ burnPerDay: '0', basisDays: 1, days: null });
  });

  test('the low-balance email states the runway', async () => {
    const owner = await signUp(t);
    await topUp(t, owner.token, '100');
    await t.ok(SPEND, { i: { operation: 'chat', credits: '8', resourceId: null, idempotencyKey: key() } }, owner.token);
    const notifier = new OutboxBillingNotifier('https://orgpulse.example.test');
    await t.ds.transaction((em) =>
      notifier.lowBalanceCrossed(em, { organizationId: owner.organizationId, balanceMicros: 92_000_000n, thresholdMicros: 100_000_000n }),
    );
    const [mail] = await t.ds.query(`SELECT text FROM email_outbox WHERE organization_id = $1 AND kind = 'billing.low_balance'`, [
      owner.organizationId,
    ]);
    expect(mail.text).toContain("At this rate the balance lasts about 11 days at today's rate (8 credits a day).");
  });
});
