/**
 * The documents the S1 bench (bench/members.ts) asks PostGraphile (bench/postgraphile-server.ts), in
 * PostGraphile's naming (amber preset: `id` is the global node id, `rowId` the uuid column): the SPA's members page
 * as far as the tables carry it. Not in them: `usedThisMonth` (the usage tables' sum, a function PostGraphile
 * would need) and `status <> 'REMOVED'` (conditions are equalities; the seed has no removed member).
 */
import { formatCredits } from '@orgpulse/shared';
import { STATUS_KINDS } from '../src/modules/mail';

/** The members page in PostGraphile's naming: the S1 page (first 50, or 50 after a cursor), oldest first. */
export const POSTGRAPHILE_MEMBERS_QUERY = `query Members($org: UUID!, $first: Int!, $after: Cursor) {
  members: allMemberships(condition: { organizationId: $org }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC], first: $first, after: $after) {
    nodes {
      rowId role status createdAt lastActiveAt emailStatus monthlyAllowance
      user: userByUserId { name email totpEnabledAt mustChangePassword temporaryPasswordExpiresAt }
      inviter: membershipByInvitedById { rowId user: userByUserId { name } }
      outbox: emailOutboxesByMembershipId(orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC], first: 1) { nodes { kind lastError } }
    }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;

/** The cursor of the row at `offset` (members.ts: the deep page starts after it, as B1's keyset does). */
export const POSTGRAPHILE_CURSOR_QUERY = `query Cursor($org: UUID!, $offset: Int!) {
  allMemberships(condition: { organizationId: $org }, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC], first: 1, offset: $offset) { edges { cursor } }
}`;

interface PostGraphileMember {
  rowId: string;
  role: string;
  status: string;
  createdAt: string;
  lastActiveAt: string | null;
  emailStatus: string;
  monthlyAllowance: string | null;
  user: {
    name: string;
    email: string;
    totpEnabledAt: string | null;
    mustChangePassword: boolean;
    temporaryPasswordExpiresAt: string | null;
  };
  inviter: { rowId: string; user: { name: string } } | null;
  outbox: { nodes: Array<{ kind: string; lastError: string | null }> };
}

const iso = (t: string | null) => (t === null ? null : new Date(t).toISOString());

/**
 * PostGraphile's `members` in the shape of the SPA query's answer (bench/members-sql.ts membersJson, as the
 * owner sees it), for the fields both carry: `allowance` only as its monthly limit.
 */
export function postgraphileAsSpa(members: { nodes: PostGraphileMember[]; pageInfo: { hasNextPage: boolean }; totalCount: number }): {
  nodes: Array<Record<string, unknown>>;
  hasNextPage: boolean;
  totalCount: number;
} {
  const nodes = members.nodes.map((m) => {
    const latest = m.outbox.nodes[0];
    return {
      id: m.rowId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      status: m.status,
      joinedAt: iso(m.createdAt),
      lastActiveAt: iso(m.lastActiveAt),
      emailStatus: m.emailStatus,
      emailError:
        m.emailStatus !== 'NOT_SENT' && latest && (STATUS_KINDS as readonly string[]).includes(latest.kind) ? latest.lastError : null,
      mfaEnabled: m.user.totpEnabledAt !== null,
      temporaryPasswordExpiresAt: m.user.mustChangePassword ? iso(m.user.temporaryPasswordExpiresAt) : null,
      invitedBy: m.inviter ? { id: m.inviter.rowId, name: m.inviter.user.name } : null,
      monthlyLimit: m.monthlyAllowance === null ? null : formatCredits(BigInt(m.monthlyAllowance)),
    };
  });
  return { nodes, hasNextPage: members.pageInfo.hasNextPage, totalCount: members.totalCount };
}

/** orgpulse's (or B1's) `members` cut to what postgraphileAsSpa carries. */
export function spaComparable(members: {
  nodes: Array<Record<string, unknown> & { allowance: { monthlyLimit: string } | null }>;
  pageInfo: { hasNextPage: boolean };
  totalCount: number;
}): { nodes: Array<Record<string, unknown>>; hasNextPage: boolean; totalCount: number } {
  const nodes = members.nodes.map(({ allowance, ...rest }) => ({ ...rest, monthlyLimit: allowance?.monthlyLimit ?? null }));
  return { nodes, hasNextPage: members.pageInfo.hasNextPage, totalCount: members.totalCount };
}
