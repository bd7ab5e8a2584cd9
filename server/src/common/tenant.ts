import { escapeLiteral } from 'pg';
import type { Pool, QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { inTransaction } from './transaction';
import { isUuid } from './validate';

/**
 * Whose rows a transaction may see under row-level security (docs/security.md,
 * "Row-level security"): the organization's, and, for a user's own account, that user's
 * memberships and sessions in every organization (and those organizations' names).
 */
export interface TenantScope {
  organizationId?: string | null;
  userId?: string | null;
}

function checkScope(scope: TenantScope): void {
  for (const id of [scope.organizationId, scope.userId]) {
    if (id && !isUuid(id)) throw new Error(`not a tenant id: ${JSON.stringify(id)}`);
  }
}

/** Sets the scope for the rest of the current transaction only (SET LOCAL): a pooled connection never keeps it. */
export async function setScope(em: Pick<EntityManager, 'query'>, scope: TenantScope): Promise<void> {
  checkScope(scope);
  await em.query(`SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`, [
    scope.organizationId ?? '',
    scope.userId ?? '',
  ]);
}

/**
 * Runs `work` in one transaction (retried like inTransaction) that sees only `scope`. Every
 * query of the app role goes through here: outside it, tenant tables read as empty.
 */
export function inScope<T>(ds: DataSource, scope: TenantScope, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inTransaction(ds, async (em) => {
    await setScope(em, scope);
    return work(em);
  });
}

/** `work` in one transaction that sees only the organization's rows. */
export function inTenant<T>(ds: DataSource, organizationId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inScope(ds, { organizationId }, work);
}

/** `work` in one transaction that sees only the user's own memberships, sessions and organizations. */
export function asUser<T>(ds: DataSource, userId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inScope(ds, { userId }, work);
}

/**
 * A statement's `$1`, `$2`… replaced by the values as SQL literals: the text node-postgres
 * would send for each parameter (pg's prepareValue), quoted by pg's escapeLiteral. Quoted
 * strings and identifiers of the statement itself are left as they are. A NUL cannot be
 * sent in a simple query (it would end the text): refused.
 */
export function inlineParams(sql: string, params: readonly unknown[]): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const end = sql.indexOf(c, i + 1);
      if (end < 0) throw new Error('unterminated quote in a scoped statement');
      out += sql.slice(i, end + 1);
      i = end + 1;
    } else if (c === '$' && /[0-9]/.test(sql[i + 1] ?? '')) {
      let j = i + 1;
      while (/[0-9]/.test(sql[j] ?? '')) j++;
      const n = Number(sql.slice(i + 1, j));
      if (n < 1 || n > params.length) throw new Error(`no value for $${n} in a scoped statement`);
      out += literal(params[n - 1]);
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function literal(value: unknown): string {
  const text = prepareValue(value);
  if (text === null) return 'NULL';
  if (text.includes('\0')) throw new Error('a NUL character cannot be part of a statement');
  return escapeLiteral(text);
}

// pg's own conversion of a parameter to its text form (arrays to '{…}', dates to ISO, buffers to bytea)
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prepareValue: (value: unknown) => string | null = require('pg/lib/utils').prepareValue;

const poolOf = (ds: DataSource): Pool => (ds.driver as PostgresDriver).master as Pool;

/**
 * Read statements in ONE round trip that sees only `scope`: one simple-protocol message
 * `SELECT set_config(…, true); <statement>; …`. PostgreSQL runs a message of several
 * statements as one implicit transaction, so the setting is local to it exactly as SET
 * LOCAL is to a BEGIN…COMMIT: it ends with the message (committed or failed), and the
 * pooled connection never keeps it. A transaction costs four round trips (BEGIN, the
 * setting, the read, COMMIT); this costs one (issue 11). For reads only: each statement is
 * one SELECT (checked), one of the app's own templates (no comments, no dollar quotes, no
 * E'' strings), and values are inlined as literals (inlineParams). Returns each statement's rows.
 */
export async function scopedReads(ds: DataSource, scope: TenantScope, statements: ReadonlyArray<readonly [string, readonly unknown[]]>) {
  checkScope(scope);
  const parts = statements.map(([sql, params]) => {
    // one SELECT (no `;`, checked before the values are inlined): nothing here can end the implicit transaction
    if (sql.includes(';') || !/^\s*(SELECT|WITH)\b/i.test(sql)) throw new Error('a scoped read is one SELECT statement');
    return inlineParams(sql, params);
  });
  const text = [
    `SELECT set_config('app.organization_id', '${scope.organizationId ?? ''}', true), set_config('app.user_id', '${scope.userId ?? ''}', true)`,
    ...parts,
  ].join(';\n');
  ds.logger.logQuery(text, undefined);
  const results = (await poolOf(ds).query(text)) as unknown as QueryResult[];
  return results.slice(1).map((r) => r.rows);
}

/** One read statement in one round trip that sees only `scope` (scopedReads). */
export async function scopedRead<T>(ds: DataSource, scope: TenantScope, sql: string, params: readonly unknown[] = []): Promise<T[]> {
  const [rows] = await scopedReads(ds, scope, [[sql, params]]);
  return rows as T[];
}

/** A request's database in the caller's organization: loader batches run as one scoped read, or a transaction for TypeORM work. */
export interface TenantDb {
  readonly organizationId: string | null;
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
  /** One read statement in one round trip (scopedRead). */
  read<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** With no organization (an anonymous request), every tenant table reads as empty. */
export function tenantDb(ds: DataSource, organizationId: string | null): TenantDb {
  return {
    organizationId,
    run: (work) => inScope(ds, { organizationId }, work),
    read: (sql, params = []) => scopedRead(ds, { organizationId }, sql, params),
  };
}
