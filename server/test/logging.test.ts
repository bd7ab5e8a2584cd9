import { createLogger, requestIdFor } from '../src/common/logging';
import { startTestApp, TestApp } from './helpers/app';
import { NEW_PASSWORD, STRONG_PASSWORD, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';

/** Every line the app logs, as written (JSON, production format). */
const written: string[] = [];
const lines = () => written.map((l) => JSON.parse(l) as Record<string, any>);

let t: TestApp;
beforeAll(async () => {
  const logger = createLogger({ production: true, level: 'debug', destination: { write: (s: string) => void written.push(s) } });
  t = await startTestApp({ logger });
});
afterAll(() => t.stop());

const AUTH = 'accessToken refreshToken user { id } member { id } organization { id }';
const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { ${AUTH} } }`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { ${AUTH} } }`;
const ADD_MEMBER = `mutation AddMember($input: AddMemberInput!) { addMember(input: $input) { member { id } temporaryPassword } }`;
const CHANGE_PASSWORD = `mutation ChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { ${AUTH} } }`;
const REFRESH = `mutation Refresh($refreshToken: String) { refreshSession(refreshToken: $refreshToken) { ${AUTH} } }`;
const CREATE_KEY = `mutation CreateKey($name: String!) { createApiKey(name: $name) { secret apiKey { id } } }`;
const VIEWER = `query Viewer { viewer { member { id } organization { id } } }`;

