import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SERVER = path.resolve(__dirname, '..');
const released = fs.readFileSync(path.join(SERVER, 'schema.released.graphql'), 'utf8');
const current = fs.readFileSync(path.join(SERVER, 'schema.graphql'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'api-check-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs a script of src/scripts on scratch copies: the exit code and everything printed. */
async function script(name: 'api-check' | 'api-release', baseline: string, schema: string, extra: string[] = []) {
  fs.writeFileSync(path.join(dir, 'released.graphql'), baseline);
  fs.writeFileSync(path.join(dir, 'schema.graphql'), schema);
  const args = [
    '-r',
    '@swc-node/register',
    `src/scripts/${name}.ts`,
    '--baseline',
    path.join(dir, 'released.graphql'),
    '--schema',
    path.join(dir, 'schema.graphql'),
    '--changelog',
    path.join(dir, 'CHANGELOG.md'),
    ...extra,
  ];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { cwd: SERVER });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** Replaces exactly one occurrence of `from` (so an edit that no longer applies fails loudly). */
function edit(sdl: string, from: string, to: string): string {
  expect(sdl.split(from)).toHaveLength(2);
  return sdl.replace(from, to);
}

const MEMBER_COUNT = '  """Active and suspended members (removed ones are not counted)."""\n  memberCount: Int!\n';

test('the committed schema is compatible with the released baseline', async () => {
  const { code } = await script('api-check', released, current);
  expect(code).toBe(0);
});

test('removing a field fails the check and names it', async () => {
  const { code, out } = await script('api-check', released, edit(released, MEMBER_COUNT, ''));
  expect(code).toBe(1);
  expect(out).toMatch(/BREAKING/);
  expect(out).toMatch(/`Organization\.memberCount`: Field 'memberCount' was removed/);
});

test('adding a field passes (safe)', async () => {
  const added = edit(released, MEMBER_COUNT, `${MEMBER_COUNT}  resourceCount: Int!\n`);
  const { code, out } = await script('api-check', released, added);
  expect(code).toBe(0);
  expect(out).not.toMatch(/BREAKING/);
  expect(out).toMatch(/Safe: 1 change/);
});

test('deprecated in a release, then removed: passes; removed without a released deprecation: fails', async () => {
  const deprecated = edit(released, '  memberCount: Int!\n', '  memberCount: Int! @deprecated(reason: "Use members.totalCount.")\n');
  const removed = edit(released, MEMBER_COUNT, '');

  // deprecating is safe
  expect((await script('api-check', released, deprecated)).code).toBe(0);
  // deprecated only in the working schema, not in the release: still breaking
  expect((await script('api-check', released, removed)).code).toBe(1);
  // the release had it deprecated: its removal is allowed
  const after = await script('api-check', deprecated, removed);
  expect(after.code).toBe(0);
  expect(after.out).toMatch(/Removed after a deprecation \(allowed\):\n- `Organization.memberCount`: Field 'memberCount' .*was removed/);
});

test('a changed argument default and a new enum value are printed as dangerous, and pass', async () => {
  const changed = edit(
    edit(released, 'apiKeys(includeRevoked: Boolean! = false)', 'apiKeys(includeRevoked: Boolean! = true)'),
    'enum ResourceKind {\n  AGENT\n',
    'enum ResourceKind {\n  AGENT\n  DATASET\n',
  );
  const { code, out } = await script('api-check', released, changed);
  expect(code).toBe(0);
  expect(out).toMatch(/DANGEROUS/);
  expect(out).toMatch(/Default value for argument 'includeRevoked' on field 'Query\.apiKeys' changed from 'false' to 'true'/);
  expect(out).toMatch(/Enum value 'DATASET' was added to enum 'ResourceKind'/);
});

test('api:release rewrites the baseline and adds a dated, grouped CHANGELOG entry; it refuses a breaking change', async () => {
  const deprecated = edit(released, '  memberCount: Int!\n', '  memberCount: Int! @deprecated(reason: "Use members.totalCount.")\n');
  const next = edit(
    edit(deprecated, MEMBER_COUNT.replace('memberCount: Int!', 'memberCount: Int! @deprecated(reason: "Use members.totalCount.")'), ''),
    'enum ResourceKind {\n  AGENT\n',
    'enum ResourceKind {\n  AGENT\n  DATASET\n',
  ).replace('type PageInfo {', 'type Quota {\n  limit: Int!\n}\n\ntype PageInfo {');

  const refused = await script('api-release', released, edit(released, MEMBER_COUNT, ''));
  expect(refused.code).toBe(1);
  expect(fs.existsSync(path.join(dir, 'CHANGELOG.md'))).toBe(false);
  expect(fs.readFileSync(path.join(dir, 'released.graphql'), 'utf8')).toBe(released);

  const { code } = await script('api-release', deprecated, next, ['--date', '2031-02-03']);
  expect(code).toBe(0);
  expect(fs.readFileSync(path.join(dir, 'released.graphql'), 'utf8')).toBe(next);
  const changelog = fs.readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
  expect(changelog).toMatch(/^# Changelog/);
  const entry = changelog.slice(changelog.indexOf('## API 2031-02-03'));
  expect(entry.indexOf('### Breaking (removed after a deprecation)')).toBeGreaterThan(0);
  expect(entry.indexOf('### Dangerous')).toBeGreaterThan(entry.indexOf('### Breaking'));
  expect(entry.indexOf('### Safe')).toBeGreaterThan(entry.indexOf('### Dangerous'));
  expect(entry).toMatch(/- `Organization.memberCount`: Field 'memberCount' .*was removed/);
  expect(entry).toMatch(/- `ResourceKind.DATASET`: Enum value 'DATASET' was added to enum 'ResourceKind'/);
  expect(entry).toMatch(/- `Quota`: Type 'Quota' was added/);
});
