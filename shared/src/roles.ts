/** Roles of a membership, highest first. */
export const ROLES = ['OWNER', 'ADMIN', 'MEMBER', 'GUEST'] as const;
export type Role = (typeof ROLES)[number];

export const MEMBER_STATUSES = ['ACTIVE', 'SUSPENDED', 'REMOVED'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

const RANK: Record<Role, number> = { OWNER: 4, ADMIN: 3, MEMBER: 2, GUEST: 1 };

/** Numeric rank of a role: a higher rank can do more. */
export function roleRank(role: Role): number {
  return RANK[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles an admin may hand out when adding a member or changing a role (never OWNER). */
export const ASSIGNABLE_ROLES: readonly Role[] = ['ADMIN', 'MEMBER', 'GUEST'];
