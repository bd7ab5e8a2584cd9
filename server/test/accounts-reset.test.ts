import { codeOf, TestApp } from './helpers/app';
import { APP_URL, mailOf, startMailApp, tokenIn } from './helpers/accounts';
import { addSignedInMember, logIn, signUp, STRONG_PASSWORD, uniqueEmail, verifyEmailOf } from './helpers/fixtures';
import { SmtpSink } from './helpers/smtp-sink';

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { id email emailVerified } }`;
const VIEWER = `{ viewer { user { emailVerified } } }`;
const RESET_PASSWORD = 'saffron-glacier-tundra-84';

let t: TestApp;
let sink: SmtpSink;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ t, sink, stop } = await startMailApp());
});
afterAll(() => stop());
beforeEach(async () => {
  await t.ds.query(`DELETE FROM login_throttle`);
});

describe('password reset', () => {
  // no timing assertion (a loaded machine makes any bound flaky): the same work is shown by
  // the same answer and a token drawn and stored on both paths; the email leaves via the outbox
  test('answers true whether or not the account exists, doing the same work', async () => {
    const owner = await signUp(t);
    const unknown = uniqueEmail('nobody');
    const request = async (email: string) => (await t.ok(REQUEST, { e: email })).requestPasswordReset;
    expect(await request(owner.email)).toBe(true);
    expect(await request(unknown)).toBe(true);
    // a token was drawn and stored for both (the unknown one has no user and can never be used)
    const rows = await t.ds.query(
      `SELECT user_id, email, token_hash, expires_at FROM account_tokens WHERE purpose = 'password_reset' AND email = ANY($1)`,
      [[owner.email, unknown]],
    );
    expect(rows).toHaveLength(2);
    expect(rows.find((r: { email: string }) => r.email === unknown).user_id).toBeNull();
    // only the real account gets an email; its link is single-use, stored hashed, 30 minutes
    const mail = await mailOf(sink, owner.email, 'account.password_reset');
    expect(mail.text).toContain(`${APP_URL}/reset-password?token=`);
    const token = tokenIn(mail, '/reset-password');
    expect(JSON.stringify(rows)).not.toContain(token);
    const expiresIn = new Date(rows.find((r: { email: string }) => r.email === owner.email).expires_at).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(29 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(30 * 60_000);
    expect(sink.to(unknown)).toEqual([]);
  });

  test('a reset applies the policy, ends every session, verifies the email, is audited in each organization, works once', async () => {
    const owner = await signUp(t, { organizationName: 'First' });
    const other = await signUp(t, { organizationName: 'Second' });
    await verifyEmailOf(t, other, sink);
    const member = await addSignedInMember(t, owner, 'MEMBER'); // created by an admin: unverified
    // the member is also in a second organization (verified elsewhere is not needed: it is their own account)
    const before = sink.to(member.email).filter((m) => m.kind === 'account.password_reset').length;
    await t.ok(REQUEST, { e: member.email.toUpperCase() });
    const token = tokenIn(await mailOf(sink, member.email, 'account.password_reset', before), '/reset-password');

    // the policy applies, and a refused password does not use the link up
    const weak = await t.gql(RESET, { t: token, p: 'password12345678' });
    expect(codeOf(weak)).toBe('BAD_USER_INPUT');
    expect(weak.errors![0].extensions!.field).toBe('newPassword');

    expect((await t.ok(RESET, { t: token, p: RESET_PASSWORD })).resetPassword).toBe(true);
    // every session ended; the old password is gone; the new one works; the email is verified
    expect(codeOf(await t.gql(VIEWER, {}, member.token))).toBe('UNAUTHENTICATED');
    expect(
      codeOf(await t.gql(`mutation($t: String) { refreshSession(refreshToken: $t) { accessToken } }`, { t: member.refreshToken })),
    ).toBe('UNAUTHENTICATED');
    expect(
      codeOf(
        await t.gql(`mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, {
          i: { email: member.email, password: 'quiet-ember-compass-57' },
        }),
      ),
    ).toBe('UNAUTHENTICATED');
    const fresh = await logIn(t, member.email, RESET_PASSWORD);
    expect((await t.ok(VIEWER, {}, fresh.token)).viewer.user.emailVerified).toBe(true);
    const audit = await t.ds.query(`SELECT organization_id FROM audit_events WHERE action = 'user.password_reset' AND target_id = $1`, [
      member.memberId,
    ]);
    expect(audit).toEqual([{ organization_id: owner.organizationId }]);

    // used, unknown and expired links: one code, one message
    const used = await t.gql(RESET, { t: token, p: 'another-fresh-passphrase-19' });
    const unknown = await t.gql(RESET, { t: 'oprs_' + 'x'.repeat(43), p: 'another-fresh-passphrase-19' });
    await t.ok(REQUEST, { e: other.email });
    const otherToken = tokenIn(await mailOf(sink, other.email, 'account.password_reset'), '/reset-password');
    await t.ds.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE purpose = 'password_reset' AND email = $1`, [
      other.email,
    ]);
    const expired = await t.gql(RESET, { t: otherToken, p: 'another-fresh-passphrase-19' });
    for (const r of [used, unknown, expired]) {
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toBe(used.errors![0].message);
    }
    await logIn(t, other.email, STRONG_PASSWORD);
  });

  test('a reset is audited in every organization of the account', async () => {
    const a = await signUp(t, { organizationName: 'Alpha' });
    await verifyEmailOf(t, a, sink);
    const b = await signUp(t, { organizationName: 'Beta' });
    await t.ok(
      `mutation($i: AddMemberInput!) { addMember(input: $i) { existingUser } }`,
      { i: { name: 'A', email: a.email, temporaryPassword: 'copper-meadow-falcon-31', sendEmail: false } },
      b.token,
    );
    await t.ok(REQUEST, { e: a.email });
    const token = tokenIn(await mailOf(sink, a.email, 'account.password_reset'), '/reset-password');
    await t.ok(RESET, { t: token, p: RESET_PASSWORD });
    const audit = await t.ds.query(`SELECT organization_id FROM audit_events WHERE action = 'user.password_reset'`);
    const orgs = audit.map((r: { organization_id: string }) => r.organization_id);
    expect(orgs).toEqual(expect.arrayContaining([a.organizationId, b.organizationId]));
  });

  test('requests are throttled per account and per address; two parallel resets with one link: one wins', async () => {
    const owner = await signUp(t);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(codeOf(await t.gql(REQUEST, { e: owner.email })) ?? 'OK');
    expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    await t.ds.query(`DELETE FROM login_throttle`);
    const spray = [];
    for (let i = 0; i < 11; i++) spray.push(codeOf(await t.gql(REQUEST, { e: uniqueEmail('spray') })) ?? 'OK');
    expect(spray.filter((c) => c === 'OK')).toHaveLength(10);
    expect(spray[10]).toBe('RATE_LIMITED');

    await t.ds.query(`DELETE FROM login_throttle`);
    const mails = sink.to(owner.email).filter((m) => m.kind === 'account.password_reset');
    await mailOf(sink, owner.email, 'account.password_reset', 2);
    const token = tokenIn(sink.to(owner.email).filter((m) => m.kind === 'account.password_reset')[0], '/reset-password');
    void mails;
    const both = await Promise.all([
      t.gql(RESET, { t: token, p: RESET_PASSWORD }),
      t.gql(RESET, { t: token, p: 'another-fresh-passphrase-19' }),
    ]);
    expect(both.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    // guessing tokens is throttled per address
    const guesses = [];
    for (let i = 0; i < 12; i++) guesses.push(codeOf(await t.gql(RESET, { t: `oprs_guess_${i}_${'y'.repeat(30)}`, p: RESET_PASSWORD })));
    expect(guesses).toContain('RATE_LIMITED');
  });
});

describe('email verification', () => {
  test('sign-up leaves the email unverified and sends a link; verifyEmail needs the signed-in account it was sent for', async () => {
    const owner = await signUp(t);
    const stranger = await signUp(t);
    expect((await t.ok(VIEWER, {}, owner.token)).viewer.user.emailVerified).toBe(false);
    const mail = await mailOf(sink, owner.email, 'account.verify_email');
    expect(mail.text).toContain(`${APP_URL}/verify-email?token=`);
    const token = tokenIn(mail, '/verify-email');
    // without a session, or with someone else's: refused, and the link still works afterwards
    expect(codeOf(await t.gql(VERIFY, { t: token }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await t.gql(VERIFY, { t: token }, stranger.token))).toBe('BAD_USER_INPUT');
    expect((await t.ok(VIEWER, {}, stranger.token)).viewer.user.emailVerified).toBe(false);
    const r = await t.ok(VERIFY, { t: token }, owner.token);
    expect(r.verifyEmail).toMatchObject({ email: owner.email, emailVerified: true });
    // once: a second use is refused; nothing more to send
    expect(codeOf(await t.gql(VERIFY, { t: token }, owner.token))).toBe('BAD_USER_INPUT');
    expect((await t.ok(`mutation { resendVerificationEmail }`, {}, owner.token)).resendVerificationEmail).toBe(false);
  });

  test('resendVerificationEmail sends a new link; an API key cannot; a temporary-password session cannot verify', async () => {
    const owner = await signUp(t);
    expect((await t.ok(`mutation { resendVerificationEmail }`, {}, owner.token)).resendVerificationEmail).toBe(true);
    await mailOf(sink, owner.email, 'account.verify_email', 1);
    const key = (await t.ok(`mutation { createApiKey(name: "k") { secret } }`, {}, owner.token)).createApiKey.secret;
    expect(codeOf(await t.gql(`mutation { resendVerificationEmail }`, {}, key))).toBe('FORBIDDEN');
    const email = uniqueEmail('temp');
    await t.ok(
      `mutation($i: AddMemberInput!) { addMember(input: $i) { existingUser } }`,
      { i: { name: 'Tina Temp', email, temporaryPassword: 'copper-meadow-falcon-31', sendEmail: false } },
      owner.token,
    );
    const temp = await logIn(t, email, 'copper-meadow-falcon-31');
    expect(codeOf(await t.gql(`mutation { resendVerificationEmail }`, {}, temp.token))).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
