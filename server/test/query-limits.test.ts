import { deepQuery, exponentialFragments, manyAliases, repeatedFields } from '../bench/attacks';
import { countStatements as countAll } from './helpers/statements';
import { startTestApp, TestApp } from './helpers/app';
import { signUp } from './helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ startWorkers: false }); // no worker polls inside the statement counts
});
afterAll(async () => {
  await t.stop();
});

/** Runs `work` and counts the SQL statements the server ran meanwhile, on every pool. */
function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  return countAll(t, work);
}

async function post(query: string, variables: Record<string, unknown> = {}, options: { token?: string; operationName?: string } = {}) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, variables, operationName: options.operationName }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: any }>;
      extensions?: { cost: { requested: number; remaining: number | null; limit: number } };
    },
  };
}

describe('denial-of-service documents from anonymous callers (issue 9)', () => {
  const attacks: Array<[string, string, string, RegExp]> = [
    ['24 fragments each spreading the next twice', exponentialFragments(24), 'QUERY_TOO_COMPLEX', /too many fields|too costly/],
    ['40 fragments each spreading the next twice', exponentialFragments(40), 'QUERY_TOO_COMPLEX', /too many fields|too costly/],
    ['one field repeated 1,500 times (under the token limit)', repeatedFields(1500), 'QUERY_TOO_COMPLEX', /repeats the field "id"/],
    [
      'one field repeated 5,900 times (over the token limit)',
      repeatedFields(5900),
      'QUERY_TOO_COMPLEX',
      /too many tokens \(more than 2000\)/,
    ],
    ['one field repeated 10,000 times (over the token limit)', repeatedFields(10000), 'QUERY_TOO_COMPLEX', /too many tokens/],
    ['500 aliases', manyAliases(500), 'QUERY_TOO_COMPLEX', /too many aliases/],
    ['1,000 aliases (over the token limit)', manyAliases(1000), 'QUERY_TOO_COMPLEX', /too many tokens/],
    ['a selection 100 levels deep', deepQuery(100), 'QUERY_TOO_COMPLEX', /nested too deeply/],
  ];

  test.each(attacks)('%s: refused with HTTP 400, its code, and no SQL', async (_name, query, code, message) => {
    const { result, statements } = await countStatements(() => post(query));
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0].extensions.code).toBe(code);
    expect(result.body.errors![0].message).toMatch(message);
    expect(statements).toBe(0);
  });

  test('a health check sent beside the attacks is answered, and the attacks are all refused', async () => {
    const attacksDone = Promise.all(attacks.map(([, query]) => post(query)));
    const health = await fetch(`${t.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true });
    for (const r of await attacksDone) expect(r.status).toBe(400);
  });

  test('cost counts `first`, from a literal or a variable: 40 pages of 200 are refused, 40 pages of 5 are not', async () => {
    // 40 pages of members, each `first` rows of 4 fields
    const pages = Array.from({ length: 40 }, (_, i) => `p${i}: members(first: $n) { nodes { id name email } }`).join(' ');
    const q = `query($n: Int!) { ${pages} }`;
    const big = await post(q, { n: 200 });
    expect(big.status).toBe(400);
    expect(big.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(big.body.errors![0].message).toMatch(/too costly/);
    // the same shape with small pages passes the limits (and fails later, for want of a caller)
    const small = await post(q, { n: 5 });
    expect(small.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test('a few repeated fields, fragments spread twice, and inline fragments are fine', async () => {
    const owner = await signUp(t);
    const r = await t.gql(
      `query { viewer { user { id id name ...U ...U ... on User { id } } } } fragment U on User { id name }`,
      {},
      owner.token,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.viewer.user.id).toBeTruthy();
  });

  test("the SPA's members page passes the limits with 200 rows", async () => {
    const owner = await signUp(t);
    const q = `query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {
      members(first: $first, after: $after, search: $search, role: $role, status: $status) {
        nodes { ...MemberRow } pageInfo { endCursor hasNextPage } totalCount } }
      fragment MemberAllowanceFields on MemberAllowance { monthlyLimit usedThisMonth remaining }
      fragment MemberRow on Member { id name email role status joinedAt lastActiveAt emailStatus emailError
        invitedBy { id name } allowance { ...MemberAllowanceFields } }`;
    const r = await t.gql(q, { first: 200 }, owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data.members.totalCount).toBe(1);
  });

  describe('documents kept parsed between requests (the middleware caches those that passed)', () => {
    // plain strings: the same text sent again and again, with other variables or another operation
    const pages = Array.from({ length: 40 }, (_, i) => `p${i}: members(first: $n) { nodes { id name email } }`).join(' ');
    const q = `query Pages($n: Int!) { ${pages} } query One { organization { id name } }`;

    test('the same text with other variables is measured again: a cached pass never lets a costly request through', async () => {
      const owner = await signUp(t);
      const as = (n: number) => post(q, { n }, { token: owner.token, operationName: 'Pages' });
      // each page: members (1) + n × (nodes… id name email: 1 + 3)… as measureDocument counts it
      const small = await as(5);
      expect(small.body.errors).toBeUndefined();
      const big = await as(200);
      expect(big.status).toBe(400);
      expect(big.body.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(big.body.errors![0].message).toMatch(/too costly/);
      const again = await as(2);
      expect(again.body.errors).toBeUndefined();
      expect(again.body.extensions!.cost.requested).toBeLessThan(small.body.extensions!.cost.requested);
      const same = await as(5);
      expect(same.body.extensions!.cost.requested).toBe(small.body.extensions!.cost.requested);
    });

    test('the same text with another operationName is charged that operation’s cost', async () => {
      const owner = await signUp(t);
      const as = (operationName: string) => post(q, { n: 5 }, { token: owner.token, operationName });
      const one = await as('One');
      expect(one.body.errors).toBeUndefined();
      expect(one.body.extensions!.cost.requested).toBe(3);
      const pagesResult = await as('Pages');
      expect(pagesResult.body.errors).toBeUndefined();
      expect(pagesResult.body.extensions!.cost.requested).toBeGreaterThan(40 * 5);
      const oneAgain = await as('One');
      expect(oneAgain.body.extensions!.cost.requested).toBe(3);
    });

    test('a refused text stays refused, whatever came before it', async () => {
      const deep = deepQuery(30);
      for (let i = 0; i < 3; i++) {
        const r = await post(deep);
        expect(r.status).toBe(400);
        expect(r.body.errors![0].message).toMatch(/nested too deeply/);
      }
    });
  });
});
