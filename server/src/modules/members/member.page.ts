import { microsOrNull } from '../../common/money';
import { badInput } from '../../common/errors';
import type { Caller } from '../../common/auth/caller';
import type { Cursor } from '../../common/pagination';
import { STATUS_KINDS } from '../mail';
import { usedThisMonthSql } from '../credits';
import { Membership } from './member.entity';
import { setExtras } from './member.extras';

import type { MemberStatus, Role } from '@orgpulse/shared';

export interface MemberFilter {
  first?: number | null;
  after?: string | null;
  search?: string | null;
  role?: Role | null;
  status?: MemberStatus | null;
}

/** pg parses the row's timestamps; the inviter's (read as JSON) are strings. */
const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

const MEMBER_COLUMNS = (m: string) =>
  `${m}.id, ${m}.organization_id, ${m}.user_id, ${m}.role, ${m}.status, ${m}.invited_by_id, ${m}.email_status, ${m}.created_at, ${m}.last_active_at, ${m}.status_changed_at, ${m}.monthly_allowance`;

interface MemberRow {
  id: string;
  organization_id: string;
  user_id: string;
  role: Membership['role'];
  status: Membership['status'];
  invited_by_id: string | null;
  email_status: Membership['emailStatus'];
  created_at: Date;
  last_active_at: Date | null;
  status_changed_at: Date | null;
  monthly_allowance: string | null;
}

interface PageRow extends MemberRow {
  name: string;
  email: string;
  email_error: string | null;
  used: string | null;
  mfa_enabled: boolean;
  temporary_password_expires_at: Date | null;
  inv: (MemberRow & { name: string; email: string }) | null;
}

/**
 * A Membership (the class, so TypeGraphQL converts nothing per field) from a raw row. Made on
 * the prototype rather than with `new`: the constructor first defines every declared field,
 * relations included, as undefined (class fields), and each is then written again here;
 * that was ~2% of a members page's CPU (issue 11).
 */
function toMembership(r: MemberRow): Membership {
  const m = Object.create(Membership.prototype) as Membership;
  m.id = r.id;
  m.organizationId = r.organization_id;
  m.userId = r.user_id;
  m.role = r.role;
  m.status = r.status;
  m.invitedById = r.invited_by_id;
  m.emailStatus = r.email_status;
  m.createdAt = toDate(r.created_at);
  m.lastActiveAt = r.last_active_at === null ? null : toDate(r.last_active_at);
  m.statusChangedAt = r.status_changed_at === null ? null : toDate(r.status_changed_at);
  m.monthlyAllowance = microsOrNull(r.monthly_allowance);
  return m;
}

