import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * End-to-end tests in Debian's Chromium against the real server serving the built SPA.
 * E2E_BASE_URL: test a server that is already running. Otherwise one is started on
 * E2E_PORT (4100) from the server's sources, on E2E_DATABASE_URL or a fresh embedded
 * PostgreSQL in a temporary folder. Build the client first (the `test` script does).
 */
const port = Number(process.env.E2E_PORT ?? 4100);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://localhost:${port}`;
const root = path.resolve(__dirname, '../..');
/** A fresh embedded database per run (removed by global-teardown.ts), unless E2E_DATABASE_URL is set. */
// (worker processes load this file again and inherit the variable: one folder per run)
const dataDir =
  external || process.env.E2E_DATABASE_URL ? null : (process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'orgpulse-e2e-db-')));

export default defineConfig({
  testDir: './tests',
  globalTeardown: './global-teardown.ts',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0, // a retried pass is reported as flaky in the output
  reporter: [['list']],
  outputDir: path.join(tmpdir(), 'orgpulse-e2e-results'),
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: external
    ? undefined
    : {
        command: 'node -r @swc-node/register src/main.ts',
        cwd: path.join(root, 'server'),
        url: `${baseURL}/healthz`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          CLIENT_DIST: path.join(root, 'client', 'dist'),
          BCRYPT_COST: '4',
          MAIL_POLL_MS: '100',
          // every spec signs up from 127.0.0.1: the sign-up limit per address is tested in the server suite
          THROTTLE_SIGNUPS_PER_ADDRESS: '100000',
          ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { ORGPULSE_DATA_DIR: dataDir ?? '' }),
        },
      },
});
