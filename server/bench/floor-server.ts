/**
 * The floor of the S1 bench (bench/members.ts): node:http and one SQL statement (the page
 * joined to users, inviters and the per-row extras, the count as a sub-select). Verifies the
 * JWT but reads no session and treats the caller as the token's member with the owner's view.
 * Prints "READY <url>".
 */
import { createSecretKey } from 'node:crypto';
import http from 'node:http';
import { Pool } from 'pg';
import { verifyAccessToken } from '../src/common/auth/tokens';
import { COUNT_SQL, decodeAfter, membersJson, PAGE_SQL, PageRow } from './members-sql';
import { answerStats } from './stats';

const ONE_SQL = PAGE_SQL.replace('SELECT m.id,', `SELECT (${COUNT_SQL.replace('AS n', '')}) AS total_count, m.id,`);

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.BENCH_POOL || 20) });
  let sql = 0;
  answerStats(() => sql);
  const key = createSecretKey(Buffer.from(process.env.JWT_SECRET!, 'utf8'));
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
        const claims = token ? verifyAccessToken(token, key) : null;
        if (!claims) {
          res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unauthenticated"}]}');
          return;
        }
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { first: number; after?: string } };
        const [at, id] = decodeAfter(variables.after);
        sql++;
        const { rows } = await pool.query<PageRow & { total_count: number }>(ONE_SQL, [claims.org, at, id, variables.first + 1]);
        const caller = { membershipId: claims.mid, organizationId: claims.org, role: 'OWNER' as const, sessionId: claims.sid };
        const members = membersJson(caller, rows, variables.first, rows[0]?.total_count ?? 0);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { members } }));
      })().catch((err) => {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const a = server.address() as { port: number };
    process.stdout.write(`READY http://127.0.0.1:${a.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
