import { randomUUID } from 'node:crypto';
import { codeOf, startTestApp, TestApp } from './helpers/app';
import { throttleKey } from '../src/modules/auth/throttle';
import { logIn, signUp, STRONG_PASSWORD, uniqueEmail } from './helpers/fixtures';

const LOG_IN = `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`;
// long enough for a parallel burst to finish inside the first wait, short enough to wait it out in the test
const WAIT_MS = 1500;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { THROTTLE_BASE_WAIT_MS: String(WAIT_MS) } });
});
afterAll(() => t.stop());
beforeEach(async () => {
  await t.ds.query(`DELETE FROM login_throttle`);
});

const codes = (results: Array<{ errors?: Array<{ extensions?: { code?: string } }> }>) => {
  const count: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.[0]?.extensions?.code ?? 'OK';
    // refusals are clean: never a database error (deadlock, pool) under the parallel load
    expect(['OK', 'UNAUTHENTICATED', 'RATE_LIMITED']).toContain(code);
    count[code] = (count[code] ?? 0) + 1;
  }
  return count;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('40 parallel guesses on one account evaluate at most the 5 free ones; the right password works after the wait', async () => {
  const owner = await signUp(t);
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) => t.gql(LOG_IN, { i: { email: owner.email, password: `wrong-guess-number-${i}-x` } })),
  );
  const count = codes(results);
  expect(count.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(5);
  expect(count.UNAUTHENTICATED ?? 0).toBeGreaterThan(0);
  expect(count.RATE_LIMITED).toBeGreaterThanOrEqual(35);
  expect(count.OK).toBeUndefined();
  // nothing is left in flight
  const [{ inflight }] = await t.ds.query(`SELECT coalesce(sum(in_flight), 0)::int AS inflight FROM login_throttle`);
  expect(inflight).toBe(0);
  // the right password is refused while the wait lasts, then works
  const early = await t.gql(LOG_IN, { i: { email: owner.email, password: STRONG_PASSWORD } });
  expect(codeOf(early)).toBe('RATE_LIMITED');
  expect(early.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  await sleep(WAIT_MS * 2 + 100);
  await logIn(t, owner.email, STRONG_PASSWORD);
});

test('40 parallel guesses from one address, over 40 accounts, evaluate at most the 20 free ones', async () => {
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) => t.gql(LOG_IN, { i: { email: uniqueEmail(`spray${i}`), password: 'wrong-password-for-spray' } })),
  );
  const count = codes(results);
  expect(count.UNAUTHENTICATED ?? 0).toBeLessThanOrEqual(20);
  expect(count.RATE_LIMITED ?? 0).toBeGreaterThanOrEqual(20);
});

test('after a flood of wrong passwords for other accounts from one address, the owner signs in from that address', async () => {
  const owner = await signUp(t);
  for (let round = 0; round < 3; round++) {
    codes(
      await Promise.all(
        Array.from({ length: 15 }, () => t.gql(LOG_IN, { i: { email: uniqueEmail('victim'), password: 'wrong-password-of-the-flood' } })),
      ),
    );
  }
  // the address is spent: a wrong guess for a new account now answers RATE_LIMITED…
  expect(codeOf(await t.gql(LOG_IN, { i: { email: uniqueEmail('next'), password: 'wrong-password-of-the-flood' } }))).toBe('RATE_LIMITED');
  // …but the owner who knows their password is let through, at once
  await logIn(t, owner.email, STRONG_PASSWORD);
  // and a wrong guess on the owner's account from the same address learns nothing new
  expect(codeOf(await t.gql(LOG_IN, { i: { email: owner.email, password: 'not-the-owner-password' } }))).toBe('RATE_LIMITED');
});

test('an address+account pair is limited even when the real owner keeps clearing the account count from elsewhere', async () => {
  const owner = await signUp(t);
  const accountKey = throttleKey('a', owner.email);
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    seen.push(codeOf(await t.gql(LOG_IN, { i: { email: owner.email, password: `wrong-guess-${i}-of-twelve` } })) ?? 'OK');
    // the owner signs in from another address between the guesses: the account's count is cleared
    await t.ds.query(`DELETE FROM login_throttle WHERE key = $1`, [accountKey]);
  }
  expect(seen.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
  expect(seen.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
});

test('30 sign-up probes from one address in a few seconds are limited', async () => {
  const limited = await startTestApp({ env: { THROTTLE_SIGNUPS_PER_ADDRESS: '10', THROTTLE_BASE_WAIT_MS: '60000' } });
  try {
    const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`;
    const results = [];
    for (let i = 0; i < 30; i++) {
      results.push(
        await limited.gql(SIGN_UP, {
          i: { name: 'Probe', email: `probe-${randomUUID().slice(0, 8)}@example.test`, password: STRONG_PASSWORD, organizationName: 'P' },
        }),
      );
    }
    const count = codes(results);
    expect(count.OK).toBe(10);
    expect(count.RATE_LIMITED).toBe(20);
  } finally {
    await limited.stop();
  }
});
