import { codeOf, invalid, startTestApp, TestApp } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';
import { key, SPEND, topUp } from './helpers/ledger';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const LIST = graphql(`
  query ResourcesResources($kind: ResourceKind) {
    resources(kind: $kind) {
      id
      kind
      name
      createdAt
      deletedAt
      createdBy {
        id
        name
        status
      }
    }
  }
`);
const CREATE = graphql(`
  mutation ResourcesCreateResource($i: CreateResourceInput!) {
    createResource(input: $i) {
      id
      kind
      name
      createdBy {
        id
      }
    }
  }
`);
const RENAME = graphql(`
  mutation ResourcesRenameResource($id: ID!, $name: String!) {
    renameResource(id: $id, name: $name) {
      id
      name
    }
  }
`);
const DELETE = graphql(`
  mutation ResourcesDeleteResource($id: ID!) {
    deleteResource(id: $id)
  }
`);

async function resourceRows(orgId: string) {
  return t.ds.query(
    `SELECT id, name, deleted_at IS NOT NULL AS deleted FROM resources WHERE organization_id = $1 ORDER BY created_at, id`,
    [orgId],
  );
}

test('OWNER, ADMIN and MEMBER create; GUEST cannot; everyone sees them, oldest first, by kind', async () => {
  const { owner, admin, member, guest } = await orgWithRoles(t);
  const made = [];
  for (const [s, kind, name] of [
    [owner, 'INSTANCE', 'gpu-a100'],
    [admin, 'AGENT', 'Support bot'],
    [member, 'AGENT', '  Research   agent '],
  ] as const) {
    const r = await t.ok(CREATE, { i: { kind, name } }, s.token);
    expect(r.createResource.createdBy.id).toBe(s.memberId);
    made.push(r.createResource);
  }
  expect(made[2].name).toBe('Research agent');
  expect(codeOf(await t.gql(CREATE, { i: { kind: 'AGENT', name: 'nope' } }, guest.token))).toBe('FORBIDDEN');
  for (const s of [owner, admin, member, guest]) {
    const list = (await t.ok(LIST, {}, s.token)).resources;
    expect(list.map((r) => r.name)).toEqual(['gpu-a100', 'Support bot', 'Research agent']);
  }
  expect((await t.ok(LIST, { kind: 'AGENT' }, guest.token)).resources.map((r) => r.name)).toEqual(['Support bot', 'Research agent']);
  expect(codeOf(await t.gql(LIST, {}))).toBe('UNAUTHENTICATED');
});

test('names are 1 to 200 characters; kinds are INSTANCE or AGENT', async () => {
  const owner = await signUp(t);
  for (const name of ['', '   ', 'x'.repeat(201), 'bad\u0007name']) {
    expect(codeOf(await t.gql(CREATE, { i: { kind: 'AGENT', name } }, owner.token))).toBe('BAD_USER_INPUT');
  }
  expect(codeOf(await t.gql(CREATE, { i: { kind: invalid('ROBOT'), name: 'x' } }, owner.token))).toBe('BAD_USER_INPUT');
  expect(await resourceRows(owner.organizationId)).toEqual([]);
  expect((await t.ok(CREATE, { i: { kind: 'AGENT', name: 'x'.repeat(200) } }, owner.token)).createResource.name).toHaveLength(200);
});

