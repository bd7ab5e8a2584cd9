import { StringDecoder } from 'node:string_decoder';
import { Transform, TransformCallback } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { setScope } from '../../common/tenant';
import { isUuid } from '../../common/validate';

/**
 * The CSV export as one `COPY (SELECT …) TO STDOUT` (issue 11 §CSV): PostgreSQL formats every
 * line, Node only passes bytes along, so the export runs near COPY's own speed and the
 * server's memory stays flat whatever the size (the stream is piped with back-pressure).
 * The same rules as before hold: the transaction is scoped to the caller's organization
 * (row-level security, the app role) and to the member the caller may see (scope()), and each
 * cell follows csvCell() (usage-export.ts) exactly, written in SQL by csvCellSql().
 */

/** The scope of an export, already checked by UsageService.scope(). */
export interface CopyScope {
  organizationId: string;
  from: Date | null;
  to: Date | null;
  membershipId: string | null;
  resourceId: string | null;
}

/**
 * csvCell() in SQL, for a text expression: NULL is empty; a value a spreadsheet would run as
 * a formula (=, +, -, @, tab, CR first) gets a leading quote mark; a value holding `,`, `;`,
 * a quote or a line break is quoted whole, its quotes doubled.
 */
export function csvCellSql(expr: string): string {
  const safe = `(CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || ${expr} ELSE ${expr} END)`;
  return `(CASE WHEN ${expr} IS NULL THEN '' WHEN ${safe} ~ E'[",;\\r\\n]' THEN '"' || replace(${safe}, '"', '""') || '"' ELSE ${safe} END)`;
}

/** formatCredits() in SQL for positive micro-credits: "4", "0.5", "0.0042". */
const creditsSql = (c: string) =>
  `(CASE WHEN ${c} % 1000000 = 0 THEN (${c} / 1000000)::text ELSE (${c} / 1000000)::text || '.' || rtrim(lpad((${c} % 1000000)::text, 6, '0'), '0') END)`;

/** COPY takes no bind parameters: only values checked here are written into the statement. */
const uuidLiteral = (id: string) => {
  if (!isUuid(id)) throw new Error('not a uuid');
  return `'${id}'::uuid`;
};
const timeLiteral = (d: Date) => `'${d.toISOString()}'::timestamptz`;

/** One CSV line per record (the header's columns, CRLF-terminated), oldest first. */
function exportCopySql(scope: CopyScope): string {
  const where = [`u.organization_id = ${uuidLiteral(scope.organizationId)}`];
  if (scope.from) where.push(`u.created_at >= ${timeLiteral(scope.from)}`);
  if (scope.to) where.push(`u.created_at < ${timeLiteral(scope.to)}`);
  if (scope.membershipId) where.push(`u.membership_id = ${uuidLiteral(scope.membershipId)}`);
  if (scope.resourceId) where.push(`u.resource_id = ${uuidLiteral(scope.resourceId)}`);
  const cells = [
    `to_char(u.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    'u.id::text',
    'u.membership_id::text',
    csvCellSql('usr.name'),
    `coalesce(u.api_key_id::text, '')`,
    csvCellSql('k.name'),
    csvCellSql('k.prefix'),
    `coalesce(u.resource_id::text, '')`,
    csvCellSql('r.name'),
    csvCellSql('u.operation'),
    creditsSql('u.credits'),
  ];
  return `COPY (
    SELECT ${cells.join(" || ',' || ")} || E'\\r'
      FROM usage_records u
      JOIN memberships m ON m.id = u.membership_id
      JOIN users usr ON usr.id = m.user_id
      LEFT JOIN resources r ON r.id = u.resource_id
      LEFT JOIN api_keys k ON k.id = u.api_key_id
     WHERE ${where.join(' AND ')}
     ORDER BY u.created_at, u.id) TO STDOUT`;
}

const UNESCAPE: Record<string, string> = { '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/**
 * COPY's text format writes each line as one column with backslash escapes (`\r`, `\n`,
 * `\\`, …) and ends it with a bare LF; undoing the escapes gives the CSV bytes (each line
 * ends in the `\r` the SQL added, then that LF). Most chunks hold no backslash but the
 * escaped CRs; a chunk that ends inside an escape keeps its last backslash for the next.
 */
export class CopyTextToCsv extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private carry = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let text = this.carry + this.decoder.write(chunk);
    this.carry = '';
    let trailing = 0;
    while (trailing < text.length && text[text.length - 1 - trailing] === '\\') trailing++;
    if (trailing % 2 === 1) {
      this.carry = '\\';
      text = text.slice(0, -1);
    }
    done(null, text.indexOf('\\') < 0 ? text : text.replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? c));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.carry + this.decoder.end());
  }
}

/** How long one export may run (COPY streams as fast as the client reads; the pool's default would cut a large one short). */
const EXPORT_TIMEOUT = '10min';

/**
 * Opens the export: a pooled connection of the app role, a read-only transaction that sees
 * the organization only, and the COPY stream of CSV text. `finish(err)` commits and gives
 * the connection back, or on an error (the client went away) throws the connection away,
 * which also stops the statement on the server.
 */
export async function openCopyExport(
  ds: DataSource,
  scope: CopyScope,
): Promise<{ csv: Transform; finish(err?: Error | null): Promise<void> }> {
  const sql = exportCopySql(scope);
  const pool = (ds.driver as unknown as { master: Pool }).master; // TypeORM's pg pool (PostgresDriver.master)
  const client: PoolClient = await pool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    await client.query(`SET LOCAL statement_timeout = '${EXPORT_TIMEOUT}'`);
    await setScope(
      { query: async <T>(q: string, p?: unknown[]) => (await client.query(q, p)).rows as T },
      { organizationId: scope.organizationId },
    );
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
  const copy = client.query(copyTo(sql));
  const csv = new CopyTextToCsv();
  copy.on('error', (err) => csv.destroy(err));
  copy.pipe(csv);
  let finished = false;
  return {
    csv,
    async finish(err) {
      if (finished) return;
      finished = true;
      if (err) {
        copy.unpipe(csv);
        client.release(err);
        return;
      }
      try {
        await client.query('COMMIT');
        client.release();
      } catch (e) {
        client.release(e as Error);
      }
    },
  };
}
