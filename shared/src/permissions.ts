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
  /** Add members, change roles, remove, suspend, reactivate, resend credentials, set monthly allowances. */
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
  /** Webhook endpoints: create, delete, rotate secrets, send tests, read and redeliver deliveries. */
  WebhooksManage: 'webhooks:manage',
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
  P.WebhooksManage,
];

export const PERMISSIONS_BY_ROLE: Readonly<Record<Role, readonly Permission[]>> = {
  OWNER: [...MANAGER, P.OwnershipTransfer],
  ADMIN: MANAGER,
  MEMBER: CONTRIBUTOR,
  GUEST: EVERYONE,
};

export const ALL_PERMISSIONS: readonly Permission[] = Object.values(Permission);

/**
 * What an API key may do (docs/PRODUCT.md §6), decided permission by permission; anything
 * not listed is refused to a key whatever its member's role (deny by default). A key is a
 * bearer secret that leaks (CI logs, laptops): it may call the platform and read, but
 * nothing that creates a credential, grants a role or changes who may do what, so a leaked
 * key never outlives its revocation. Those need a signed-in session (a password).
 *
 * | permission              | key | why                                                                  |
 * | ----------------------- | --- | -------------------------------------------------------------------- |
 * | organization:read       | yes | reads                                                                |
 * | members:read-private    | yes | reads                                                                |
 * | members:manage          | no  | adds members (temporary passwords), roles, removal, allowances       |
 * | ownership:transfer      | no  | hands over the organization                                          |
 * | organization:manage     | no  | the organization's settings                                          |
 * | audit:read              | yes | reads (export to a SIEM)                                             |
 * | credits:read            | yes | reads                                                                |
 * | billing:manage          | yes | billing automation: ledger, top-ups, corrections, the threshold;     |
 * |                         |     | money only, idempotent, each entry records the key                   |
 * | credits:spend           | yes | what keys are for                                                    |
 * | api-keys:own            | yes | list one's keys and revoke them (a key can revoke itself); creating  |
 * |                         |     | a key is sessionOnly on the operation                                |
 * | api-keys:manage         | no  | every member's keys                                                  |
 * | resources:write         | yes | instances and agents are platform objects                            |
 * | usage:read              | yes | reads                                                                |
 * | usage:read-all-members  | yes | reads                                                                |
 * | webhooks:manage         | no  | endpoints hold signing secrets and choose where data is sent         |
 * | account:self            | yes | viewer and logOut only: every other account operation is sessionOnly |
 */
export const API_KEY_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  P.OrganizationRead,
  P.MembersReadPrivate,
  P.AuditRead,
  P.CreditsRead,
  P.BillingManage,
  P.CreditsSpend,
  P.ApiKeysOwn,
  P.ResourcesWrite,
  P.UsageRead,
  P.UsageReadAllMembers,
  P.AccountSelf,
]);

/** How the caller authenticated: a signed-in session, or an API key (limited to API_KEY_PERMISSIONS). */
export type Credential = 'session' | 'apiKey';

export function can(role: Role | null | undefined, permission: Permission, credential: Credential = 'session'): boolean {
  if (!role) return false;
  if (credential !== 'session' && !API_KEY_PERMISSIONS.has(permission)) return false;
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return [...PERMISSIONS_BY_ROLE[role]];
}
