import 'reflect-metadata';
import { parseSingleEmail } from '../src/common/validate';
import { csvCell } from '../src/common/csv';
import { codeOf, startTestApp, type TestApp } from './helpers/app';
import { signUp, STRONG_PASSWORD, TEMP_PASSWORD, uniqueEmail } from './helpers/fixtures';

/** Issue 9, Input: one address per email field, no bidi/invisible characters in names, safe CSV cells. */

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['', ''],
    ['ok;=1+1', '"ok;=1+1"'],
    ['a;b', '"a;b"'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=a;b', `"'=a;b"`],
    ['x=1', 'x=1'],
  ])('%j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('null is an empty cell', () => {
    expect(csvCell(null)).toBe('');
  });

  test('no cell a ;-separated spreadsheet would split starts with a formula', () => {
    for (const value of ['ok;=1+1', 'a;+b', 'x;@y;-z', 'p,q;=r']) {
      const cell = csvCell(value);
      // quoted whole: the separator is inside the quotes, so there is only one cell
      expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
    }
  });
});

describe('parseSingleEmail', () => {
  test.each(['ada@example.com', 'first.last+tag@sub.example.co.uk', 'ünïcødé@exämple.com', "o'brien@example.ie"])('accepts %s', (e) => {
    expect(parseSingleEmail(e)).toBe(e);
  });

  test.each([
    'a,victim@evil.test',
    'a@x.test,victim@evil.test',
    'a@x.test;victim@evil.test',
    '<script>@x.yz',
    'Bob <bob@example.com>',
    '<bob@example.com>',
    '"bob"@example.com',
    '"a,b"@example.com',
    'bob(comment)@example.com',
    'bob@[127.0.0.1]',
    'bob@localhost',
    'bob @example.com',
    'bob@example.com\r\nBcc: victim@evil.test',
    'bob@exa\u202Emple.com',
    'b\u200Bob@example.com',
    'group: a@x.test, b@y.test;',
    'a..b@example.com',
    '@example.com',
    'bob@',
    `${'x'.repeat(65)}@example.com`,
  ])('refuses %j', (e) => {
    expect(parseSingleEmail(e)).toBeNull();
  });
});

describe('through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { email } } }`;
  const signUpWith = (input: Record<string, string>) =>
    t.gql(SIGN_UP, {
      input: { name: 'Ada Lovelace', email: uniqueEmail(), password: STRONG_PASSWORD, organizationName: 'Engines', ...input },
    });

  test.each(['a,victim@evil.test', '<script>@x.yz', 'Ada <ada@example.com>', '"ada"@example.com', 'ada@example.com, eve@evil.test'])(
    'signUp refuses the email %j, and nothing is stored',
    async (email) => {
      const r = await signUpWith({ email });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions!.field).toBe('email');
      const rows = await t.ds.query(
        `SELECT count(*)::int AS n FROM users WHERE email ILIKE '%evil%' OR email LIKE '%<%' OR email LIKE '%"%'`,
      );
      expect(rows[0].n).toBe(0);
    },
  );

  test('addMember refuses a list of addresses and queues no email', async () => {
    const owner = await signUp(t);
    const r = await t.gql(
      `mutation($input: AddMemberInput!) { addMember(input: $input) { member { id } } }`,
      { input: { name: 'Eve', email: 'a,victim@evil.test', temporaryPassword: TEMP_PASSWORD } },
      owner.token,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM email_outbox WHERE "to" LIKE '%evil%'`);
    expect(n).toBe(0);
  });

  const BAD = {
    'right-to-left override': 'invoice\u202Efdp.exe',
    'left-to-right isolate': 'a\u2066b',
    'right-to-left mark': 'a\u200Fb',
    'Arabic letter mark': 'a\u061Cb',
    'zero-width space': 'Ad\u200Ba',
    'zero-width joiner': 'Ad\u200Da',
    'word joiner': 'Ad\u2060a',
    'byte order mark': '\uFEFFAda',
    'soft hyphen': 'Ad\u00ADa',
    'escape (Cc)': 'Ad\u001Ba',
    'next line (Cc)': 'Ad\u0085a',
  };

  test.each(Object.entries(BAD))('signUp refuses a %s in the user and organization name', async (_what, name) => {
    const a = await signUpWith({ name });
    expect(codeOf(a)).toBe('BAD_USER_INPUT');
    expect(a.errors![0].extensions!.field).toBe('name');
    const b = await signUpWith({ organizationName: name });
    expect(codeOf(b)).toBe('BAD_USER_INPUT');
    expect(b.errors![0].extensions!.field).toBe('organizationName');
  });

  test('every other name refuses a right-to-left override and a zero-width space, and stores nothing', async () => {
    const owner = await signUp(t);
    const resource = await t.ok(`mutation { createResource(input: { kind: AGENT, name: "Bot" }) { id } }`, {}, owner.token);
    for (const name of ['evil\u202Egnp.js', 'Zero\u200Bwidth']) {
      const calls: Array<[string, Record<string, unknown>]> = [
        [`mutation($n: String!) { renameOrganization(name: $n) { name } }`, { n: name }],
        [`mutation($n: String!) { updateProfile(name: $n) { name } }`, { n: name }],
        [`mutation($n: String!) { createResource(input: { kind: AGENT, name: $n }) { id } }`, { n: name }],
        [`mutation($id: ID!, $n: String!) { renameResource(id: $id, name: $n) { name } }`, { id: resource.createResource.id, n: name }],
        [`mutation($n: String!) { createApiKey(name: $n) { secret } }`, { n: name }],
        [
          `mutation($input: AddMemberInput!) { addMember(input: $input) { member { id } } }`,
          { input: { name, email: uniqueEmail('m'), temporaryPassword: TEMP_PASSWORD } },
        ],
      ];
      for (const [query, variables] of calls) {
        const r = await t.gql(query, variables, owner.token);
        expect([query, codeOf(r)]).toEqual([query, 'BAD_USER_INPUT']);
      }
    }
    for (const table of ['organizations', 'users', 'resources', 'api_keys', 'memberships']) {
      const col = table === 'memberships' ? 'display_name' : 'name';
      const exists = await t.ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`, [table, col]);
      if (!exists.length) continue;
      const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${col} ~ '[\u202E\u200B]'`);
      expect([table, n]).toEqual([table, 0]);
    }
  });

  test('ordinary international names still work; tabs and line breaks collapse to spaces', async () => {
    const owner = await signUp(t, { name: 'Zoë Ñúñez', organizationName: 'عربي 李小龙 🚀' });
    const r = await t.ok(`mutation($n: String!) { renameOrganization(name: $n) { name } }`, { n: 'Acme\tAI\nLabs' }, owner.token);
    expect(r.renameOrganization.name).toBe('Acme AI Labs');
  });
});
