import { readdirSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Removes this run's temporary embedded database (the server has stopped by now), and the
 * empty folders that other loads of the config made.
 */
export default function globalTeardown(): void {
  const dir = process.env.E2E_DATA_DIR;
  if (dir && dir.includes('orgpulse-e2e-db-')) rmSync(dir, { recursive: true, force: true });
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith('orgpulse-e2e-db-')) continue;
    try {
      rmdirSync(path.join(tmpdir(), name)); // only succeeds when empty
    } catch {
      // not empty: another run's database, leave it
    }
  }
}
