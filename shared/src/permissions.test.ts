import { can, Permission, PERMISSIONS_BY_ROLE } from './permissions';
import { ROLES } from './roles';

describe('permission table (docs/PRODUCT.md §2)', () => {
  const table: Array<[Permission, string[]]> = [
    [Permission.OrganizationRead, ['OWNER', 'ADMIN', 'MEMBER', 'GUEST']],
    [Permission.MembersReadPrivate, ['OWNER', 'ADMIN', 'MEMBER']],
    [Permission.MembersManage, ['OWNER', 'ADMIN']],
    [Permission.OwnershipTransfer, ['OWNER']],
    [Permission.CreditsRead, ['OWNER', 'ADMIN', 'MEMBER', 'GUEST']],
    [Permission.BillingManage, ['OWNER', 'ADMIN']],
    [Permission.CreditsSpend, ['OWNER', 'ADMIN', 'MEMBER']],
    [Permission.ApiKeysOwn, ['OWNER', 'ADMIN', 'MEMBER']],
    [Permission.ApiKeysManage, ['OWNER', 'ADMIN']],
    [Permission.ResourcesWrite, ['OWNER', 'ADMIN', 'MEMBER']],
    [Permission.UsageRead, ['OWNER', 'ADMIN', 'MEMBER', 'GUEST']],
    [Permission.UsageReadAllMembers, ['OWNER', 'ADMIN']],
    [Permission.OrganizationManage, ['OWNER', 'ADMIN']],
    [Permission.AuditRead, ['OWNER', 'ADMIN']],
    [Permission.AccountSelf, ['OWNER', 'ADMIN', 'MEMBER', 'GUEST']],
  ];

  test.each(table)('%s is granted to exactly %j', (permission, roles) => {
    expect(ROLES.filter((r) => can(r, permission))).toEqual(roles);
  });

  test('every permission is in the table above', () => {
    expect(new Set(Object.values(PERMISSIONS_BY_ROLE).flat())).toEqual(new Set(table.map(([p]) => p)));
  });

  test('no role, no permission', () => {
    expect(can(null, Permission.OrganizationRead)).toBe(false);
  });
});
