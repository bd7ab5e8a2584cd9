import { adminQuery } from './helpers/postgres';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.ORGPULSE_TEST_ADMIN_URL;
  const template = process.env.ORGPULSE_TEST_TEMPLATE;
  if (adminUrl && template) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
  const embedded = (globalThis as { __ORGPULSE_EMBEDDED__?: { stop(): Promise<void> } }).__ORGPULSE_EMBEDDED__;
  await embedded?.stop();
}