/** The WHERE of the list and of its count, and whether it needs the users table (search). */
function where(caller: Caller, filter: MemberFilter, params: unknown[]): { sql: string; joinsUsers: boolean } {
  params.push(caller.organizationId);
  const parts = ['m.organization_id = $1'];
  if (filter.status) {
    params.push(filter.status);
    parts.push(`m.status = $${params.length}`);
  } else parts.push(`m.status <> 'REMOVED'`);
  if (filter.role) {
    params.push(filter.role);
    parts.push(`m.role = $${params.length}`);
  }
  const search = filter.search?.trim();
  if (!search) return { sql: parts.join(' AND '), joinsUsers: false };
  if (search.length > 200) throw badInput('The search text can be at most 200 characters.', 'search');
  if (search.includes('\0')) throw badInput('The search text cannot contain a NUL character.', 'search');
  params.push(`%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const like = `$${params.length}`;
  // emails are searchable only by those who may see them
  parts.push(caller.role !== 'GUEST' ? `(lower(u.name) LIKE ${like} OR u.email LIKE ${like})` : `lower(u.name) LIKE ${like}`);
  return { sql: parts.join(' AND '), joinsUsers: true };
}

/** Runs one read statement in the caller's organization (common/tenant.ts scopedRead: one round trip). */
export type ScopedRead = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

/**
 * The members page in ONE statement: the count (from the counters by role and status, or, for a
 * search, counted with the users join), and beside it the rows (user, inviter, email error and month-to-date usage joined in;
 * keyset on (created_at, id), the index memberships_org_created_idx). The count is the outer
 * row, so an empty page still carries it (its member columns are then null).
 */
export async function readMembersPage(read: ScopedRead, caller: Caller, filter: MemberFilter, first: number, cursor: Cursor | null) {
  const params: unknown[] = [];
  const w = where(caller, filter, params);
  let pageWhere = w.sql;
  if (cursor) {
    params.push(cursor.at, cursor.id);
    pageWhere += ` AND (m.created_at, m.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(first + 1);
  // the inviter once per page (most members share one), on one of its rows only, read after the LIMIT
  const sql = `
    SELECT c.n AS total_count, p.* FROM (${
      w.joinsUsers
        ? `SELECT count(*)::int AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE ${w.sql}`
        : // the same conditions over the counters the membership triggers keep (migration MemberCounts): at most 12 rows
          `SELECT coalesce(sum(m.n), 0)::int AS n FROM member_counts m WHERE ${w.sql}`
    }
    ) c LEFT JOIN LATERAL (
    SELECT q.*, CASE WHEN q.invited_by_id IS NOT NULL AND row_number() OVER (PARTITION BY q.invited_by_id) = 1 THEN (
             SELECT json_build_object(
               'id', inv.id, 'organization_id', inv.organization_id, 'user_id', inv.user_id, 'role', inv.role, 'status', inv.status,
               'invited_by_id', inv.invited_by_id, 'email_status', inv.email_status, 'created_at', inv.created_at,
               'last_active_at', inv.last_active_at, 'status_changed_at', inv.status_changed_at,
               'monthly_allowance', inv.monthly_allowance::text, 'name', iu.name, 'email', iu.email)
               FROM memberships inv JOIN users iu ON iu.id = inv.user_id WHERE inv.id = q.invited_by_id) END AS inv
      FROM (
      SELECT ${MEMBER_COLUMNS('m')}, u.name, u.email, u.totp_enabled_at IS NOT NULL AS mfa_enabled,
             CASE WHEN u.must_change_password THEN u.temporary_password_expires_at END AS temporary_password_expires_at,
             e.last_error AS email_error,
             CASE WHEN m.monthly_allowance IS NOT NULL THEN ${usedThisMonthSql('m.organization_id', 'm.id')} END AS used
        FROM memberships m
        JOIN users u ON u.id = m.user_id
        LEFT JOIN LATERAL (
          SELECT o.last_error FROM email_outbox o
           WHERE o.membership_id = m.id AND o.kind = ANY('{${STATUS_KINDS.join(',')}}'::text[]) AND m.email_status <> 'NOT_SENT'
           ORDER BY o.created_at DESC, o.id DESC LIMIT 1) e ON true
       WHERE ${pageWhere}
       ORDER BY m.created_at, m.id
       LIMIT $${params.length}
      ) q
    ) p ON true
    ORDER BY p.created_at, p.id`;

  const all = await read<PageRow & { total_count: number }>(sql, params);
  const rows = all.filter((r) => r.id !== null);
  // each visible inviter came on one of the rows it invited: one object for all of them (none: not visible here)
  const inviters = new Map<string, Membership>();
  for (const r of rows) {
    if (!r.invited_by_id || !r.inv) continue;
    const inviter = toMembership(r.inv);
    setExtras(inviter, { name: r.inv.name, email: r.inv.email });
    inviters.set(r.invited_by_id, inviter);
  }
  const nodes = rows.map((r) => {
    const m = toMembership(r);
    setExtras(m, {
      name: r.name,
      email: r.email,
      emailError: r.email_error,
      usedThisMonth: microsOrNull(r.used),
      inviter: r.invited_by_id ? (inviters.get(r.invited_by_id) ?? null) : null,
      mfaEnabled: r.mfa_enabled,
      temporaryPasswordExpiresAt: r.temporary_password_expires_at,
    });
    return m;
  });
  return { nodes, totalCount: all[0]?.total_count ?? 0 };
}
