/**
 * Runs the embedded PostgreSQL on its own: prints its URL, stops it on SIGTERM/SIGINT.
 *   node -r @swc-node/register src/scripts/embedded-pg.ts <data dir> <port> [root runtime dir]
 * Used by the fault and launcher tests (jest cannot import the ESM package in its sandbox)
 * and handy for pointing a GUI at the development database. The third argument replaces
 * /var/lib/orgpulse when started by root (see db/embedded.ts).
 */
import path from 'node:path';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '../db/embedded';

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? '.data');
  const port = Number(process.argv[3] ?? 54329);
  const rootRuntimeDir = process.argv[4] ? path.resolve(process.argv[4]) : undefined;
  const db = await startEmbeddedPostgres(dir, port, (m) => process.stderr.write(`${m}\n`), { rootRuntimeDir });
  process.stdout.write(`READY ${db.url}\n`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  process.stderr.write(
    `${err instanceof EmbeddedPostgresError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exit(1);
});
