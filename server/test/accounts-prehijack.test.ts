import { randomUUID } from 'node:crypto';
import { codeOf, TestApp } from './helpers/app';
import { mailOf, startMailApp, temporaryPasswordIn } from './helpers/accounts';
import { logIn, NEW_PASSWORD, Session, signUp, STRONG_PASSWORD, TEMP_PASSWORD, verifyEmailOf } from './helpers/fixtures';
import { SmtpSink } from './helpers/smtp-sink';
import { totp } from './helpers/totp';

const ADD = `mutation($i: AddMemberInput!) {
  addMember(input: $i) { existingUser temporaryPassword temporaryPasswordExpiresAt member { id role name temporaryPasswordExpiresAt } }
}`;
const LOG_IN = `mutation($i: LogInInput!) { logIn(input: $i) { accessToken member { role } organization { id } user { mustChangePassword } } }`;
const VIEWER = `{ viewer { user { email emailVerified mfaEnabled } organizations { name } } }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken member { role } organization { id } } }`;

let t: TestApp;
let sink: SmtpSink;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, sink, stop } = await startMailApp());
});
afterAll(() => stop());

const victimEmail = () => `new.hire-${randomUUID().slice(0, 8)}@corp.test`;

/** Step 1 of the attack: an attacker signs up with an address they do not own, and digs in. */
async function attackerSignsUp(email: string) {
  const attacker = await signUp(t, { email, name: 'Mallory Attacker', organizationName: 'Mallory Co' });
  const key = (await t.ok(`mutation { createApiKey(name: "backdoor") { secret } }`, {}, attacker.token)).createApiKey.secret as string;
  // enrols their own authenticator, so a password alone would not be enough for anyone else
  const enrolment = (await t.ok(`mutation { startTotpEnrollment { secret } }`, {}, attacker.token)).startTotpEnrollment;
  await t.ok(`mutation($c: String!) { confirmTotpEnrollment(code: $c) }`, { c: totp(enrolment.secret) }, attacker.token);
  return { attacker, key };
}

async function expectAttackerLockedOut(attacker: Session, key: string, orgB: string) {
  // step 3 now fails: the attacker's own password opens nothing, in B or in their own organization
  const intoB = await t.gql(LOG_IN, { i: { email: attacker.email, password: STRONG_PASSWORD, organizationId: orgB } });
  expect(codeOf(intoB)).toBe('UNAUTHENTICATED');
  const anywhere = await t.gql(LOG_IN, { i: { email: attacker.email, password: STRONG_PASSWORD } });
  expect(codeOf(anywhere)).toBe('UNAUTHENTICATED');
  // every session and key the attacker held has ended
  expect(codeOf(await t.gql(VIEWER, {}, attacker.token))).toBe('UNAUTHENTICATED');
  expect(
    codeOf(await t.gql(`mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`, { t: attacker.refreshToken })),
  ).toBe('UNAUTHENTICATED');
  expect(codeOf(await t.gql(`{ organization { id } }`, {}, key))).toBe('UNAUTHENTICATED');
}

/** The mailbox owner signs in to B with the handed-over password, replaces it, and holds the whole account. */
async function ownerTakesOver(email: string, password: string, orgB: string) {
  const first = await t.ok(LOG_IN, { i: { email, password, organizationId: orgB } });
  expect(first.logIn).toMatchObject({ member: { role: 'ADMIN' }, organization: { id: orgB }, user: { mustChangePassword: true } });
  const changed = await t.ok(CHANGE, { i: { currentPassword: password, newPassword: NEW_PASSWORD } }, first.logIn.accessToken);
  expect(changed.changePassword).toMatchObject({ member: { role: 'ADMIN' }, organization: { id: orgB } });
  const viewer = (await t.ok(VIEWER, {}, changed.changePassword.accessToken)).viewer;
  // the attacker's authenticator was removed with the account; the sign-up organization came along
  expect(viewer.user).toMatchObject({ email, mfaEnabled: false });
  expect(viewer.organizations.map((o: { name: string }) => o.name).sort()).toEqual(['Corp', 'Mallory Co']);
  // and no second factor stands in the way: the password alone signs in
  await logIn(t, email, NEW_PASSWORD, orgB);
}

