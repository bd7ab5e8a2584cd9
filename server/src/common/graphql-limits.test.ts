import 'reflect-metadata';
import { buildSchema, parse } from 'graphql';
import { deepQuery, exponentialFragments, manyAliases, repeatedFields } from '../../bench/attacks';
import { checkQueryLimits, DEFAULT_LIMITS, measureDocument } from './graphql-limits';

const schema = buildSchema(`
  type Query { viewer: Viewer! members(first: Int = 50): MemberPage! }
  type Viewer { user: User! member: Member! }
  type User { id: ID! name: String! }
  type Member { id: ID! organization: Organization! }
  type Organization { id: ID! owner: Member! }
  type MemberPage { nodes: [Member!]! totalCount: Int! }
`);
const refusal = (q: string, variables = {}) => checkQueryLimits(schema, parse(q), variables)?.message ?? null;

describe('query limits pass', () => {
  test('depth: 12 levels pass, 13 do not; a fragment is no level of its own', () => {
    expect(refusal(deepQuery(12))).toBeNull();
    expect(refusal(deepQuery(13))).toMatch(/nested too deeply \(more than 12/);
    expect(refusal(deepQuery(100))).toMatch(/nested too deeply/);
    expect(refusal(`{ viewer { ...V } } fragment V on Viewer { user { id } }`)).toBeNull();
  });

  test('a depth bomb in a fragment named __schema is measured (GHSA-224p-v68g-5g8f)', () => {
    let inner = 'id';
    for (let i = 0; i < 6; i++) inner = `organization { owner { ${inner} } }`;
    expect(refusal(`{ viewer { member { ...__schema } } } fragment __schema on Member { ${inner} }`)).toMatch(/nested too deeply/);
  });

  test('aliases: 60 pass, 61 do not (`__typename` included)', () => {
    expect(refusal(manyAliases(60))).toBeNull();
    expect(refusal(manyAliases(61))).toMatch(/too many aliases/);
    expect(refusal(`{ viewer { ${Array.from({ length: 61 }, (_, i) => `t${i}: __typename`).join(' ')} } }`)).toMatch(/too many aliases/);
  });

  test('directives', () => {
    const d = (n: number) => `{ viewer { user { id ${Array.from({ length: n }, () => '@include(if: true)').join(' ')} } } }`;
    expect(refusal(d(30))).toBeNull();
    expect(refusal(d(31))).toMatch(/too many directives/);
  });

  test('repeated identical fields, inline fragments merged into their selection', () => {
    expect(refusal(repeatedFields(10))).toBeNull();
    expect(refusal(repeatedFields(11))).toMatch(/repeats the field "id"/);
    expect(refusal(`{ viewer { user { ${'id '.repeat(6)} ... on User { ${'id '.repeat(5)} } } } }`)).toMatch(/repeats the field "id"/);
    expect(refusal(`{ viewer { user { ${'x: name '.repeat(11)} } } }`)).toMatch(/repeats the field "x"/);
  });

  test('cost: a list counts `first` times, literal, variable, variable default or schema default', () => {
    const m = (q: string, v = {}) => measureDocument(parse(q), DEFAULT_LIMITS, schema, v).operations[0].cost;
    expect(m(`{ members(first: 10) { nodes { id } } }`)).toBe(1 + 10 * 2);
    expect(m(`query($n: Int) { members(first: $n) { nodes { id } } }`, { n: 7 })).toBe(1 + 7 * 2);
    expect(m(`query($n: Int = 3) { members(first: $n) { nodes { id } } }`)).toBe(1 + 3 * 2);
    expect(m(`{ members { nodes { id } } }`)).toBe(1 + 50 * 2);
    // over the page size: clamped (the resolver refuses it with BAD_USER_INPUT)
    expect(m(`{ members(first: 100000) { totalCount } }`)).toBe(1 + 200 * 1);
    const pages = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: members(first: 200) { nodes { id } }`).join(' ')} }`;
    expect(refusal(pages(49))).toBeNull(); // 49 × 401
    expect(refusal(pages(50))).toMatch(/too costly/); // 50 × 401 > 20,000
  });

  test('fragments are measured once, whatever the number of spreads', () => {
    const r = measureDocument(parse(exponentialFragments(10)), DEFAULT_LIMITS, schema);
    expect(r.operations[0].fields).toBe(2 + 2 ** 10); // viewer, user, and 2^10 ids
    expect([...r.fragmentWalks.values()].every((n) => n === 1)).toBe(true);
    expect(r.fragmentWalks.size).toBe(11);
    expect(refusal(exponentialFragments(40))).toMatch(/too many fields/);
  });

  test('a fragment cycle is refused; unknown fragments are left to the standard rules', () => {
    expect(refusal(`{ viewer { ...A } } fragment A on Viewer { ...B } fragment B on Viewer { ...A }`)).toMatch(/within itself/);
    expect(refusal(`{ viewer { ...Nope } }`)).toBeNull();
  });

  test('unused fragments are checked too (validation walks them)', () => {
    expect(refusal(`{ viewer { user { id } } } fragment F on User { ${'id '.repeat(11)} }`)).toMatch(/repeats/);
  });
});
