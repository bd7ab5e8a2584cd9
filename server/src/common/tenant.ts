import { escapeLiteral } from 'pg';
import type { QueryResult } from 'pg';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { poolOf, PreparedStatement, preparedStatementName, sendPreparedMessage } from './prepared-message';
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
  return rewriteParams(sql, (n) => {
    if (n < 1 || n > params.length) throw new Error(`no value for $${n} in a scoped statement`);
    return literal(params[n - 1]);
  });
}

/** The statement with each `$n` outside quotes replaced by `value(n)`. */
function rewriteParams(sql: string, value: (n: number) => string): string {
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
      out += value(Number(sql.slice(i + 1, j)));
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

function checkSelect(sql: string): void {
  // no `;`: nothing here can end the implicit transaction
  if (sql.includes(';') || !/^\s*(SELECT|WITH)\b/i.test(sql)) throw new Error('a scoped read is one SELECT statement');
}

/** A scoped statement's text: one SELECT (checked before the values are inlined), its values as literals. */
function scopedStatement(sql: string, params: readonly unknown[]): string {
  checkSelect(sql);
  return inlineParams(sql, params);
}

/** Per prepared template: the highest `$n` it uses, once its text passed scopedStatement's checks (made once per text). */
const checkedTemplates = new Map<string, number>();

/** The checks scopedStatement makes, without inlining: the template's once, then that each `$n` has a value. */
function checkTemplate(sql: string, params: readonly unknown[]): void {
  let highest = checkedTemplates.get(sql);
  if (highest === undefined) {
    checkSelect(sql);
    let max = 0;
    rewriteParams(sql, (n) => {
      if (n < 1) throw new Error(`no value for $${n} in a scoped statement`);
      max = Math.max(max, n);
      return '';
    });
    checkedTemplates.set(sql, (highest = max));
  }
  if (highest > params.length) throw new Error(`no value for $${highest} in a scoped statement`);
}

/**
 * The settings a group of a scoped message starts with: both tenant ids and the plan mode, each
 * set every time so nothing of an earlier group's carries over (the scoped reads here, the
 * spend writes in modules/credits). `generic`: the prepared statements run their generic plan.
 * Every group runs without JIT: these are short reads and writes, and a generic plan's costs come
 * from guessed row counts (a range of the records: 50k rows), which put the dashboard's totals over
 * jit_above_cost and compiled them for ~100 ms on every run, for a few thousand rows read.
 */
const scopeSettingsSql = (scope: TenantScope, generic: boolean) =>
  `SELECT set_config('app.organization_id', '${scope.organizationId ?? ''}', true), set_config('app.user_id', '${scope.userId ?? ''}', true), ` +
  `set_config('plan_cache_mode', '${generic ? 'force_generic_plan' : 'auto'}', true), set_config('jit', 'off', true)`;

/** A statement of a scoped message: its text, and for a prepared one the statement its EXECUTE runs. */
interface Part {
  text: string;
  prepare?: PreparedStatement;
}

/**
 * One simple-protocol message: for each group, the settings of its scope (both of them, so
 * nothing of an earlier group's carries over), then its statements; each statement's rows in order.
 * A group with prepared statements also asks for their generic plan for the rest of the message
 * (plan_cache_mode, local): the plan is made once per connection, not on every read.
 */
async function sendScoped(ds: DataSource, groups: ReadonlyArray<{ scope: TenantScope; parts: readonly Part[] }>): Promise<unknown[][]> {
  const text = groups
    .flatMap((g) => [
      scopeSettingsSql(
        g.scope,
        g.parts.some((p) => p.prepare),
      ),
      ...g.parts.map((p) => p.text),
    ])
    .join(';\n');
  const prepares = groups.flatMap((g) => g.parts.flatMap((p) => (p.prepare ? [p.prepare] : [])));
  ds.logger.logQuery(text, undefined);
  const results = prepares.length
    ? await sendPreparedMessage(ds, prepares, text)
    : ((await poolOf(ds).query(text)) as unknown as QueryResult[]);
  const rows: unknown[][] = [];
  let i = 0;
  for (const g of groups) {
    i += 1; // the settings
    for (let k = 0; k < g.parts.length; k++) rows.push(results[i++].rows);
  }
  return rows;
}

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
  const parts = statements.map(([sql, params]) => ({ text: scopedStatement(sql, params) }));
  return sendScoped(ds, [{ scope, parts }]);
}

