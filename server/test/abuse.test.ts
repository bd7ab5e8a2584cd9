import http from 'node:http';
import { countStatements as countAll } from './helpers/statements';
import { deepQuery } from '../bench/attacks';
import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { signUp, STRONG_PASSWORD } from './helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ startWorkers: false }); // no worker polls inside the statement counts
});
afterAll(async () => {
  await t.stop();
});

/** Runs `work` and counts the SQL statements the server ran meanwhile, on every pool. */
async function countStatements<T>(work: () => Promise<T>): Promise<number> {
  return (await countAll(t, work)).statements;
}

describe('GraphQL abuse limits', () => {
  test('a query 20 levels deep is refused before any SQL runs', async () => {
    const owner = await signUp(t);
    let q = 'id';
    for (let i = 0; i < 10; i++) q = `owner { organization { ${q} } }`;
    let r: any;
    // built at run time (and refused), so a plain string, not a typed document
    const statements = await countStatements(async () => {
      r = await t.gql(`{ organization { ${q} } }`, {}, null);
    });
    expect(r.errors[0].message).toMatch(/nested too deeply/);
    expect(statements).toBe(0);
    expect(owner.token).toBeTruthy();
  });

  test('500 aliases are refused', async () => {
    // plain strings below: built at run time to break a limit, codegen cannot type them
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    const r = await t.gql(`{ ${fields} }`);
    expect(r.errors![0].message).toMatch(/too many aliases|too many top-level|tokens/i);
  });

  test('a depth bomb hidden in a fragment named __schema is measured like any other', async () => {
    let inner = 'id';
    for (let i = 0; i < 10; i++) inner = `owner { organization { ${inner} } }`;
    // plain string: built at run time, and its fragment name `__schema` is not a valid document name
    const r = await t.gql(`query { organization { ...__schema } } fragment __schema on Organization { ${inner} }`);
    expect(r.errors).toBeDefined();
    expect(r.data).toBeUndefined();
  });

  test('a 100 KB document is refused', async () => {
    const big = `{ __typename ${' '.repeat(100 * 1024)} }`;
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: big }),
    });
    expect(res.status).toBe(413);
  });

  test('too many tokens are refused', async () => {
    const fields = Array.from({ length: 7000 }, () => 'a').join(' ');
    const r = await t.gql(`{ ${fields} }`);
    expect(r.errors![0].message).toMatch(/token/i);
  });

  test('array batching is refused', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  test('a mutation over GET is refused', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('mutation { logOut }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(405);
  });

  test('a text/plain POST without a preflight header is refused (CSRF)', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  test('errors give no suggestions, stacks or SQL', async () => {
    // plain string: the misspelt field is the point (a typed document would not compile)
    const r = await t.gql(`{ organizaton { name } }`);
    expect(r.errors![0].message).not.toMatch(/Did you mean/);
    expect(JSON.stringify(r.errors)).not.toMatch(/stacktrace|at \w+ \(/);
  });

  test('an internal failure is masked: no SQL or stack reaches the client', async () => {
    const owner = await signUp(t);
    await t.ds.query(`ALTER TABLE audit_events RENAME TO audit_events_gone`);
    try {
      const r = await t.gql(
        graphql(`
          mutation AbuseRenameOrganization {
            renameOrganization(name: "Boom") {
              name
            }
          }
        `),
        {},
        owner.token,
      );
      expect(codeOf(r)).toBe('INTERNAL_SERVER_ERROR');
      expect(r.errors![0].message).not.toMatch(/audit|relation|SELECT|INSERT/i);
      expect(JSON.stringify(r.errors)).not.toMatch(/stack/);
      // and nothing was half-written: the rename rolled back with the failed audit insert
      const [{ name }] = await t.ds.query(`SELECT name FROM organizations WHERE id = $1`, [owner.organizationId]);
      expect(name).toBe('Acme AI');
    } finally {
      await t.ds.query(`ALTER TABLE audit_events_gone RENAME TO audit_events`);
    }
  });

  test('health and readiness endpoints answer', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ ok: true });
    expect(await (await fetch(`${t.url}/readyz`)).json()).toEqual({ ok: true, database: 'up' });
  });
});

