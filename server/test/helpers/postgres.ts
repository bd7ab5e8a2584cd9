import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** Where the tests' PostgreSQL is: TEST_DATABASE_URL, else the local server, else an embedded one. */
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const EMBEDDED_TEST_PORT = 54339;
export const EMBEDDED_TEST_DIR = path.join(os.tmpdir(), 'orgpulse-test-pg');

export async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the migrated template (globalSetup), for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.ORGPULSE_TEST_ADMIN_URL;
  const template = process.env.ORGPULSE_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('Run the tests through jest (globalSetup prepares the database).');
  const name = `orgpulse_t_${Math.random().toString(36).slice(2, 12)}${process.pid}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return {
    url: withDatabase(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
