import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { createHmac } from 'node:crypto';
import path from 'node:path';

export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/** A unique address per run, so the suite can run again against the same database. */
export function uniqueEmail(local: string): string {
  return `${local}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export async function signUp(page: Page, input: { name: string; email: string; password: string; organizationName: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(input.name);
  await page.getByLabel('Email').fill(input.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(input.password);
  await page.getByLabel('Organization name').fill(input.organizationName);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // wait for the session: navigating away mid-request would abort the sign-in
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Calls the API the way a partner app does: JSON POST with a bearer token. */
export async function graphql<T>(request: APIRequestContext, token: string | null, query: string, variables: object = {}): Promise<T> {
  const body = await graphqlRaw(request, token, query, variables);
  expect(body.errors ?? [], JSON.stringify(body.errors)).toEqual([]);
  return body.data as T;
}

/** The whole GraphQL answer, errors included (to check what the API refuses). */
export async function graphqlRaw(request: APIRequestContext, token: string | null, query: string, variables: object = {}) {
  const response = await request.post('/graphql', {
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
    },
    data: { query, variables },
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

const SESSION_FIELDS = 'accessToken organization { id name } member { id }';

/** Sign-up through the API (faster than the form, for tests about something else). */
export async function apiSignUp(
  request: APIRequestContext,
  input: { name: string; email: string; password: string; organizationName: string },
) {
  const data = await graphql<{ signUp: { accessToken: string; organization: { id: string; name: string }; member: { id: string } } }>(
    request,
    null,
    `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }`,
    { input },
  );
  return data.signUp;
}

/**
 * Proves the mailbox of a signed-up account the way its owner does: the verification link
 * from the local mail catcher (/api/dev/mail), opened by a signed-in session of that account.
 * Only then may another organization add the account as it is (an unverified one is handed
 * to whoever reads the mailbox, with a new temporary password).
 */
export async function apiVerifyEmail(request: APIRequestContext, accessToken: string, email: string) {
  let token: string | undefined;
  for (let i = 0; i < 100 && !token; i++) {
    const res = await request.get(`/api/dev/mail?to=${encodeURIComponent(email)}`);
    expect(res.ok()).toBe(true);
    const { messages } = (await res.json()) as { messages: Array<{ text: string }> };
    const match = messages.map((m) => /\/verify-email\?token=([A-Za-z0-9_%-]+)/.exec(m.text)).find(Boolean);
    token = match ? decodeURIComponent(match[1]) : undefined;
    if (!token) await new Promise((r) => setTimeout(r, 100));
  }
  expect(token, `a verification email for ${email}`).toBeTruthy();
  const data = await graphql<{ verifyEmail: { emailVerified: boolean } }>(
    request,
    accessToken,
    `
      mutation Verify($t: String!) {
        verifyEmail(token: $t) {
          emailVerified
        }
      }
    `,
    { t: token },
  );
  expect(data.verifyEmail.emailVerified).toBe(true);
}

export async function apiLogIn(request: APIRequestContext, email: string, password: string, organizationId?: string) {
  const data = await graphql<{ logIn: { accessToken: string; organization: { id: string; name: string }; member: { id: string } } }>(
    request,
    null,
    `mutation LogIn($input: LogInInput!) { logIn(input: $input) { ${SESSION_FIELDS} } }`,
    { input: { email, password, organizationId } },
  );
  return data.logIn;
}

/** Adds a member without email; the temporary password is handed over (returned). */
export async function apiAddMember(
  request: APIRequestContext,
  token: string,
  input: { name: string; email: string; role: 'ADMIN' | 'MEMBER' | 'GUEST'; temporaryPassword: string },
) {
  const data = await graphql<{ addMember: { member: { id: string } } }>(
    request,
    token,
    'mutation Add($input: AddMemberInput!) { addMember(input: $input) { member { id } } }',
    { input: { ...input, sendEmail: false } },
  );
  return data.addMember.member;
}

/** A new member's first sign-in: trade the temporary password for their own. */
export async function apiSetOwnPassword(request: APIRequestContext, email: string, temporaryPassword: string, password: string) {
  const { accessToken } = await apiLogIn(request, email, temporaryPassword);
  await graphql(request, accessToken, 'mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken } }', {
    input: { currentPassword: temporaryPassword, newPassword: password },
  });
}

/** Closes the toasts on screen, so a screenshot shows the page itself. */
export async function dismissToasts(page: Page) {
  const toasts = page.locator('.mantine-Notification-root');
  for (const close of await toasts.locator('button').all()) await close.click().catch(() => undefined);
  await expect(toasts).toHaveCount(0);
}

/** One email from the local catcher (GET /api/dev/mail, development only). */
export interface CaughtMail {
  id: string;
  to: string[];
  subject: string;
  text: string;
}

/** Waits for the count-th email to `to` whose subject matches, and returns the newest of them. */
export async function waitForMail(request: APIRequestContext, to: string, subject: RegExp, count = 1): Promise<CaughtMail> {
  let found: CaughtMail[] = [];
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/dev/mail?to=${encodeURIComponent(to)}`);
        const body = (await response.json()) as { messages: CaughtMail[] };
        found = body.messages.filter((m) => subject.test(m.subject));
        return found.length;
      },
      { message: `an email "${subject}" to ${to}`, timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(count);
  return found[0]; // newest first
}

/** The path and query of the app link in an email (e.g. /verify-email?token=…), to open on this server. */
export function appLinkIn(mail: CaughtMail, pathname: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s/]+(${pathname.replace(/[?.]/g, '\\$&')}\\?token=[^\\s"'<>]+)`));
  expect(match, `a ${pathname} link in "${mail.subject}"`).not.toBeNull();
  return match![1];
}

/** RFC 4648 base32 (the TOTP secret an authenticator app is given). */
function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of input.replace(/=+$/, '').toUpperCase()) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not base32: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The 6-digit TOTP code (RFC 6238: HMAC-SHA-1, 30 s steps) of `secret` at `at` (ms). */
export function totp(secret: string, at = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(binary).padStart(6, '0');
}
