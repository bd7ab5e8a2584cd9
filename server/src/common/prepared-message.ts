import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResult } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** A named statement a message EXECUTEs: PREPAREd once per pooled connection. */
export interface PreparedStatement {
  name: string;
  sql: string;
}

export const poolOf = (ds: DataSource): Pool => (ds.driver as PostgresDriver).master as Pool;

/** Names by prefix, then by text (no key string built per call: the texts are a few kB). */
const preparedNames = new Map<string, Map<string, string>>();

/**
 * A prepared statement's name: `prefix` and a digest of its text, so two texts never share a
 * name on a connection (the scoped reads in tenant.ts, the money path's statements in modules/credits).
 */
export function preparedStatementName(prefix: string, sql: string): string {
  let names = preparedNames.get(prefix);
  if (!names) preparedNames.set(prefix, (names = new Map()));
  let name = names.get(sql);
  if (!name) {
    name = `${prefix}_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    names.set(sql, name);
  }
  return name;
}

/** Which named statements each pooled connection has prepared. */
const preparedOn = new WeakMap<PoolClient, Set<string>>();

const DUPLICATE_PREPARED_STATEMENT = '42P05';
const UNDEFINED_PREPARED_STATEMENT = '26000';

/** A failure of the connection itself (no SQLSTATE, or a lost or terminated connection), not of a statement. */
function connectionFailed(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return !code || code.startsWith('08') || code.startsWith('57P');
}

/**
 * One simple-protocol message (`text`, statements separated by `;`) on one pooled
 * connection, after preparing there (one round trip each, once per connection) the
 * statements its EXECUTEs run; each statement's result in order. The scoped reads
 * (tenant.ts) and the money path's writes (modules/credits, spend.message.ts) both send
 * through here. A connection that lost its prepared statements (a statement "does not
 * exist", 26000: the message ran nothing) forgets what it had and prepares them again, once.
 * A connection that failed is not handed out again; a statement's error is pg's own
 * (SQLSTATE, constraint).
 */
export async function sendPreparedMessage(
  ds: DataSource,
  prepares: readonly PreparedStatement[],
  text: string,
  again = true,
): Promise<QueryResult[]> {
  const client = await poolOf(ds).connect();
  let broken: Error | undefined;
  // a checked-out client has no listener of the pool's: a connection lost meanwhile must not be an unhandled 'error'
  const lost = (err: Error) => {
    broken = err;
  };
  client.on('error', lost);
  try {
    let have = preparedOn.get(client);
    if (!have) preparedOn.set(client, (have = new Set()));
    for (const p of prepares) {
      if (have.has(p.name)) continue;
      ds.logger.logQuery(`PREPARE ${p.name} AS ${p.sql}`, undefined);
      await client.query(`PREPARE ${p.name} AS ${p.sql}`).catch((err: { code?: string }) => {
        if (err.code !== DUPLICATE_PREPARED_STATEMENT) throw err; // already prepared on this connection: as good
      });
      have.add(p.name);
    }
    try {
      const result = (await client.query(text)) as unknown as QueryResult[] | QueryResult;
      return Array.isArray(result) ? result : [result];
    } catch (err) {
      if ((err as { code?: string }).code !== UNDEFINED_PREPARED_STATEMENT || !again) throw err;
      have.clear();
    }
  } catch (err) {
    // a connection-level failure: the pool replaces the connection
    if (connectionFailed(err)) broken ??= err as Error;
    throw err;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
  return sendPreparedMessage(ds, prepares, text, false);
}

/** What preparedQuery needs of the pg client under a TypeORM query runner. */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * One hot statement as a named prepared statement: PostgreSQL parses and plans it once per
 * pooled connection instead of on every call (the money path's statements: about 1 ms of its CPU
 * for the spend statement on this machine, as much as running it; the API key lookup). On the
 * transaction's connection when `em` has one, else on a connection of the data source's pool.
 * Same results and errors as `em.query` (pg's own error, with its SQLSTATE and constraint); the
 * statement is still reported to TypeORM's logger.
 */
export async function preparedQuery<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const runner = em.queryRunner;
  const name = preparedStatementName('orgpulse', text);
  if (!runner) {
    em.connection.logger.logQuery(text, values);
    return (await poolOf(em.connection).query({ name, text, values })).rows as T[];
  }
  const client = (runner as unknown as { databaseConnection?: PgClient }).databaseConnection;
  if (runner.isReleased || !client || typeof client.query !== 'function') return em.query(text, values);
  em.connection.logger.logQuery(text, values, runner);
  const { rows } = await client.query({ name, text, values });
  return rows as T[];
}
