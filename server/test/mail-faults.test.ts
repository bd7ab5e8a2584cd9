import { loadConfig } from '../src/config';
import { MailKind, REDACTED_BODY } from '../src/modules/mail/mail.kinds';
import { mailModule, MailModule } from '../src/modules/mail/mail.module';
import { startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { addSignedInMember, Session, signUp, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';
import { eventually, freePort, SmtpSink } from './helpers/smtp-sink';

/** SMTP down, up again, given up on, and a server restart: nothing lost, nothing sent twice. */

const ADD = graphql(`
  mutation MailFaultsAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
        emailStatus
      }
    }
  }
`);
const MEMBER = graphql(`
  query MailFaultsMember2($id: ID!) {
    member(id: $id) {
      emailStatus
    }
  }
`);
const RESEND = graphql(`
  mutation MailFaultsResendCredentials($id: ID!) {
    resendCredentials(memberId: $id) {
      id
      emailStatus
    }
  }
`);
const EMAIL_ERROR = graphql(`
  query MailFaultsMember($id: ID!) {
    member(id: $id) {
      emailStatus
      emailError
    }
  }
`);

const emailErrorOf = async (t: TestApp, id: string, s: Session) =>
  (await t.ok(EMAIL_ERROR, { id }, s.token)).member!.emailError as string | null;

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

  const [retrying] = await eventually(
    async () => {
      const rows = await rowsOf(t, id);
      return rows[0]?.attempts >= 3 && rows;
    },
    10_000,
    'failed attempts',
  );
  expect(retrying.status).toBe('PENDING');
  expect(retrying.last_error).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
  expect(retrying.text).toContain(TEMP_PASSWORD); // still needed: not sent yet
  expect((await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus).toBe('PENDING');

  await sink.start(port);
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
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

  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus === 'FAILED', 10_000, 'emailStatus FAILED');
  const [failed] = await rowsOf(t, id);
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 2, text: REDACTED_BODY, html: REDACTED_BODY, sent_at: null });
  expect(failed.last_error).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
  expect(await emailErrorOf(t, id, owner)).toBe(failed.last_error);

  await sink.start(port);
  const resent = await t.ok(RESEND, { id }, owner.token);
  expect(resent.resendCredentials.emailStatus).toBe('PENDING');
  expect(await emailErrorOf(t, id, owner)).toBeNull(); // the new email speaks for the member now
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
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
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
});

test("emailError: the mail server's last error shows to owners and admins (null to members and guests) and clears once sent", async () => {
  const { t, sink, port } = await appWithSmtpDown({ MAIL_MAX_ATTEMPTS: '100' });
  const { owner, id } = await addMember(t);
  const admin = await addSignedInMember(t, owner, 'ADMIN');
  const member = await addSignedInMember(t, owner, 'MEMBER');
  const guest = await addSignedInMember(t, owner, 'GUEST');

  const error = await eventually(() => emailErrorOf(t, id, owner), 10_000, 'emailError');
  expect(error).toMatch(/ECONNREFUSED|ESOCKET|connect/i);
  expect(error).not.toMatch(TEMP_PASSWORD);
  expect((await t.ok(EMAIL_ERROR, { id }, admin.token)).member).toEqual({
    emailStatus: 'PENDING',
    emailError: expect.stringMatching(/ECONNREFUSED|ESOCKET|connect/i),
  });
  for (const s of [member, guest]) {
    expect(await emailErrorOf(t, id, s)).toBeNull();
    const list = await t.ok(
      graphql(`
        query MailFaultsMembers {
          members {
            nodes {
              emailError
            }
          }
        }
      `),
      {},
      s.token,
    );
    expect(list.members.nodes.map((n: { emailError: string | null }) => n.emailError)).toEqual(list.members.nodes.map(() => null));
  }

  // removed, then added back without email: the old email's error no longer speaks for them
  const other = await t.ok(
    ADD,
    { input: { name: 'Otto Other', email: uniqueEmail('other'), temporaryPassword: TEMP_PASSWORD } },
    owner.token,
  );
  const otherId = other.addMember.member.id as string;
  await eventually(() => emailErrorOf(t, otherId, owner), 10_000, 'emailError of the other member');
  await t.ok(
    graphql(`
      mutation MailFaultsRemoveMember($id: ID!) {
        removeMember(memberId: $id) {
          id
        }
      }
    `),
    { id: otherId },
    owner.token,
  );
  const email = (await t.ds.query(`SELECT u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.id = $1`, [otherId]))[0]
    .email;
  await t.ok(ADD, { input: { name: 'Otto Other', email, temporaryPassword: TEMP_PASSWORD, sendEmail: false } }, owner.token);
  expect((await t.ok(EMAIL_ERROR, { id: otherId }, owner.token)).member).toEqual({ emailStatus: 'NOT_SENT', emailError: null });

  await sink.start(port);
  await eventually(async () => (await t.ok(MEMBER, { id }, owner.token)).member!.emailStatus === 'SENT', 10_000, 'emailStatus SENT');
  expect(await emailErrorOf(t, id, owner)).toBeNull();
  expect(await emailErrorOf(t, id, admin)).toBeNull();
});
