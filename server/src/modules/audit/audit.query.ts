import type { EntityManager } from 'typeorm';
import type { Cursor } from '../../common/pagination';
import { AuditEvent } from './audit-event.entity';

/** What the audit log can be narrowed to; every part optional, ids already checked. */
export interface AuditScope {
  organizationId: string;
  actorId: string | null;
  /** Distinct action names; empty: every action. */
  actions: string[];
  targetId: string | null;
  /** Inclusive. */
  from: Date | null;
  /** Exclusive. */
  to: Date | null;
}

interface AuditRow {
  id: string;
  organization_id: string;
  action: string;
  actor_membership_id: string | null;
  target_id: string | null;
  details: Record<string, unknown> | null;
  created_at: Date;
}

/**
 * The WHERE clause of a scope, with its parameters from $1. Each combination the SPA sends
 * is served by one of the indexes on (organization_id, <filter column>, created_at, id)
 * (migration AuditLogFilters): the equality columns first, then the keyset order.
 */
function whereOf(scope: AuditScope, cursor: Cursor | null, actionRef: string | null) {
  const params: unknown[] = [scope.organizationId];
  const where = ['a.organization_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (scope.actorId) add((p) => `a.actor_membership_id = ${p}`, scope.actorId);
  if (scope.targetId) add((p) => `a.target_id = ${p}`, scope.targetId);
  if (scope.from) add((p) => `a.created_at >= ${p}`, scope.from.toISOString());
  if (scope.to) add((p) => `a.created_at < ${p}`, scope.to.toISOString());
  if (cursor) {
    params.push(cursor.at.toISOString(), cursor.id);
    where.push(`(a.created_at, a.id) < ($${params.length - 1}, $${params.length})`);
  }
  if (actionRef) where.push(`a.action = ${actionRef}`);
  return { where: where.join(' AND '), params };
}

const COLUMNS = 'a.id, a.organization_id, a.action, a.actor_membership_id, a.target_id, a.details, a.created_at';
const NEWEST_FIRST = 'ORDER BY a.created_at DESC, a.id DESC';

/**
 * One page, newest first, `limit` rows after `cursor`. With actions, each action is read
 * on its own index range (LATERAL, `limit` rows at most each) and the few rows merged, so
 * a deep page of three actions reads 3 × limit index entries, never every matching row.
 */
export function pageSql(scope: AuditScope, cursor: Cursor | null, limit: number): { sql: string; params: unknown[] } {
  if (scope.actions.length === 0) {
    const { where, params } = whereOf(scope, cursor, null);
    params.push(limit);
    return { sql: `SELECT ${COLUMNS} FROM audit_events a WHERE ${where} ${NEWEST_FIRST} LIMIT $${params.length}`, params };
  }
  const { where, params } = whereOf(scope, cursor, 'f.action');
  params.push(scope.actions, limit);
  const actionsRef = `$${params.length - 1}::varchar[]`;
  const limitRef = `$${params.length}`;
  return {
    sql:
      `SELECT a.* FROM unnest(${actionsRef}) AS f(action) CROSS JOIN LATERAL ` +
      `(SELECT ${COLUMNS} FROM audit_events a WHERE ${where} ${NEWEST_FIRST} LIMIT ${limitRef}) a ${NEWEST_FIRST} LIMIT ${limitRef}`,
    params,
  };
}

/** How many events match (only run when a client asks for totalCount). */
export async function countIn(em: EntityManager, scope: AuditScope): Promise<number> {
  const { where, params } = whereOf(scope, null, null);
  let sql = `SELECT count(*)::int AS n FROM audit_events a WHERE ${where}`;
  if (scope.actions.length > 0) {
    params.push(scope.actions);
    sql += ` AND a.action = ANY($${params.length}::varchar[])`;
  }
  const [row] = (await em.query(sql, params)) as Array<{ n: number }>;
  return row.n;
}

export async function pageIn(em: EntityManager, scope: AuditScope, cursor: Cursor | null, limit: number): Promise<AuditEvent[]> {
  const { sql, params } = pageSql(scope, cursor, limit);
  const rows = (await em.query(sql, params)) as AuditRow[];
  return rows.map((r) =>
    Object.assign(new AuditEvent(), {
      id: r.id,
      organizationId: r.organization_id,
      action: r.action,
      actorMembershipId: r.actor_membership_id,
      targetId: r.target_id,
      details: r.details,
      createdAt: new Date(r.created_at),
    }),
  );
}

/**
 * The actions recorded in the organization, each once, in order: a skip scan over the
 * (organization_id, action, …) index, one index probe per distinct action (a few dozen),
 * however many events there are.
 */
export async function actionsIn(em: EntityManager, organizationId: string): Promise<string[]> {
  const rows = (await em.query(
    `WITH RECURSIVE t(action) AS (
       (SELECT action FROM audit_events WHERE organization_id = $1 ORDER BY action LIMIT 1)
       UNION ALL
       SELECT (SELECT a.action FROM audit_events a WHERE a.organization_id = $1 AND a.action > t.action ORDER BY a.action LIMIT 1)
       FROM t WHERE t.action IS NOT NULL
     )
     SELECT action FROM t WHERE action IS NOT NULL`,
    [organizationId],
  )) as Array<{ action: string }>;
  return rows.map((r) => r.action);
}

/** The names of a page's actors, one query per page. */
export async function actorNamesIn(em: EntityManager, events: AuditEvent[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.map((e) => e.actorMembershipId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = (await em.query('SELECT m.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.id = ANY($1::uuid[])', [
    ids,
  ])) as Array<{ id: string; name: string }>;
  return new Map(rows.map((r) => [r.id, r.name]));
}
