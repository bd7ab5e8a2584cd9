import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { runMigrationsLocked } from './migrate';
import type { DataSourceOptions } from './data-source';

type Timeouts = DataSourceOptions['timeouts'];
import { APP_ROLE, ensureRoles, roleUrl, SYSTEM_ROLE } from './roles';

/** The app's two connection pools: every request through `app`, the few cross-tenant paths through `system`. */
export interface Databases {
  /** orgpulse_app: row-level security applies (common/tenant.ts sets the tenant). */
  app: DataSource;
  /** orgpulse_system (BYPASSRLS): API key and refresh-token lookups, login throttle, mail worker. */
  system: DataSource;
}

export interface DatabaseUrls {
  /** The owner: runs the migrations (DATABASE_URL). */
  owner: string;
  /** Default: the owner URL as orgpulse_app, with its derived password (db/roles.ts). */
  app?: string | null;
  /** Default: the owner URL as orgpulse_system. */
  system?: string | null;
}

/**
 * As the owner: creates the roles if missing (only those whose URL is derived: roles of
 * APP_DATABASE_URL / SYSTEM_DATABASE_URL are the operator's), then runs the pending
 * migrations under the migration lock, each in its own transaction. Returns their names.
 */
export async function migrate(urls: DatabaseUrls, timeouts: Timeouts = { statementTimeoutMs: 0 }): Promise<string[]> {
  if (!urls.app || !urls.system) await ensureRoles(urls.owner);
  // two connections: one holds the migration lock (db/migrate.ts), one migrates
  const owner = createDataSource({ url: urls.owner, poolSize: 2, timeouts });
  await owner.initialize();
  try {
    return (await runMigrationsLocked(owner)).map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}

/** Opens the app's pools, connected directly as their roles (no SET ROLE the session could undo). */
export async function openDatabases(
  urls: DatabaseUrls,
  { poolSize = 20, timeouts }: { poolSize?: number; timeouts?: Timeouts } = {},
): Promise<Databases> {
  const app = createDataSource({ url: urls.app || roleUrl(urls.owner, APP_ROLE), poolSize, timeouts });
  const system = createDataSource({
    url: urls.system || roleUrl(urls.owner, SYSTEM_ROLE),
    // a quarter of the app pool for the cross-tenant reads, and 4 for the spend statements in flight
    // (SpendService's MAX_MESSAGES: they must not keep an API key's lookup waiting)
    poolSize: Math.max(2, Math.ceil(poolSize / 4)) + 4,
    timeouts,
  });
  await app.initialize();
  try {
    await system.initialize();
  } catch (err) {
    await app.destroy();
    throw err;
  }
  return { app, system };
}
