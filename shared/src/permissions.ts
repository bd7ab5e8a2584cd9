import type { Role } from './roles';

/**
 * The one permission table (docs/PRODUCT.md §2). The server's authChecker and the SPA's
 * <Can> component both read it, so a capability is defined exactly once.
 */
export const Permission = {
  /** See the organization, the member list (names, roles, status), resources. */
  OrganizationRead: 'organization:read',
  /** See other members' emails, last activity and who added them. */
  MembersReadPrivate: 'members:read-private',
  /** Add members, change roles, remove, suspend, reactivate, resend credentials. */
  MembersManage: 'members:manage',
  /** Hand the organization to another member (re-confirming the password). */
  OwnershipTransfer: 'ownership:transfer',
  /** Rename the organization. */
  OrganizationManage: 'organization:manage',
  /** Read the audit log. */
  AuditRead: 'audit:read',
  /** See the credit balance. */
  CreditsRead: 'credits:read',
  /** Add credits, see credit transactions, set the low-balance threshold. */
  BillingManage: 'billing:manage',
  /** Spend credits (API calls). */
  CreditsSpend: 'credits:spend',
  /** Create and revoke one's own API keys. */
  ApiKeysOwn: 'api-keys:own',
  /** See and revoke every member's API keys. */
  ApiKeysManage: 'api-keys:manage',
  /** Create, rename and delete resources. */
  ResourcesWrite: 'resources:write',
  /** Usage dashboard: organization totals, by resource, by day, by operation. */
  UsageRead: 'usage:read',
  /** Usage dashboard: every member's row and records (others see their own only). */
  UsageReadAllMembers: 'usage:read-all-members',
  /** One's own account: password, profile name, sessions. Every role has it. */
  AccountSelf: 'account:self',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

const P = Permission;
const EVERYONE: Permission[] = [P.OrganizationRead, P.CreditsRead, P.UsageRead, P.AccountSelf];
const CONTRIBUTOR: Permission[] = [...EVERYONE, P.MembersReadPrivate, P.CreditsSpend, P.ApiKeysOwn, P.ResourcesWrite];
const MANAGER: Permission[] = [
  ...CONTRIBUTOR,
  P.MembersManage,
  P.OrganizationManage,
  P.AuditRead,
  P.BillingManage,
  P.ApiKeysManage,
  P.UsageReadAllMembers,
];

export const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  OWNER: [...MANAGER, P.OwnershipTransfer],
  ADMIN: MANAGER,
  MEMBER: CONTRIBUTOR,
  GUEST: EVERYONE,
};

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...PERMISSIONS_BY_ROLE[role]];
}
