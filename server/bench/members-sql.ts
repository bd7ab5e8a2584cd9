/**
 * The members page as B1 and the floor read it (bench/b1-server.ts, bench/floor-server.ts):
 * one page statement carrying the user, the inviter and the per-row extras, and a count.
 */
import { formatCredits, Permission } from '@orgpulse/shared';
import { STATUS_KINDS } from '../src/modules/mail';
import { usedThisMonthSql } from '../src/modules/credits/balance.rows';
import { callerCan } from '../src/common/auth/guard';

/** The SPA's members query: client/src/features/members/members.graphql.ts (Members, MemberRow, MemberAllowanceFields). */
export const SPA_MEMBERS_QUERY = `query Members($first: Int!, $after: String, $search: String, $role: Role, $status: MemberStatus) {
  members(first: $first, after: $after, search: $search, role: $role, status: $status) {
    nodes { ...MemberRow }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}
fragment MemberAllowanceFields on MemberAllowance { monthlyLimit usedThisMonth remaining }
fragment MemberRow on Member {
  id name email role status joinedAt lastActiveAt emailStatus emailError mfaEnabled temporaryPasswordExpiresAt
  invitedBy { id name }
  allowance { ...MemberAllowanceFields }
}`;

export const PAGE_SQL = `
  SELECT m.id, m.organization_id, m.role, m.status, m.created_at, m.last_active_at, m.email_status, m.monthly_allowance,
         u.name, u.email, u.totp_enabled_at IS NOT NULL AS mfa_enabled,
         CASE WHEN u.must_change_password THEN u.temporary_password_expires_at END AS temporary_password_expires_at, inv.id AS inv_id, iu.name AS inv_name, e.last_error AS email_error,
         CASE WHEN m.monthly_allowance IS NOT NULL THEN ${usedThisMonthSql('m.organization_id', 'm.id')} END AS used
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    LEFT JOIN memberships inv ON inv.id = m.invited_by_id
    LEFT JOIN users iu ON iu.id = inv.user_id
    LEFT JOIN LATERAL (SELECT o.last_error FROM email_outbox o
                        WHERE o.membership_id = m.id AND o.kind = ANY('{${STATUS_KINDS.join(',')}}'::text[]) AND m.email_status <> 'NOT_SENT'
                        ORDER BY o.created_at DESC, o.id DESC LIMIT 1) e ON true
   WHERE m.organization_id = $1 AND m.status <> 'REMOVED' AND ($2::timestamptz IS NULL OR (m.created_at, m.id) > ($2, $3::uuid))
   ORDER BY m.created_at, m.id
   LIMIT $4`;

/** The session check of B1 and PostGraphile (bench/b1-server.ts, bench/postgraphile-server.ts): the same as orgpulse's, by hand. */
export const SESSION_SQL = `SELECT m.id AS membership_id, m.organization_id, m.role, u.must_change_password
   FROM sessions s
   JOIN memberships m ON m.id = s.membership_id
   JOIN users u ON u.id = m.user_id
  WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
    AND m.id = $2 AND m.user_id = $3 AND m.organization_id = $4 AND m.status = 'ACTIVE'`;

export const COUNT_SQL = `SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND status <> 'REMOVED'`;

export interface PageRow {
  id: string;
  organization_id: string;
  role: string;
  status: string;
  created_at: Date;
  last_active_at: Date | null;
  email_status: string;
  monthly_allowance: string | null;
  name: string;
  email: string;
  mfa_enabled: boolean;
  temporary_password_expires_at: Date | null;
  inv_id: string | null;
  inv_name: string | null;
  email_error: string | null;
  used: string | null;
}

export interface BenchCaller {
  membershipId: string;
  organizationId: string;
  role: import('@orgpulse/shared').Role;
  sessionId: string | null;
}

export function decodeAfter(after: string | null | undefined): [string | null, string | null] {
  if (!after) return [null, null];
  const [at, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  return [at, id];
}

const cursorOf = (r: PageRow) => Buffer.from(JSON.stringify([r.created_at.toISOString(), r.id])).toString('base64url');

/** The JSON `members` value of the SPA's query for these rows, as orgpulse answers it. */
export function membersJson(caller: BenchCaller, rows: PageRow[], first: number, totalCount: number) {
  const hasNextPage = rows.length > first;
  const page = hasNextPage ? rows.slice(0, first) : rows;
  const priv = callerCan(caller, Permission.MembersReadPrivate);
  const manage = callerCan(caller, Permission.MembersManage);
  const usage = callerCan(caller, Permission.UsageReadAllMembers);
  const nodes = page.map((r) => {
    const self = r.id === caller.membershipId;
    const seePrivate = self || priv;
    let allowance = null;
    if ((self || usage) && r.monthly_allowance !== null) {
      const limit = BigInt(r.monthly_allowance);
      const used = BigInt(r.used ?? 0);
      allowance = {
        monthlyLimit: formatCredits(limit),
        usedThisMonth: formatCredits(used),
        remaining: formatCredits(used >= limit ? 0n : limit - used),
      };
    }
    return {
      id: r.id,
      name: r.name,
      email: seePrivate ? r.email : null,
      role: r.role,
      status: r.status,
      joinedAt: r.created_at.toISOString(),
      lastActiveAt: seePrivate && r.last_active_at ? r.last_active_at.toISOString() : null,
      emailStatus: r.email_status,
      emailError: manage ? r.email_error : null,
      mfaEnabled: manage ? r.mfa_enabled : null,
      temporaryPasswordExpiresAt:
        (manage || self) && r.temporary_password_expires_at ? r.temporary_password_expires_at.toISOString() : null,
      invitedBy: seePrivate && r.inv_id ? { id: r.inv_id, name: r.inv_name } : null,
      allowance,
    };
  });
  const last = page[page.length - 1];
  return { nodes, pageInfo: { endCursor: last ? cursorOf(last) : null, hasNextPage }, totalCount };
}
