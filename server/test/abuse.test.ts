import { codeOf, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { signUp } from './helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function countStatements<T>(work: () => Promise<T>): Promise<number> {
  let n = 0;
  const logger = t.ds.logger;
  (t.ds as any).logger = {
    ...logger,
    logQuery: () => {
      n += 1;
    },
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
  };
  try {
    await work();
  } finally {
    (t.ds as any).logger = logger;
  }
  return n;
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
