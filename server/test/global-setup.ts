import 'reflect-metadata';
import { migrate } from '../src/db/databases';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { adminQuery, canConnect, DEFAULT_ADMIN_URL, EMBEDDED_TEST_DIR, EMBEDDED_TEST_PORT, withDatabase } from './helpers/postgres';

/**
 * Runs once: finds a PostgreSQL (TEST_DATABASE_URL, the local server, or an embedded one
 * on a machine without PostgreSQL), makes sure the app's roles exist (orgpulse_app,
 * orgpulse_system: cluster-wide, created race-safely, never dropped), migrates a template
 * database, and leaves it for each test file to copy (CREATE DATABASE … TEMPLATE), so every
 * file has a database of its own. Grants and policies come with the copy.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
  if (process.env.ORGPULSE_TEST_EMBEDDED === '1' || !(await canConnect(adminUrl))) {
    if (process.env.TEST_DATABASE_URL) throw new Error(`Cannot connect to TEST_DATABASE_URL (${adminUrl}).`);
    console.log(`\nNo PostgreSQL at ${adminUrl}: starting an embedded one for the tests.`);
    const embedded = await startEmbeddedPostgres(EMBEDDED_TEST_DIR, EMBEDDED_TEST_PORT, () => undefined);
    adminUrl = withDatabase(embedded.url, 'postgres');
    (globalThis as { __ORGPULSE_EMBEDDED__?: unknown }).__ORGPULSE_EMBEDDED__ = embedded;
  }
  const template = `orgpulse_tpl_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${template}`);
  await migrate({ owner: withDatabase(adminUrl, template) });
  process.env.ORGPULSE_TEST_ADMIN_URL = adminUrl;
  process.env.ORGPULSE_TEST_TEMPLATE = template;
}
