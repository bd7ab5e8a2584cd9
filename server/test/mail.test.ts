import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { createDataSource } from '../src/db/data-source';
import { MailKind, REDACTED_BODY } from '../src/modules/mail/mail.kinds';
import { mailModule, MailModule } from '../src/modules/mail/mail.module';
import { queueEmail } from '../src/modules/mail/mail.notifier';
import { credentialsMail, removedMail } from '../src/modules/mail/mail.templates';
import { OutboxWorker } from '../src/modules/mail/mail.worker';
import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import {
  addSignedInMember,
  logIn,
  NEW_PASSWORD,
  orgWithRoles,
  Session,
  signUp,
  STRONG_PASSWORD,
  TEMP_PASSWORD,
  uniqueEmail,
  verifyEmailOf,
} from './helpers/fixtures';
import { eventually, SmtpSink } from './helpers/smtp-sink';

const APP_URL = 'https://orgpulse.example.test';
const ADD = graphql(`
  mutation MailAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
        emailStatus
      }
      existingUser
      temporaryPassword
    }
  }
`);
const MEMBER = graphql(`
  query MailMember($id: ID!) {
    member(id: $id) {
      id
      emailStatus
    }
  }
`);
const RESEND = graphql(`
  mutation MailResendCredentials($id: ID!) {
    resendCredentials(memberId: $id) {
      id
      emailStatus
    }
  }
`);

let sink: SmtpSink;
let t: TestApp;
let mail: MailModule;

beforeAll(async () => {
  sink = await new SmtpSink().start();
  const env = { SMTP_URL: sink.url, APP_URL, MAIL_POLL_MS: '20', MAIL_RETRY_BASE_MS: '20' };
  mail = mailModule(loadConfig({ NODE_ENV: 'test', ...env }), () => undefined);
  t = await startTestApp({ env, modules: [mail], notifier: mail.notifier });
});
afterAll(async () => {
  await t.stop();
  await sink.stop();
});

const addMember = (admin: Session, input: Record<string, unknown>) =>
  t.gql(ADD, { input: { name: 'Nina New', email: uniqueEmail('new'), temporaryPassword: TEMP_PASSWORD, ...input } }, admin.token);

const emailStatusOf = async (admin: Session, id: string): Promise<string> => (await t.ok(MEMBER, { id }, admin.token)).member!.emailStatus;

const outboxRows = (where = 'true', params: unknown[] = []) =>
  t.ds.query(`SELECT * FROM email_outbox WHERE ${where} ORDER BY created_at`, params);

/** Everything the server stored or sent except credentials mail, as one string, to search for passwords. */
function passwordFreeText(exceptKinds: string[] = [MailKind.Credentials, MailKind.CredentialsReissued]): string {
  return JSON.stringify(sink.received.filter((m) => !exceptKinds.includes(m.kind)));
}

test('a new member gets the credentials email over SMTP; emailStatus goes PENDING → SENT; the password then leaves the outbox', async () => {
  const owner = await signUp(t, { name: 'Olivia Owner', organizationName: 'Acme AI' });
  const email = uniqueEmail('nina');
  const r = await addMember(owner, { email, name: 'Nina New' });
  expect(r.errors).toBeUndefined();
  expect(r.data!.addMember.temporaryPassword).toBeNull();
  expect(r.data!.addMember.member.emailStatus).toBe('PENDING');
  expect(JSON.stringify(r)).not.toContain(TEMP_PASSWORD);
  const id = r.data!.addMember.member.id;

  const [received] = await eventually(() => sink.to(email).length && sink.to(email), 10_000, 'the credentials email');
  expect(received.to).toEqual([email]);
  expect(received.kind).toBe(MailKind.Credentials);
  expect(received.subject).toBe('Olivia Owner added you to Acme AI on orgpulse');
  expect(received.text).toContain(`Temporary password: ${TEMP_PASSWORD}`);
  expect(received.text).toContain(`${APP_URL}/sign-in`);
  expect(received.text).toContain(email);
  expect(received.text).toMatch(/choose your own password when you first sign in/);
  expect(received.html).toContain(TEMP_PASSWORD);
  expect(received.messageId).toMatch(/^<[0-9a-f-]{36}@orgpulse\.local>$/);

  await eventually(async () => (await emailStatusOf(owner, id)) === 'SENT', 10_000, 'emailStatus SENT');
  const rows = await outboxRows('membership_id = $1', [id]);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ status: 'SENT', attempts: 1, last_error: null, text: REDACTED_BODY, html: REDACTED_BODY });
  expect(JSON.stringify(await outboxRows())).not.toContain(TEMP_PASSWORD);

  // the member list and the audit trail never show it either
  const list = await t.gql(
    graphql(`
      query MailMembers {
        members {
          nodes {
            id
            name
            email
            emailStatus
          }
        }
        auditLog {
          nodes {
            action
          }
        }
      }
    `),
    {},
    owner.token,
  );
  expect(list.errors).toBeUndefined();
  expect(JSON.stringify(list)).not.toContain(TEMP_PASSWORD);
  const audit = await t.ds.query(`SELECT details FROM audit_events`);
  expect(JSON.stringify(audit)).not.toContain(TEMP_PASSWORD);
});