describe('introspection', () => {
  const STANDARD = graphql(`
    query IntrospectionQuery {
      __schema {
        queryType {
          name
        }
        types {
          ...FullType
        }
      }
    }
    fragment FullType on __Type {
      kind
      name
      fields(includeDeprecated: true) {
        name
        args {
          ...InputValue
        }
        type {
          ...TypeRef
        }
      }
      inputFields {
        ...InputValue
      }
    }
    fragment InputValue on __InputValue {
      name
      type {
        ...TypeRef
      }
      defaultValue
    }
    fragment TypeRef on __Type {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                  }
                }
              }
            }
          }
        }
      }
    }
  `);

  test('the standard introspection query (GraphiQL, codegen) passes the depth limit', async () => {
    const r = await t.gql(STANDARD);
    expect(r.errors).toBeUndefined();
    expect(r.data!.__schema.types.length).toBeGreaterThan(20);
  });

  test('a deep query under a data field is still refused', async () => {
    let q = 'id';
    for (let i = 0; i < 7; i++) q = `owner { organization { ${q} } }`;
    // plain string: built at run time to break the depth limit
    expect((await t.gql(`{ organization { ${q} } __schema { queryType { name } } }`)).errors![0].message).toMatch(/nested too deeply/);
  });

  test('signed-in mode: anonymous callers cannot read the schema, signed-in ones can', async () => {
    const prod = await startTestApp({ env: { GRAPHQL_INTROSPECTION: 'signed-in' } });
    try {
      const anon = await prod.gql(
        graphql(`
          query AbuseSchema {
            __schema {
              queryType {
                name
              }
            }
          }
        `),
      );
      expect(codeOf(anon)).toBe('UNAUTHENTICATED');
      const hidden = await prod.gql(
        graphql(`
          query AbuseQuery {
            ...F
          }
          fragment F on Query {
            __type(name: "Member") {
              name
            }
          }
        `),
      );
      expect(codeOf(hidden)).toBe('UNAUTHENTICATED');
      const owner = await signUp(prod);
      const signedIn = await prod.gql(
        graphql(`
          query AbuseSchema {
            __schema {
              queryType {
                name
              }
            }
          }
        `),
        {},
        owner.token,
      );
      expect(signedIn.data!.__schema.queryType.name).toBe('Query');
    } finally {
      await prod.stop();
    }
  });
});

/** POST /graphql from a given loopback address (127.x.y.z all reach a server on 127.0.0.1): another client. */
function postFrom(
  url: string,
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: any }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        localAddress: from,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString()) }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Counts the statements every pool of `app` ran during `work`. */
async function statementsDuring(app: TestApp, work: () => Promise<unknown>): Promise<number> {
  return (await countAll(app, work)).statements;
}

// plain strings below: a refused document is built at run time, and these are sent from chosen addresses
const ORG_QUERY = '{ organization { id name } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }';