/** Waits for a log line (a request's is written when its response finishes). */
async function waitLine(pred: (l: Record<string, any>) => boolean, what: string): Promise<Record<string, any>> {
  for (let i = 0; i < 200; i++) {
    const line = lines().find(pred);
    if (line) return line;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no log line for ${what}`);
}
const lineFor = (operationName: string) => waitLine((l) => l.graphql?.operationName === operationName, operationName);

test('one line per GraphQL request with the operation, ids, duration and codes, and no secret anywhere', async () => {
  const ownerEmail = uniqueEmail('owner');
  const memberEmail = uniqueEmail('member');
  const up = (
    await t.ok(SIGN_UP, { input: { name: 'Olivia Owner', email: ownerEmail, password: STRONG_PASSWORD, organizationName: 'Logs Inc' } })
  ).signUp;
  const signIn = (await t.ok(LOG_IN, { input: { email: ownerEmail, password: STRONG_PASSWORD } })).logIn;
  const wrong = await t.gql(LOG_IN, { input: { email: ownerEmail, password: `${STRONG_PASSWORD}-wrong` } });
  expect(wrong.errors?.length).toBeGreaterThan(0);
  const added = (
    await t.ok(
      ADD_MEMBER,
      { input: { name: 'Max', email: memberEmail, role: 'MEMBER', temporaryPassword: TEMP_PASSWORD, sendEmail: false } },
      up.accessToken,
    )
  ).addMember;
  expect(added.temporaryPassword).toBe(TEMP_PASSWORD);
  const member = (await t.ok(LOG_IN, { input: { email: memberEmail, password: TEMP_PASSWORD } })).logIn;
  const changed = (
    await t.ok(CHANGE_PASSWORD, { input: { currentPassword: TEMP_PASSWORD, newPassword: NEW_PASSWORD } }, member.accessToken)
  ).changePassword;
  const refreshed = (await t.ok(REFRESH, { refreshToken: signIn.refreshToken })).refreshSession;
  const key = (await t.ok(CREATE_KEY, { name: 'ci' }, up.accessToken)).createApiKey;
  const viaKey = (await t.ok(VIEWER, {}, key.secret)).viewer;
  expect(viaKey.member.id).toBe(up.member.id);

  const addLine = await lineFor('AddMember');
  expect(addLine).toMatchObject({
    level: 'info',
    msg: 'graphql mutation AddMember 200',
    req: { method: 'POST', path: '/graphql' },
    res: { statusCode: 200 },
    graphql: {
      operationName: 'AddMember',
      operationType: 'mutation',
      memberId: up.member.id,
      organizationId: up.organization.id,
      apiKeyId: null,
      errorCodes: [],
    },
  });
  expect(typeof addLine.durationMs).toBe('number');
  expect(addLine.reqId).toMatch(/^[0-9a-f-]{36}$/);

  const keyLine = await lineFor('Viewer');
  expect(keyLine.graphql).toMatchObject({
    operationType: 'query',
    memberId: up.member.id,
    organizationId: up.organization.id,
    apiKeyId: key.apiKey.id,
    errorCodes: [],
  });
  // signing in: nobody is calling yet; the failed attempt carries its code
  await waitLine(() => lines().filter((l) => l.graphql?.operationName === 'LogIn').length === 3, 'three LogIn lines');
  const logInLines = lines().filter((l) => l.graphql?.operationName === 'LogIn');
  expect(logInLines).toHaveLength(3);
  expect(logInLines[0].graphql).toMatchObject({ memberId: null, organizationId: null, errorCodes: [] });
  expect(logInLines[1].graphql.errorCodes).toEqual([wrong.errors![0].extensions!.code]);

  // one line per request: nothing else mentions the operations
  expect(lines().filter((l) => l.req?.path === '/graphql')).toHaveLength(lines().filter((l) => l.graphql).length);

  const all = written.join('\n');
  const secrets = {
    STRONG_PASSWORD,
    TEMP_PASSWORD,
    NEW_PASSWORD,
    wrongPassword: `${STRONG_PASSWORD}-wrong`,
    ownerEmail,
    memberEmail,
    apiKey: key.secret,
    apiKeyTail: key.secret.slice(12),
    jwtSecret: t.config.jwtSecret,
    ...Object.fromEntries(
      [up, signIn, member, changed, refreshed].flatMap((p, i) => [
        [`accessToken${i}`, p.accessToken],
        [`refreshToken${i}`, p.refreshToken],
      ]),
    ),
  };
  for (const [name, secret] of Object.entries(secrets)) {
    expect({ name, found: all.includes(secret) }).toEqual({ name, found: false });
  }
  // the refresh cookie and the Authorization header are never logged
  expect(all).not.toMatch(/authorization|set-cookie|cookie|bearer/i);
});

test('the request id: a valid X-Request-Id is kept and echoed, anything else replaced by a new one', async () => {
  const kept = await t.gql(VIEWER, {}, null, { 'x-request-id': 'trace-01.abc_DEF' });
  expect(kept.headers.get('x-request-id')).toBe('trace-01.abc_DEF');
  const line = await waitLine((l) => l.reqId === 'trace-01.abc_DEF', 'the kept request id');
  expect(line.graphql).toMatchObject({ operationName: 'Viewer', memberId: null, errorCodes: ['UNAUTHENTICATED'] });

  for (const bad of ['has spaces', 'x'.repeat(129), 'semi;colon', '']) {
    const r = await t.gql(VIEWER, {}, null, { 'x-request-id': bad });
    const id = r.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(bad);
  }
  const health = await fetch(`${t.url}/healthz`);
  expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  expect(await waitLine((l) => l.req?.path === '/healthz', '/healthz')).toMatchObject({ level: 'debug', res: { statusCode: 200 } });

  expect(requestIdFor('a'.repeat(128))).toBe('a'.repeat(128));
  expect(requestIdFor(['a', 'b'])).not.toBe('a');
});

test('what is logged by hand is redacted too, and errors keep only their type, message, code and stack', () => {
  const out: string[] = [];
  const logger = createLogger({ production: true, level: 'info', destination: { write: (s: string) => void out.push(s) } });
  const dbError = Object.assign(new Error('duplicate key value'), {
    code: '23505',
    parameters: ['hunter2-secret'],
    detail: 'Key (email)=(a@b.c)',
  });
  logger.info(
    {
      input: { password: 'p1-secret', newPassword: 'p2-secret', temporaryPassword: 'p3-secret' },
      variables: { anything: 'v-secret' },
      refreshToken: 'r-secret',
      deep: { a: { token: 't-secret' } },
      req: { headers: { authorization: 'Bearer h-secret', cookie: 'c-secret' } },
    },
    'by hand',
  );
  logger.error({ err: dbError }, 'failed');
  const text = out.join('');
  expect(text).not.toMatch(/-secret|a@b\.c/);
  const failed = JSON.parse(out[1]);
  expect(failed.err).toMatchObject({ type: 'Error', message: 'duplicate key value', code: '23505' });
  expect(failed.err.parameters).toBeUndefined();
});
