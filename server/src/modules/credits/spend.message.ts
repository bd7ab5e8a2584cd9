import type { DataSource } from 'typeorm';
import { poolOf, preparedStatementName, sendPreparedMessage } from '../../common/prepared-message';
import { executeText, inlineParams } from '../../common/tenant';

/**
 * The money path's fast write in ONE round trip (issue 11, S3): a transaction costs four
 * round trips (BEGIN, a setting, the statement, COMMIT) and TypeORM's bookkeeping around
 * each; this is one simple-protocol message, one implicit transaction (the statement commits
 * at its end, or nothing of it does):
 *
 *   SELECT set_config('plan_cache_mode', 'force_generic_plan', true), …; EXECUTE orgpulse_w_…(<values>)
 *
 * The statement is the module's own template, PREPAREd once per pooled connection (parsed
 * and planned once: common/prepared-message.ts) and EXECUTEd with its values as SQL literals
 * (common/tenant.ts, executeText: pg's own text form of each value, quoted by pg's
 * escapeLiteral). Its settings are local to the message, so the pooled connection never keeps
 * them: the generic plan (made once per connection), no JIT, and no sequential scan: every
 * row the spend statement reads is found by its key, and a plan made while a fresh table
 * had no statistics yet must not scan it (a probe on fresh tables, one connection: chunks of
 * 300 spends took 520 ms each with sequential scans allowed, 32 ms without; 64 organizations'
 * single spends 207 ms and 25 ms).
 */
export async function sendWrite(ds: DataSource, sql: string, params: readonly unknown[]): Promise<unknown[]> {
  const name = preparedStatementName('orgpulse_w', sql);
  const text =
    `SELECT set_config('plan_cache_mode', 'force_generic_plan', true), set_config('jit', 'off', true), ` +
    `set_config('enable_seqscan', 'off', true);\n${executeText(name, params)}`;
  ds.logger.logQuery(text, undefined);
  const results = await sendPreparedMessage(ds, [{ name, sql }], text);
  return results[1].rows;
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