test('pre-hijack (email on): the unverified account is handed to the mailbox owner; the attacker is out', async () => {
  const email = victimEmail();
  const { attacker, key } = await attackerSignsUp(email);
  const owner = await signUp(t, { name: 'Olga Owner', organizationName: 'Corp' });

  // step 2: Org B adds the address as ADMIN
  const r = await t.ok(
    ADD,
    { i: { name: 'New Hire', email, temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: true } },
    owner.token,
  );
  expect(r.addMember.existingUser).toBe(false);
  expect(r.addMember.temporaryPassword).toBeNull();
  expect(r.addMember.member).toMatchObject({ role: 'ADMIN', name: 'New Hire' });
  const expires = new Date(r.addMember.temporaryPasswordExpiresAt).getTime();
  expect(expires).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
  expect(expires).toBeLessThan(Date.now() + 7.1 * 86_400_000);
  expect(new Date(r.addMember.member.temporaryPasswordExpiresAt).getTime()).toBe(expires);

  await expectAttackerLockedOut(attacker, key, owner.organizationId);

  // the real owner reads their mailbox
  const mail = await mailOf(sink, email, 'member.account_handed_over');
  expect(mail.subject).toBe('Olga Owner added you to Corp on orgpulse');
  expect(mail.text).toMatch(/never been confirmed/);
  expect(temporaryPasswordIn(mail)).toBe(TEMP_PASSWORD);
  await ownerTakesOver(email, temporaryPasswordIn(mail), owner.organizationId);

  // the attacker's own organization records what happened
  const audit = await t.ds.query(
    `SELECT a.action FROM audit_events a JOIN organizations o ON o.id = a.organization_id WHERE o.id = $1 ORDER BY a.created_at`,
    [attacker.organizationId],
  );
  expect(audit.map((a: { action: string }) => a.action)).toContain('user.account_handed_over');
  const added = await t.ds.query(`SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'member.added'`, [
    owner.organizationId,
  ]);
  expect(added[0].details).toMatchObject({ existingUser: false, handedOver: true });
});

test('pre-hijack (sendEmail: false): the admin sees the temporary password and hands it over; the attacker password stops working', async () => {
  const email = victimEmail();
  const { attacker, key } = await attackerSignsUp(email);
  const owner = await signUp(t, { name: 'Olga Owner', organizationName: 'Corp' });
  const before = sink.to(email).length;

  const r = await t.ok(
    ADD,
    { i: { name: 'New Hire', email, temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: false } },
    owner.token,
  );
  expect(r.addMember.existingUser).toBe(false);
  expect(r.addMember.temporaryPassword).toBe(TEMP_PASSWORD);
  expect(r.addMember.temporaryPasswordExpiresAt).toEqual(expect.any(String));

  await expectAttackerLockedOut(attacker, key, owner.organizationId);
  // nothing was emailed: the admin hands the password over in person
  await new Promise((res) => setTimeout(res, 200));
  expect(
    sink
      .to(email)
      .slice(before)
      .filter((m) => m.kind.startsWith('member.')),
  ).toEqual([]);
  await ownerTakesOver(email, r.addMember.temporaryPassword, owner.organizationId);
});

test('a verified account is attached as it is: existingUser true, its password and second factor untouched', async () => {
  const existing = await signUp(t, { name: 'Vera Verified', organizationName: 'Vera Co' });
  await verifyEmailOf(t, existing, sink);
  const owner = await signUp(t, { organizationName: 'Corp' });
  const r = await t.ok(
    ADD,
    { i: { name: 'Someone Else', email: existing.email, temporaryPassword: TEMP_PASSWORD, role: 'ADMIN', sendEmail: false } },
    owner.token,
  );
  expect(r.addMember).toMatchObject({ existingUser: true, temporaryPassword: null, temporaryPasswordExpiresAt: null });
  expect(r.addMember.member.name).toBe('Vera Verified');
  // the old session still works, the old password still works, the admin's one does not
  await t.ok(VIEWER, {}, existing.token);
  const s = await logIn(t, existing.email, STRONG_PASSWORD, owner.organizationId);
  expect(s.organizationId).toBe(owner.organizationId);
  expect(codeOf(await t.gql(LOG_IN, { i: { email: existing.email, password: TEMP_PASSWORD } }))).toBe('UNAUTHENTICATED');
});

test('an unverified member of a third organization is handed over too, and cannot be added twice at once', async () => {
  const email = victimEmail();
  const { attacker } = await attackerSignsUp(email);
  const [b, c] = [await signUp(t, { organizationName: 'Corp' }), await signUp(t, { organizationName: 'Corp' })];
  const results = await Promise.all(
    [b, c].map((o) =>
      t.gql(ADD, { i: { name: 'New Hire', email, temporaryPassword: TEMP_PASSWORD, role: 'MEMBER', sendEmail: false } }, o.token),
    ),
  );
  for (const res of results) expect(res.errors).toBeUndefined();
  // once the first hand-over happened, the account is still unverified: the second one is handed over again
  expect(results.map((res) => res.data.addMember.existingUser)).toEqual([false, false]);
  expect(codeOf(await t.gql(LOG_IN, { i: { email: attacker.email, password: STRONG_PASSWORD } }))).toBe('UNAUTHENTICATED');
  await logIn(t, email, TEMP_PASSWORD, b.organizationId);
});
