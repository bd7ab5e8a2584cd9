import type { DataSource } from 'typeorm';
import { poolOf, PreparedStatement, preparedStatementName, sendPreparedMessage } from '../../common/prepared-message';
import { executeText, inlineParams, scopeSettingsSql } from '../../common/tenant';
import { isUuid } from '../../common/validate';

/**
 * Writes of the money path in ONE round trip (issue 11, S3): the write version of the
 * scoped reads (common/tenant.ts, scopedReads). A transaction costs four round trips (BEGIN,
 * the scope's setting, the statement, COMMIT) and TypeORM's bookkeeping around each; this is
 * one simple-protocol message:
 *
 *   SELECT set_config('app.organization_id', '<org A>', true), …; EXECUTE orgpulse_w_…(<values>);
 *   SELECT set_config('app.organization_id', '<org B>', true), …; EXECUTE orgpulse_w_…(<values>)
 *
 * PostgreSQL runs a message of several statements as one implicit transaction: every write
 * of the message commits together at its end, or none does (the first error rolls back the
 * whole message and is the query's error), and each setting is local to it exactly as SET
 * LOCAL is to a BEGIN…COMMIT, so the pooled connection never keeps it. Each write runs under
 * its own organization's setting (row-level security sees only that organization), as the
 * app role. The statements are the module's own templates, PREPAREd once per pooled
 * connection (parsed once, like preparedQuery in common/prepared-message.ts), and EXECUTEd with their
 * values as SQL literals (common/tenant.ts, executeText: pg's own text form of each value,
 * quoted by pg's escapeLiteral).
 */

export interface ScopedWrite {
  organizationId: string;
  /** One of the module's statement templates ($1… values). */
  sql: string;
  params: readonly unknown[];
  /** Run with the statement's generic plan (made once per connection) instead of planning it for these values. */
  genericPlan?: boolean;
}

/**
 * The writes in one message, one implicit transaction (all or nothing); each write's rows
 * in order. Throws pg's own error (SQLSTATE, constraint) when the transaction failed. The
 * statements are prepared on the connection first (common/prepared-message.ts, which also
 * prepares them again once on a connection that lost them).
 */
export async function sendWrites(ds: DataSource, writes: readonly ScopedWrite[]): Promise<unknown[][]> {
  for (const w of writes) if (!isUuid(w.organizationId)) throw new Error(`not a tenant id: ${JSON.stringify(w.organizationId)}`);
  const prepares = new Map<string, PreparedStatement>();
  const parts: string[] = [];
  for (const w of writes) {
    const name = preparedStatementName('orgpulse_w', w.sql);
    prepares.set(name, { name, sql: w.sql });
    // the generic plan only when the caller asks (a chunk of one spend, SpendService): under row-level security the chunk
    // statement's generic plan took 20 times the custom plan's PostgreSQL time for a batch of 100 (bench/spend-cost.ts),
    // but it saves the planning of a single spend
    parts.push(scopeSettingsSql({ organizationId: w.organizationId }, w.genericPlan ?? false), executeText(name, w.params));
  }
  const text = parts.join(';\n');
  ds.logger.logQuery(text, undefined);
  const results = await sendPreparedMessage(ds, [...prepares.values()], text);
  return writes.map((_, i) => results[2 * i + 1].rows);
}

/**
 * Statements after a commit (the live bus's NOTIFY of what it wrote), in one message of
 * their own: not awaited by the spender, failures ignored (as for any announcement).
 */
export function sendAfterCommit(ds: DataSource, statements: readonly string[]): void {
  if (!statements.length) return;
  const text = statements.join(';\n');
  ds.logger.logQuery(text, undefined);
  poolOf(ds)
    .query(text)
    .catch(() => undefined);
}

/** A Queryable that keeps each statement (values inlined) instead of running it, for sendAfterCommit. */
export function collectingQueryable(into: string[]): { query(sql: string, params?: unknown[]): Promise<unknown> } {
  return {
    query: async (sql: string, params: unknown[] = []) => {
      into.push(inlineParams(sql, params));
      return [];
    },
  };
}