test('an existing account added to another organization is told so, with no password, and its password is unchanged', async () => {
  const existing = await signUp(t, { name: 'Eve Existing', organizationName: 'Eve Co' });
  await verifyEmailOf(t, existing, sink); // an unverified account is handed over instead (accounts-prehijack.test.ts)
  const owner = await signUp(t, { name: 'Olivia Owner', organizationName: 'Globex' });
  const r = await addMember(owner, { email: existing.email, name: 'ignored', temporaryPassword: TEMP_PASSWORD });
  expect(r.errors).toBeUndefined();
  expect(r.data!.addMember.existingUser).toBe(true);
  const received = await eventually(
    () => sink.to(existing.email).find((m) => m.kind === MailKind.AddedExisting),
    10_000,
    'the welcome email',
  );
  expect(received.subject).toBe('Olivia Owner added you to Globex on orgpulse');
  expect(received.text).toContain('your usual password');
  expect(received.text).not.toContain(TEMP_PASSWORD);
  expect(received.html).not.toContain(TEMP_PASSWORD);
  await eventually(async () => (await emailStatusOf(owner, r.data!.addMember.member.id)) === 'SENT', 10_000, 'emailStatus SENT');
  await logIn(t, existing.email, STRONG_PASSWORD); // untouched
});

test('sendEmail: false sends nothing, queues nothing, and leaves emailStatus NOT_SENT', async () => {
  const owner = await signUp(t);
  const quiet = uniqueEmail('quiet');
  const r = await addMember(owner, { email: quiet, sendEmail: false });
  expect(r.data!.addMember.temporaryPassword).toBe(TEMP_PASSWORD);
  expect(r.data!.addMember.member.emailStatus).toBe('NOT_SENT');
  expect(await outboxRows('membership_id = $1', [r.data!.addMember.member.id])).toHaveLength(0);
  // a later email is delivered; the worker takes rows in order, so nothing earlier is still coming
  const later = uniqueEmail('later');
  await addMember(owner, { email: later });
  await eventually(() => sink.to(later).length, 10_000, 'the later email');
  expect(sink.to(quiet)).toHaveLength(0);
  expect(await emailStatusOf(owner, r.data!.addMember.member.id)).toBe('NOT_SENT');
});

test('removal and ownership transfer send notices, and no email but the credentials ones holds a password', async () => {
  const { owner, admin, member } = await orgWithRoles(t);
  const removed = await t.gql(
    graphql(`
      mutation MailRemoveMember($id: ID!) {
        removeMember(memberId: $id) {
          id
        }
      }
    `),
    { id: member.memberId },
    owner.token,
  );
  expect(removed.errors).toBeUndefined();
  const [notice] = await eventually(() => sink.to(member.email).length && sink.to(member.email), 10_000, 'the removal notice');
  expect(notice.kind).toBe(MailKind.Removed);
  expect(notice.subject).toBe('You were removed from Acme AI');

  const transfer = await t.gql(
    graphql(`
      mutation MailTransferOwnership($id: ID!, $pw: String!) {
        transferOwnership(memberId: $id, currentPassword: $pw) {
          id
        }
      }
    `),
    { id: admin.memberId, pw: STRONG_PASSWORD },
    owner.token,
  );
  expect(transfer.errors).toBeUndefined();
  const [received] = await eventually(() => sink.to(admin.email).length && sink.to(admin.email), 10_000, "the new owner's email");
  expect(received.subject).toBe('You are now the owner of Acme AI');
  expect(received.text).toContain('Olivia Owner transferred the ownership of Acme AI');
  const given = await eventually(
    () => sink.to(owner.email).find((m) => m.kind === MailKind.OwnershipGiven),
    10_000,
    "the old owner's email",
  );
  expect(given.subject).toBe('You transferred the ownership of Acme AI');
  expect(given.text).toContain(admin.email);

  const others = passwordFreeText();
  for (const pw of [TEMP_PASSWORD, NEW_PASSWORD, STRONG_PASSWORD]) expect(others).not.toContain(pw);
  expect(others).not.toMatch(/password:/i);
});

