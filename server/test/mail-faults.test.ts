import { loadConfig } from '../src/config';
import { MailKind, REDACTED_BODY } from '../src/modules/mail/mail.kinds';
import { mailModule, MailModule } from '../src/modules/mail/mail.module';
import { startTestApp, TestApp } from './helpers/app';
import { signUp, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import { eventually, freePort, SmtpSink } from './helpers/smtp-sink';

/** SMTP down, up again, given up on, and a server restart: nothing lost, nothing sent twice. */

const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { member { id emailStatus } } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { emailStatus } }`;
const RESEND = `mutation($id: ID!) { resendCredentials(memberId: $id) { id emailStatus } }`;

interface Setup {
  t: TestApp;
  mail: MailModule;
  sink: SmtpSink;
  port: number;
}

const setups: Setup[] = [];

/** An app whose SMTP server (on `port`) is not started yet. */
async function appWithSmtpDown(env: Record<string, string>, startWorkers = true): Promise<Setup> {
  const port = await freePort();
  const fullEnv = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_POLL_MS: '20', MAIL_RETRY_BASE_MS: '20', ...env };
  const mail = mailModule(loadConfig({ NODE_ENV: 'test', ...fullEnv }), () => undefined);
  const t = await startTestApp({ env: fullEnv, modules: [mail], notifier: mail.notifier, startWorkers });
  const setup = { t, mail, sink: new SmtpSink(), port };
  setups.push(setup);
  return setup;
}

afterAll(async () => {
  for (const s of setups) {
    await s.t.stop();
    await s.sink.stop();
  }
});

async function addMember(t: TestApp) {
  const owner = await signUp(t);
  const email = uniqueEmail('new');
  const r = await t.ok(ADD, { input: { name: 'Nina New', email, temporaryPassword: TEMP_PASSWORD } }, owner.token);
  return { owner, email, id: r.addMember.member.id as string };
}

const rowsOf = (t: TestApp, membershipId: string) =>
  t.ds.query(`SELECT * FROM email_outbox WHERE membership_id = $1 ORDER BY created_at`, [membershipId]);

test('SMTP down, then up: the email is retried with the error recorded, then sent exactly once; emailStatus PENDING → SENT', async () => {
  const { t, sink, port } = await appWithSmtpDown({ MAIL_MAX_ATTEMPTS: '100' });
  const { owner, email, id } = await addMember(t);

  const [retrying] = await eventually(async () => {
    const rows = await rowsOf(t, id);
    return rows[0]?.attempts >= 3 && rows;
  }, 10_000, 'failed attempts');
  expect(retrying.status).toBe('PENDING');
  expect(retrying.last_error).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
  expect(retrying.text).toContain(TEMP_PASSWORD); // still needed: not sent yet
  expect((await t.ok(MEMBER, { id }, owner.token)).member.emailStatus).toBe('PENDING');

  await sink.start(port);
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
  const [row] = await rowsOf(t, id);
  expect(row).toMatchObject({ status: 'SENT', last_error: null, text: REDACTED_BODY });
  expect(row.attempts).toBeGreaterThan(3);
  // give the workers time to (wrongly) send it again, then count
  await new Promise((r) => setTimeout(r, 300));
  expect(sink.to(email)).toHaveLength(1);
  expect(sink.to(email)[0].text).toContain(TEMP_PASSWORD);
});

test('after MAIL_MAX_ATTEMPTS the email is FAILED with the last error and no password; a resend once SMTP is back delivers', async () => {
  const { t, sink, port } = await appWithSmtpDown({ MAIL_MAX_ATTEMPTS: '2' });
  const { owner, email, id } = await addMember(t);

  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member.emailStatus === 'FAILED', 10_000, 'emailStatus FAILED');
  const [failed] = await rowsOf(t, id);
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, text: REDACTED_BODY, html: REDACTED_BODY, sent_at: null });
  expect(failed.last_error).toMatch(/ECONNREFUSED|ESOCKET|connect/i);

  await sink.start(port);
  const resent = await t.ok(RESEND, { id }, owner.token);
  expect(resent.resendCredentials.emailStatus).toBe('PENDING');
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
  expect(sink.to(email)).toHaveLength(1);
  expect(sink.to(email)[0].kind).toBe(MailKind.CredentialsReissued);
  const rows = await rowsOf(t, id);
  expect(rows.map((r: { status: string }) => r.status)).toEqual(['FAILED', 'SENT']);
});

test('an email committed while no worker runs is sent when the server starts again', async () => {
  const setup = await appWithSmtpDown({}, false);
  const { t, sink, port, mail } = setup;
  await sink.start(port);
  const { owner, email, id } = await addMember(t);
  await new Promise((r) => setTimeout(r, 200));
  expect(sink.received).toHaveLength(0);
  expect((await rowsOf(t, id))[0]).toMatchObject({ status: 'PENDING', attempts: 0 });

  await mail.start!(t.running.deps); // the restart
  await eventually(() => sink.to(email).length === 1, 10_000, 'the email after restart');
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
});