describe('a sender past its refused documents is refused at the door (RATE_LIMIT_REFUSALS)', () => {
  let d: TestApp;
  beforeAll(async () => {
    d = await startTestApp({ env: { RATE_LIMIT_REFUSALS: '3', RATE_LIMIT_WINDOW_MS: '3600000' }, startWorkers: false });
  });
  afterAll(() => d.stop());

  test('after 3 refused documents, an address gets 429 with Retry-After for anything, with no SQL; other addresses do not', async () => {
    const owner = await signUp(d);
    const abuser = '127.0.0.21';
    for (let i = 0; i < 3; i++) {
      const r = await postFrom(d.url, abuser, `${deepQuery(30)}\n#${i}`);
      expect([r.status, r.body.errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
    }
    let door: Awaited<ReturnType<typeof postFrom>> | undefined;
    const statements = await statementsDuring(d, async () => {
      door = await postFrom(d.url, abuser, LOG_IN, { i: { email: owner.email, password: STRONG_PASSWORD } });
    });
    expect(door!.status).toBe(429);
    expect(door!.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(Number(door!.headers['retry-after'])).toBeGreaterThan(0);
    expect(door!.body.extensions.cost).toMatchObject({ requested: 0, remaining: null });
    expect(statements).toBe(0);
    // the same sign-in from another address works
    const other = await postFrom(d.url, '127.0.0.22', LOG_IN, { i: { email: owner.email, password: STRONG_PASSWORD } });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data.logIn.accessToken).toBeTruthy();
  });

  test('a credential this server accepted passes its address’s closed door, and its own refusals are its own', async () => {
    const owner = await signUp(d);
    const other = await signUp(d);
    const shared = '127.0.0.31'; // an office NAT: one abuser, two signed-in users
    expect((await postFrom(d.url, shared, ORG_QUERY, {}, owner.token)).status).toBe(200);
    expect((await postFrom(d.url, shared, ORG_QUERY, {}, other.token)).status).toBe(200);
    for (let i = 0; i < 3; i++) await postFrom(d.url, shared, `${deepQuery(30)}\n#${i}`);
    expect((await postFrom(d.url, shared, ORG_QUERY)).status).toBe(429);
    const signedIn = await postFrom(d.url, shared, ORG_QUERY, {}, owner.token);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.organization.id).toBe(owner.organizationId);
    // the owner's refused documents count against the owner's token, not against the other user
    for (let i = 0; i < 3; i++) expect((await postFrom(d.url, shared, `${deepQuery(30)}\n#o${i}`, {}, owner.token)).status).toBe(400);
    expect((await postFrom(d.url, shared, ORG_QUERY, {}, owner.token)).status).toBe(429);
    expect((await postFrom(d.url, shared, ORG_QUERY, {}, other.token)).status).toBe(200);
    // a token nobody accepted here (junk) counts as its address: refused with it
    expect((await postFrom(d.url, shared, ORG_QUERY, {}, 'junk-token')).status).toBe(429);
  });
});

describe('answers at a closed door are held a little longer each time (RATE_LIMIT_DOOR_DELAY_MS)', () => {
  let d: TestApp;
  beforeAll(async () => {
    d = await startTestApp({
      env: { RATE_LIMIT_REFUSALS: '3', RATE_LIMIT_WINDOW_MS: '3600000', RATE_LIMIT_DOOR_DELAY_MS: '120' },
      startWorkers: false,
    });
  });
  afterAll(() => d.stop());

  const timed = async (from: string, token?: string) => {
    const started = performance.now();
    const r = await postFrom(d.url, from, ORG_QUERY, {}, token);
    return { status: r.status, code: r.body.errors?.[0]?.extensions?.code, ms: performance.now() - started };
  };

  test('a sender that resends at once is slowed, up to the cap; another address and a signed-in user are not', async () => {
    const owner = await signUp(d);
    const abuser = '127.0.0.41';
    expect((await timed(abuser, owner.token)).status).toBe(200); // the owner's token is now accepted here
    for (let i = 0; i < 3; i++) expect((await postFrom(d.url, abuser, `${deepQuery(30)}\n#${i}`)).status).toBe(400);
    const answers = [];
    for (let i = 0; i < 16; i++) answers.push(await timed(abuser));
    for (const a of answers) expect([a.status, a.code]).toEqual([429, 'RATE_LIMITED']);
    // held 0, 10, 20, … ms: the 6th at least 50 ms, and from the 13th on the cap (120 ms)
    expect(answers[5].ms).toBeGreaterThanOrEqual(50);
    for (const a of answers.slice(12)) expect(a.ms).toBeGreaterThanOrEqual(120);
    // the cap holds: the 16th is not held 150 ms (it would be without the cap); generous against a slow machine
    expect(answers[15].ms).toBeLessThan(120 + 1000);
    // an address with no refusals, and the accepted credential behind the abuser's address, are served as before
    const other = await timed('127.0.0.42');
    expect(other.status).toBe(200);
    const signedIn = await timed(abuser, owner.token);
    expect(signedIn.status).toBe(200);
  });

  test('a sender that hangs up while its answer is held frees it; the door still answers the next one', async () => {
    const abuser = '127.0.0.43';
    for (let i = 0; i < 3; i++) expect((await postFrom(d.url, abuser, `${deepQuery(30)}\n#${i}`)).status).toBe(400);
    for (let i = 0; i < 12; i++) await timed(abuser); // the next answer is held the full 120 ms
    const guard = d.running.refusals;
    let heldWhileWaiting = -1;
    const hungUp = await new Promise<boolean>((resolve) => {
      const body = JSON.stringify({ query: ORG_QUERY });
      const req = http.request(`${d.url}/graphql`, {
        method: 'POST',
        agent: false,
        localAddress: abuser,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('error', () => resolve(true));
      req.on('response', () => resolve(false));
      req.end(body);
      setTimeout(() => {
        heldWhileWaiting = guard.heldAtDoor();
        req.destroy();
        resolve(true);
      }, 40);
    });
    expect(hungUp).toBe(true);
    expect(heldWhileWaiting).toBe(1);
    await new Promise((r) => setTimeout(r, 30));
    expect(guard.heldAtDoor()).toBe(0);
    expect((await timed(abuser)).status).toBe(429);
  });
});

describe('a wrong-password flood on one account from one address', () => {
  let f: TestApp;
  beforeAll(async () => {
    f = await startTestApp({ env: { THROTTLE_BASE_WAIT_MS: '60000' }, startWorkers: false });
  });
  afterAll(() => f.stop());

  test('once the account keeps being refused, further attempts are refused from memory: no SQL, no bcrypt; other accounts sign in', async () => {
    const victim = await signUp(f);
    const bystander = await signUp(f);
    const flooder = '127.0.0.41';
    const attempt = (n: number) => postFrom(f.url, flooder, LOG_IN, { i: { email: victim.email, password: `wrong-password-${n}` } });
    const codes: string[] = [];
    for (let n = 0; n < 8; n++) codes.push((await attempt(n)).body.errors[0].extensions.code);
    // 5 free attempts (the 5th starts a wait of a minute), then refused: by PostgreSQL three times, then from memory
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(3).fill('RATE_LIMITED')]);
    let flood: Array<Awaited<ReturnType<typeof attempt>>> = [];
    const statements = await statementsDuring(f, async () => {
      flood = await Promise.all(Array.from({ length: 30 }, (_, n) => attempt(100 + n)));
    });
    for (const r of flood) {
      expect(r.status).toBe(200);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(r.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(1);
    }
    // no throttle transaction, no user lookup (which comes before bcrypt)
    expect(statements).toBe(0);
    // a correct password for another account, from another address and from the flooding one
    for (const from of ['127.0.0.42', flooder]) {
      const r = await postFrom(f.url, from, LOG_IN, { i: { email: bystander.email, password: STRONG_PASSWORD } });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.logIn.accessToken).toBeTruthy();
    }
  });

  test('a correct password on the attempt that starts the wait lifts it here too: the next sign-in is not refused', async () => {
    const user = await signUp(f);
    const from = '127.0.0.51';
    const logIn = (password: string) => postFrom(f.url, from, LOG_IN, { i: { email: user.email, password } });
    for (let n = 0; n < 4; n++) expect((await logIn(`wrong-password-${n}`)).body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const fifth = await logIn(STRONG_PASSWORD); // starts the wait, and clears it by succeeding
    expect(fifth.body.errors).toBeUndefined();
    const next = await logIn(STRONG_PASSWORD);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data.logIn.accessToken).toBeTruthy();
  });
});