test('resendCredentials emails a new password that works, the old one stops working, emailStatus follows; refused after first sign-in', async () => {
  const owner = await signUp(t, { organizationName: 'Initech' });
  const email = uniqueEmail('resend');
  const added = await addMember(owner, { email });
  const id = added.data!.addMember.member.id;
  await eventually(async () => (await emailStatusOf(owner, id)) === 'SENT', 10_000, 'first email SENT');

  const r = await t.gql(RESEND, { id }, owner.token);
  expect(r.errors).toBeUndefined();
  expect(r.data!.resendCredentials.emailStatus).toBe('PENDING');
  const reissued = await eventually(
    () => sink.to(email).find((m) => m.kind === MailKind.CredentialsReissued),
    10_000,
    'the reissued credentials',
  );
  expect(reissued.subject).toBe('Your new temporary password for Initech');
  const password = /Temporary password: (\S+)/.exec(reissued.text)![1];
  expect(password).not.toBe(TEMP_PASSWORD);
  expect(JSON.stringify(r)).not.toContain(password);
  await eventually(async () => (await emailStatusOf(owner, id)) === 'SENT', 10_000, 'second email SENT');
  expect(JSON.stringify(await outboxRows())).not.toContain(password);

  const old = await t.gql(
    graphql(`
      mutation MailLogIn($input: LogInInput!) {
        logIn(input: $input) {
          accessToken
        }
      }
    `),
    {
      input: { email, password: TEMP_PASSWORD },
    },
  );
  expect(old.errors?.length).toBeTruthy();
  await logIn(t, email, password, owner.organizationId);

  // now signed in: they manage their own password
  const again = await t.gql(RESEND, { id }, owner.token);
  expect(codeOf(again)).toBe('CONFLICT');
  expect(again.errors![0].message).toMatch(/already signed in/);
  expect(sink.to(email).filter((m) => m.kind === MailKind.CredentialsReissued)).toHaveLength(1);
});

test('the low-balance alert emails every active owner and admin, once per crossing, with formatted credits', async () => {
  const { owner, admin, member, guest } = await orgWithRoles(t);
  const suspended = await addSignedInMember(t, owner, 'ADMIN', 'Sam Suspended');
  await t.ok(
    graphql(`
      mutation MailSuspendMember($id: ID!) {
        suspendMember(memberId: $id) {
          id
        }
      }
    `),
    { id: suspended.memberId },
    owner.token,
  );

  await t.ds.transaction((em) =>
    mail.billingNotifier.lowBalanceCrossed(em, {
      organizationId: owner.organizationId,
      balanceMicros: 4_250_000n,
      thresholdMicros: 10_000_000n,
    }),
  );
  const alerts = () =>
    sink.received.filter(
      (m) => m.kind === MailKind.LowBalance && [owner, admin, member, guest, suspended].some((s) => m.to.includes(s.email)),
    );
  await eventually(() => alerts().length === 2, 10_000, 'two alerts');
  expect(
    alerts()
      .map((m) => m.to[0])
      .sort(),
  ).toEqual([owner.email, admin.email].sort());
  expect(alerts()[0].subject).toBe('Low credit balance for Acme AI: 4.25 credits');
  expect(alerts()[0].text).toContain('below its alert threshold of 10 credits');

  // a rolled-back spend queues nothing
  await t.ds
    .transaction(async (em) => {
      await mail.billingNotifier.lowBalanceCrossed(em, {
        organizationId: owner.organizationId,
        balanceMicros: 1n,
        thresholdMicros: 10_000_000n,
      });
      throw new Error('rollback');
    })
    .catch(() => undefined);
  // the next crossing is one more email each
  await t.ds.transaction((em) =>
    mail.billingNotifier.lowBalanceCrossed(em, { organizationId: owner.organizationId, balanceMicros: 0n, thresholdMicros: 10_000_000n }),
  );
  await eventually(() => alerts().length === 4, 10_000, 'four alerts');
  expect(alerts().filter((m) => m.subject.includes(': 0 credits'))).toHaveLength(2);
  expect(alerts().some((m) => m.subject.includes('0.000001'))).toBe(false);
});

