import { ALL_PERMISSIONS, API_KEY_PERMISSIONS, can, Permission, PERMISSIONS_BY_ROLE } from './permissions';
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
    [Permission.WebhooksManage, ['OWNER', 'ADMIN']],
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

  test('an API key gets only the listed permissions of its role (deny by default)', () => {
    const keyTable: Array<[Permission, boolean]> = [
      [Permission.OrganizationRead, true],
      [Permission.MembersReadPrivate, true],
      [Permission.MembersManage, false],
      [Permission.OwnershipTransfer, false],
      [Permission.OrganizationManage, false],
      [Permission.AuditRead, true],
      [Permission.CreditsRead, true],
      [Permission.BillingManage, true],
      [Permission.CreditsSpend, true],
      [Permission.ApiKeysOwn, true],
      [Permission.ApiKeysManage, false],
      [Permission.WebhooksManage, false],
      [Permission.ResourcesWrite, true],
      [Permission.UsageRead, true],
      [Permission.UsageReadAllMembers, true],
      [Permission.AccountSelf, true],
    ];
    expect(new Set(keyTable.map(([p]) => p))).toEqual(new Set(ALL_PERMISSIONS));
    for (const [permission, byKey] of keyTable) {
      expect([permission, API_KEY_PERMISSIONS.has(permission)]).toEqual([permission, byKey]);
      for (const role of ROLES) {
        expect([permission, role, can(role, permission, 'apiKey')]).toEqual([permission, role, byKey && can(role, permission)]);
      }
    }
    expect(can('OWNER', Permission.MembersManage, 'session')).toBe(true);
    expect(can('OWNER', Permission.MembersManage, 'apiKey')).toBe(false);
  });

  test('no role, no permission', () => {
    expect(can(null, Permission.OrganizationRead)).toBe(false);
  });
});
