import { loadConfig } from '../src/config';
import { mailModule } from '../src/modules/mail/mail.module';
import { AccessReviewJob } from '../src/modules/review/review.job';
import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles } from './helpers/fixtures';
import { eventually, SmtpSink } from './helpers/smtp-sink';

const APP_URL = 'https://orgpulse.example.test';
const DAY = 86_400_000;

const SET_WEEKLY = graphql(`
  mutation TeamReviewEmailSetWeekly($on: Boolean!) {
    setWeeklyAccessReviewEmail(enabled: $on) {
      id
    }
  }
`);

let sink: SmtpSink;
let t: TestApp;
let job: AccessReviewJob;

beforeAll(async () => {
  sink = await new SmtpSink().start();
  const env = { SMTP_URL: sink.url, APP_URL, MAIL_POLL_MS: '20', MAIL_RETRY_BASE_MS: '20' };
  const mail = mailModule(loadConfig({ NODE_ENV: 'test', ...env }), () => undefined);
  t = await startTestApp({ env, modules: [mail], notifier: mail.notifier });
  // the job as each node runs it: on the system role's pool; the test drives its clock
  job = new AccessReviewJob(t.systemDs, APP_URL);
});
afterAll(async () => {
  await t.stop();
  await sink.stop();
});

/** An organization with an owner, an admin, a member idle for 45 days and an opted-in (or not) weekly email. */
async function reviewedOrg(optIn: boolean) {
  const org = await orgWithRoles(t);
  await t.ds.query(
    `UPDATE memberships SET last_active_at = now() - interval '45 days', created_at = now() - interval '60 days' WHERE id = $1`,
    [org.member.memberId],
  );
  if (optIn) await t.ok(SET_WEEKLY, { on: true }, org.admin.token);
  const emails = await t.ds.query(
    `SELECT u.email, m.id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = $1 AND m.role IN ('OWNER', 'ADMIN')`,
    [org.owner.organizationId],
  );
  return { ...org, managerEmails: emails.map((e: { email: string }) => e.email).sort() as string[] };
}

const outboxOf = (organizationId: string) =>
  t.ds.query(`SELECT "to", kind FROM email_outbox WHERE organization_id = $1 AND kind = 'review.weekly' ORDER BY "to"`, [organizationId]);

test('an opted-in organization’s owners and admins get the review over SMTP, once a week; others get nothing', async () => {
  const on = await reviewedOrg(true);
  const off = await reviewedOrg(false);
  const now = new Date(Date.now() + 60_000);

  await job.tick(now);
  expect((await outboxOf(on.owner.organizationId)).map((r: { to: string }) => r.to)).toEqual(on.managerEmails);
  expect(await outboxOf(off.owner.organizationId)).toEqual([]);

  const [ownerMail] = await eventually(
    () => {
      const got = sink.to(on.owner.email).filter((m) => m.kind === 'review.weekly');
      return got.length > 0 && got;
    },
    10_000,
    'the weekly review email',
  );
  expect(ownerMail.kind).toBe('review.weekly');
  expect(ownerMail.subject).toMatch(/^Weekly access review for Acme AI: \d+ items to check$/);
  expect(ownerMail.text).toContain('Members with no activity in 30 days (1):');
  expect(ownerMail.text).toContain('Max Member <');
  expect(ownerMail.text).toMatch(/Owners and admins without a second factor \(2\):/);
  expect(ownerMail.text).toContain(`${APP_URL}/members`);
  expect(ownerMail.html).toContain('Max Member &lt;');
  expect(sink.to(off.owner.email).filter((m) => m.kind === 'review.weekly')).toEqual([]);

  // the same week again: nothing; a week later: the next review
  await job.tick(new Date(now.getTime() + 3 * DAY));
  expect(await outboxOf(on.owner.organizationId)).toHaveLength(2);
  await job.tick(new Date(now.getTime() + 7 * DAY + 1000));
  expect(await outboxOf(on.owner.organizationId)).toHaveLength(4);
});

test('turned off: no email, and turning it on again within the week does not send a second one', async () => {
  const org = await reviewedOrg(true);
  const now = new Date(Date.now() + 60_000);
  await job.tick(now);
  expect(await outboxOf(org.owner.organizationId)).toHaveLength(2);
  await t.ok(SET_WEEKLY, { on: false }, org.owner.token);
  await job.tick(new Date(now.getTime() + 8 * DAY));
  expect(await outboxOf(org.owner.organizationId)).toHaveLength(2);
  await t.ok(SET_WEEKLY, { on: true }, org.owner.token);
  await job.tick(new Date(now.getTime() + 8 * DAY));
  // the week that passed while it was off is over: the review goes with this tick, once
  expect(await outboxOf(org.owner.organizationId)).toHaveLength(4);
  await t.ok(SET_WEEKLY, { on: false }, org.owner.token);
  await t.ok(SET_WEEKLY, { on: true }, org.owner.token);
  await job.tick(new Date(now.getTime() + 9 * DAY));
  expect(await outboxOf(org.owner.organizationId)).toHaveLength(4);
});

test('several nodes ticking at once queue each review once', async () => {
  const orgs = await Promise.all([reviewedOrg(true), reviewedOrg(true), reviewedOrg(true)]);
  const now = new Date(Date.now() + 60_000);
  const nodes = [
    job,
    new AccessReviewJob(t.systemDs, APP_URL),
    new AccessReviewJob(t.systemDs, APP_URL),
    new AccessReviewJob(t.systemDs, APP_URL),
  ];
  const queued = await Promise.all(nodes.map((n) => n.tick(now)));
  for (const o of orgs) expect(await outboxOf(o.owner.organizationId)).toHaveLength(2);
  expect(queued.reduce((a, b) => a + b, 0)).toBe(6);
});