test('two workers over one database never send a message twice', async () => {
  const owner = await signUp(t);
  const url = (t.ds.options as { url: string }).url;
  const extra: DataSource[] = [createDataSource({ url, poolSize: 3 }), createDataSource({ url, poolSize: 3 })];
  await Promise.all(extra.map((ds) => ds.initialize()));
  const workers = extra.map(
    (ds) =>
      new OutboxWorker(ds, {
        smtpUrl: sink.url,
        from: 'test@orgpulse.test',
        pollMs: 5,
        maxAttempts: 3,
        retryBaseMs: 20,
        batchSize: 3,
        log: () => undefined,
      }),
  );
  workers.forEach((w) => w.start()); // plus the app's own worker: three in all
  try {
    const tag = `race-${Date.now()}`;
    const n = 40;
    await t.ds.transaction(async (em) => {
      for (let i = 0; i < n; i++) {
        await queueEmail(em, {
          organizationId: owner.organizationId,
          membershipId: null,
          kind: MailKind.Removed,
          to: `${tag}-${i}@example.test`,
          mail: removedMail({ appUrl: APP_URL, name: `#${i}`, organizationName: tag }),
        });
      }
    });
    const mine = () => sink.received.filter((m) => m.to[0].startsWith(tag));
    await eventually(async () => (await outboxRows(`subject LIKE $1 AND status <> 'SENT'`, [`%${tag}%`])).length === 0, 15_000, 'all sent');
    const ids = mine().map((m) => m.messageId);
    expect(ids).toHaveLength(n);
    expect(new Set(ids).size).toBe(n);
    const rows = await outboxRows(`subject LIKE $1`, [`%${tag}%`]);
    expect(rows.every((row: { attempts: number }) => row.attempts === 1)).toBe(true);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(extra.map((ds) => ds.destroy()));
  }
});

test('a claimed row whose worker died is sent once its lease runs out', async () => {
  const owner = await signUp(t);
  const to = uniqueEmail('crashed');
  // queued and left as a worker leaves it when killed after claiming (attempts counted, lease far
  // ahead), in one transaction: the running worker never sees the row unclaimed
  await t.ds.transaction(async (em) => {
    await queueEmail(em, {
      organizationId: owner.organizationId,
      membershipId: null,
      kind: MailKind.Removed,
      to,
      mail: removedMail({ appUrl: APP_URL, name: 'Cora', organizationName: 'Crash Co' }),
    });
    await em.query(
      `UPDATE email_outbox SET attempts = 1, claim_token = gen_random_uuid(), next_attempt_at = now() + interval '1 hour' WHERE "to" = $1`,
      [to],
    );
  });
  await new Promise((r) => setTimeout(r, 200));
  expect(sink.to(to)).toHaveLength(0); // held by the lease
  await t.ds.query(`UPDATE email_outbox SET next_attempt_at = now() - interval '1 second' WHERE "to" = $1`, [to]);
  await eventually(() => sink.to(to).length === 1, 10_000, 'the email after the lease');
  const [row] = await outboxRows(`"to" = $1`, [to]);
  await eventually(async () => (await outboxRows(`"to" = $1 AND status = 'SENT'`, [to])).length === 1, 10_000, 'SENT');
  expect(row.attempts).toBe(2);
});

test('templates escape what users typed, and only credentials templates take a password', () => {
  const m = credentialsMail({
    appUrl: APP_URL,
    name: '<b>Nina</b>',
    email: 'n@example.test',
    organizationName: 'Acme & <script>alert(1)</script>',
    inviterName: 'O"Brien',
    role: 'Member',
    temporaryPassword: 'p<w>&"',
  });
  expect(m.html).not.toContain('<script>');
  expect(m.html).toContain('Acme &amp; &lt;script&gt;');
  expect(m.html).toContain('p&lt;w&gt;&amp;&quot;');
  expect(m.text).toContain('Temporary password: p<w>&"');
  const sneaky = removedMail({ appUrl: APP_URL, name: 'x', organizationName: 'Evil\r\nBcc: victim@example.test' });
  expect(sneaky.subject).toBe('You were removed from Evil Bcc: victim@example.test');
});