interface Waiting {
  scope: TenantScope;
  part: Part;
  /** ScopedReadOptions.last: sent after every other statement of the message, in this order. */
  last?: string;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/** Per data source: the scoped reads asked for in this turn of the event loop, not sent yet. */
const waiting = new WeakMap<DataSource, Waiting[]>();

const scopeKey = (scope: TenantScope) => `${scope.organizationId ?? ''}/${scope.userId ?? ''}`;

async function sendWaiting(ds: DataSource, batch: Waiting[]): Promise<void> {
  // the statements grouped by scope (in the order first asked), each group after its own settings
  const groups = new Map<string, { scope: TenantScope; waits: Waiting[] }>();
  const lasts: Waiting[] = [];
  for (const w of batch) {
    if (w.last !== undefined) {
      lasts.push(w);
      continue;
    }
    const key = scopeKey(w.scope);
    const g = groups.get(key) ?? { scope: w.scope, waits: [] };
    g.waits.push(w);
    groups.set(key, g);
  }
  const ordered = [...groups.values()];
  // then the writes that lock a row until the message ends (ScopedReadOptions.last), in their keys' order
  lasts.sort((a, b) => (a.last! < b.last! ? -1 : a.last! > b.last! ? 1 : 0));
  for (const w of lasts) {
    const tail = ordered[ordered.length - 1];
    if (tail?.waits[0]?.last !== undefined && scopeKey(tail.scope) === scopeKey(w.scope)) tail.waits.push(w);
    else ordered.push({ scope: w.scope, waits: [w] });
  }
  try {
    const results = await sendScoped(
      ds,
      ordered.map((g) => ({ scope: g.scope, parts: g.waits.map((w) => w.part) })),
    );
    ordered.flatMap((g) => g.waits).forEach((w, i) => w.resolve(results[i]));
  } catch (error) {
    if (batch.length === 1) return batch[0].reject(error);
    // one failing statement fails the whole message: each again on its own, so only its caller sees its error
    for (const w of batch) sendScoped(ds, [{ scope: w.scope, parts: [w.part] }]).then(([rows]) => w.resolve(rows), w.reject);
  }
}

export interface ScopedReadOptions {
  /**
   * A hot read run many times with other values (the members page, the session check): sent
   * as `EXECUTE name(values…)` of a statement prepared once per pooled connection, with its
   * generic plan, instead of being parsed and planned on every request (PostgreSQL's planning
   * was half of the members page's time there: 1.6–1.9 ms of ~3.5, issue 11). Row-level
   * security is unchanged: the policies read the settings when the plan runs.
   */
  prepared?: boolean;
  /**
   * A statement that also writes a row that other messages write too (the session check that
   * charges its organization's rate budget, modules/auth/session.auth.ts): its row stays locked
   * until the message's implicit transaction ends, so it goes after every other statement of the
   * message (not holding the lock through them), and such statements go in the order of this key
   * (the row's: two messages never take two rows in opposite orders).
   */
  last?: string;
}

/** A prepared read's part: `EXECUTE name(literals)` (the values as inlineParams would write them). */
function preparedPart(sql: string, params: readonly unknown[]): Part {
  checkTemplate(sql, params); // the same checks as any scoped read; each value is checked as it becomes a literal
  const name = preparedStatementName('orgpulse_read', sql);
  return { text: executeText(name, params), prepare: { name, sql } };
}

/** `EXECUTE name(values…)` of a prepared statement, its values as SQL literals (as inlineParams writes them). */
export function executeText(name: string, params: readonly unknown[]): string {
  return params.length ? `EXECUTE ${name}(${params.map(literal).join(', ')})` : `EXECUTE ${name}`;
}

/**
 * One read statement that sees only `scope`, in one round trip shared with the other scoped
 * reads asked for in the same turn of the event loop (a request's loader batches and its
 * resolvers' reads, in the organization's scope or the user's own): they go together as
 * one message two turns later (setImmediate twice: after the usage loader's own batch), each
 * statement after the settings of its own scope (sendScoped), so each sees exactly what it
 * would alone. The statement is checked and its values inlined at once: a bad one is
 * refused to its caller alone; a failing one is retried alone, so its error stays its own.
 */
export async function scopedRead<T>(
  ds: DataSource,
  scope: TenantScope,
  sql: string,
  params: readonly unknown[] = [],
  options: ScopedReadOptions = {},
): Promise<T[]> {
  checkScope(scope);
  const part = options.prepared ? preparedPart(sql, params) : { text: scopedStatement(sql, params) };
  let batch = waiting.get(ds);
  if (!batch) {
    const queued: Waiting[] = (batch = []);
    waiting.set(ds, queued);
    // two turns: batches that are themselves scheduled with setImmediate (the usage loader's) still join
    setImmediate(() =>
      setImmediate(() => {
        waiting.delete(ds);
        void sendWaiting(ds, queued);
      }),
    );
  }
  const queued = batch;
  const fixed = { organizationId: scope.organizationId ?? null, userId: scope.userId ?? null };
  return new Promise<T[]>((resolve, reject) =>
    queued.push({ scope: fixed, part, last: options.last, resolve: (rows) => resolve(rows as T[]), reject }),
  );
}

/**
 * Entities of `target` read in one round trip (scopedRead) that sees only `scope`: its
 * selectable columns, `WHERE <where>` (SQL over column names, `$n` values; it may go on
 * with ORDER BY and LIMIT), hydrated as
 * TypeORM would (the driver's conversion and each column's transformer) into instances of
 * the entity class, so resolvers get what a repository find would have given them.
 */
export async function scopedEntities<T extends ObjectLiteral>(
  ds: DataSource,
  scope: TenantScope,
  target: EntityTarget<T>,
  where: string,
  params: readonly unknown[] = [],
  options: ScopedReadOptions = {},
): Promise<T[]> {
  const meta = ds.getMetadata(target);
  const columns = meta.columns.filter((c) => c.isSelect && !c.isVirtual);
  const list = columns.map((c, i) => `"${c.databaseName}" AS "c${i}"`).join(', ');
  const rows = await scopedRead<Record<string, unknown>>(
    ds,
    scope,
    `SELECT ${list} FROM "${meta.tableName}" WHERE ${where}`,
    params,
    options,
  );
  return rows.map((row) => {
    const entity = meta.create() as T;
    columns.forEach((c, i) => c.setEntityValue(entity, ds.driver.prepareHydratedValue(row[`c${i}`], c)));
    return entity;
  });
}

/** A request's database in the caller's organization for loaders: each batch is one scoped read (writes use inTenant). */
export interface TenantDb {
  readonly organizationId: string | null;
  /** One read statement in one round trip (scopedRead). */
  read<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Entities in one round trip (scopedEntities), prepared. */
  entities<T extends ObjectLiteral>(target: EntityTarget<T>, where: string, params?: readonly unknown[]): Promise<T[]>;
  /**
   * `read` shaped as EntityManager.query, for the loaders' row readers written against it (one
   * SELECT each, the same text on every request): prepared (ScopedReadOptions).
   */
  readonly reader: Pick<EntityManager, 'query'>;
}

/** With no organization (an anonymous request), every tenant table reads as empty. */
export function tenantDb(ds: DataSource, organizationId: string | null): TenantDb {
  const read = <T>(sql: string, params: readonly unknown[] = [], options: ScopedReadOptions = {}) =>
    scopedRead<T>(ds, { organizationId }, sql, params, options);
  return {
    organizationId,
    read,
    // the loaders' reads by id, on nearly every request: prepared, planned once per connection
    entities: (target, where, params = []) => scopedEntities(ds, { organizationId }, target, where, params, { prepared: true }),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- EntityManager.query's own signature
    reader: { query: (sql: string, params?: any[]) => read(sql, params ?? [], { prepared: true }) as Promise<any> },
  };
}