test('rename and delete: any contributor; GUEST refused; audited', async () => {
  const { owner, member, guest } = await orgWithRoles(t);
  const { createResource: r } = await t.ok(CREATE, { i: { kind: 'INSTANCE', name: 'old' } }, owner.token);
  expect(codeOf(await t.gql(RENAME, { id: r.id, name: 'guest' }, guest.token))).toBe('FORBIDDEN');
  expect(codeOf(await t.gql(DELETE, { id: r.id }, guest.token))).toBe('FORBIDDEN');
  expect((await t.ok(RENAME, { id: r.id, name: 'new' }, member.token)).renameResource).toEqual({ id: r.id, name: 'new' });
  expect(codeOf(await t.gql(RENAME, { id: r.id, name: '' }, member.token))).toBe('BAD_USER_INPUT');
  expect(await t.ok(DELETE, { id: r.id }, member.token)).toEqual({ deleteResource: true });
  expect((await t.ok(LIST, {}, owner.token)).resources).toEqual([]);
  expect(codeOf(await t.gql(DELETE, { id: r.id }, owner.token))).toBe('NOT_FOUND');
  expect(codeOf(await t.gql(RENAME, { id: r.id, name: 'again' }, owner.token))).toBe('NOT_FOUND');
  const audit = await t.ok(
    graphql(`
      query ResourcesAuditLog {
        auditLog {
          nodes {
            action
            targetId
            actor {
              id
            }
            data
          }
        }
      }
    `),
    {},
    owner.token,
  );
  const mine = audit.auditLog.nodes.filter((n: any) => n.targetId === r.id).map((n: any) => [n.action, n.actor.id, JSON.parse(n.data)]);
  expect(mine).toEqual([
    ['resource.deleted', member.memberId, { before: { kind: 'INSTANCE', name: 'new' } }],
    ['resource.renamed', member.memberId, { before: { name: 'old' }, after: { name: 'new' } }],
    ['resource.created', owner.memberId, { after: { kind: 'INSTANCE', name: 'old' } }],
  ]);
});

test('ids from another organization, empty or garbage answer NOT_FOUND and change nothing', async () => {
  const a = await signUp(t);
  const b = await signUp(t);
  const { createResource: theirs } = await t.ok(CREATE, { i: { kind: 'AGENT', name: 'theirs' } }, b.token);
  for (const id of [theirs.id, '', 'garbage', '00000000-0000-0000-0000-000000000000', theirs.id.toUpperCase()]) {
    expect(codeOf(await t.gql(RENAME, { id, name: 'pwned' }, a.token))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DELETE, { id }, a.token))).toBe('NOT_FOUND');
  }
  expect(await resourceRows(b.organizationId)).toEqual([{ id: theirs.id, name: 'theirs', deleted: false }]);
  expect((await t.ok(LIST, {}, a.token)).resources).toEqual([]);
});

test('the creator stays shown after being removed; past usage still shows a deleted resource', async () => {
  const { owner, member } = await orgWithRoles(t);
  await topUp(t, owner.token, '5');
  const { createResource: r } = await t.ok(CREATE, { i: { kind: 'AGENT', name: 'Member bot' } }, member.token);
  await t.ok(SPEND, { i: { operation: 'chat', credits: '1', resourceId: r.id, idempotencyKey: key() } }, member.token);
  await t.ok(
    graphql(`
      mutation ResourcesRemoveMember($id: ID!) {
        removeMember(memberId: $id) {
          status
        }
      }
    `),
    { id: member.memberId },
    owner.token,
  );
  const [listed] = (await t.ok(LIST, {}, owner.token)).resources;
  expect(listed.createdBy).toEqual({ id: member.memberId, name: 'Max Member', status: 'REMOVED' });
  await t.ok(DELETE, { id: r.id }, owner.token);
  const usage = await t.ok(
    graphql(`
      query ResourcesUsageRecords {
        usageRecords {
          nodes {
            member {
              name
              status
            }
            resource {
              id
              name
              deletedAt
              createdBy {
                name
              }
            }
          }
        }
      }
    `),
    {},
    owner.token,
  );
  expect(usage.usageRecords.nodes[0].member).toEqual({ name: 'Max Member', status: 'REMOVED' });
  expect(usage.usageRecords.nodes[0].resource).toMatchObject({ id: r.id, name: 'Member bot', createdBy: { name: 'Max Member' } });
  expect(usage.usageRecords.nodes[0].resource!.deletedAt).not.toBeNull();
});
