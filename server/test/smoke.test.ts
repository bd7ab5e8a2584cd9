import { startTestApp, TestApp, codeOf } from './helpers/app';
import { graphql } from './gql';
import { orgWithRoles, signUp } from './helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

test('sign up, then read the viewer', async () => {
  const owner = await signUp(t, { name: 'Olivia Owner' });
  const data = await t.ok(
    graphql(`
      query SmokeViewer {
        viewer {
          user {
            name
            email
          }
          member {
            role
          }
          organization {
            name
            memberCount
            owner {
              name
            }
          }
          permissions
        }
      }
    `),
    {},
    owner.token,
  );
  expect(data.viewer.member.role).toBe('OWNER');
  expect(data.viewer.organization.owner.name).toBe('Olivia Owner');
  expect(data.viewer.permissions).toContain('members:manage');
});

test('roles', async () => {
  const { guest, member } = await orgWithRoles(t);
  const r = await t.gql(
    graphql(`
      query SmokeMembers {
        members {
          totalCount
          nodes {
            name
            email
            role
          }
        }
      }
    `),
    {},
    guest.token,
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.members.totalCount).toBe(4);
  const emails = r.data!.members.nodes.map((n) => n.email).filter(Boolean);
  expect(emails).toHaveLength(1);
  const add = await t.gql(
    graphql(`
      mutation SmokeAddMember {
        addMember(input: { name: "x", email: "x@y.z", temporaryPassword: "abc" }) {
          existingUser
        }
      }
    `),
    {},
    member.token,
  );
  expect(codeOf(add)).toBe('FORBIDDEN');
});
