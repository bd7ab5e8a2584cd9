/**
 * Runs the embedded PostgreSQL on its own: prints its URL, stops it on SIGTERM/SIGINT.
 *   node -r @swc-node/register src/scripts/embedded-pg.ts <data dir> <port>
 * Used by the fault tests (jest cannot import the ESM package in its sandbox) and handy
 * for pointing a GUI at the development database.
 */
import path from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded';

async function main(): Promise<void> {
  const dir = path.resolve(process.argv[2] ?? '.data');
  const port = Number(process.argv[3] ?? 54329);
  const db = await startEmbeddedPostgres(dir, port, (m) => process.stderr.write(`${m}\n`));
  process.stdout.write(`READY ${db.url}\n`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
