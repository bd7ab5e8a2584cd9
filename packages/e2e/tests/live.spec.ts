import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { apiSignUp, graphql, signIn, uniqueEmail } from './helpers';

/**
 * Live subscriptions in the browser (issue 12): the dashboard's balance card and recent
 * activity follow spends made elsewhere over the same-origin WebSocket (graphql-ws), with no
 * polling, and under the CSP (connect-src 'self' covers ws: to the same host in Chromium).
 * GraphiQL runs a subscription too.
 */
const PASSWORD = 'violet-harbor-lantern-92';

async function cspViolations(page: Page): Promise<() => string[]> {
  const found: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to connect/i.test(m.text())) found.push(m.text());
  });
  return () => found;
}

const spend = (request: Parameters<typeof graphql>[0], token: string, operation: string, credits: string) =>
  graphql(
    request,
    token,
    `
      mutation ($i: RecordUsageInput!) {
        recordUsage(input: $i) {
          id
        }
      }
    `,
    {
      i: { operation, credits, idempotencyKey: randomUUID() },
    },
  );

test('the dashboard updates live over the WebSocket, with no polling and no CSP violation', async ({ page, request }) => {
  const violations = await cspViolations(page);
  const email = uniqueEmail('live');
  const owner = await apiSignUp(request, { name: 'Liv Live', email, password: PASSWORD, organizationName: 'Live Co' });
  await graphql(
    request,
    owner.accessToken,
    `
      mutation ($i: AddCreditsInput!) {
        addCredits(input: $i) {
          id
        }
      }
    `,
    {
      i: { amount: '100', idempotencyKey: randomUUID() },
    },
  );
  const sockets: string[] = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await signIn(page, email, PASSWORD);
  await expect(page.getByTestId('credit-balance')).toHaveText('100');
  await expect.poll(() => sockets.length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect(new URL(sockets[0]).protocol).toBe('ws:');
  expect(new URL(sockets[0]).pathname).toBe('/graphql');
  await page.waitForTimeout(500); // the subscriptions start after the socket opens

  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && r.method() === 'POST') posts.push(r.postData() ?? '');
  });
  await spend(request, owner.accessToken, 'live.from.elsewhere', '2.5');
  await expect(page.getByTestId('credit-balance')).toHaveText('97.5');
  const activity = page.locator('.mantine-Card-root', { hasText: 'Recent activity' });
  await expect(activity).toContainText('live.from.elsewhere');
  await page.waitForTimeout(1000);
  expect(posts.filter((p) => p.includes('Dashboard'))).toEqual([]); // pushed, not re-fetched or polled
  expect(violations()).toEqual([]);
});

test('GraphiQL runs a subscription over the same-origin WebSocket', async ({ page, request }) => {
  const violations = await cspViolations(page);
  const email = uniqueEmail('live-graphiql');
  const owner = await apiSignUp(request, { name: 'Gia Graph', email, password: PASSWORD, organizationName: 'Graph Co' });
  await graphql(
    request,
    owner.accessToken,
    `
      mutation ($i: AddCreditsInput!) {
        addCredits(input: $i) {
          id
        }
      }
    `,
    {
      i: { amount: '10', idempotencyKey: randomUUID() },
    },
  );
  await signIn(page, email, PASSWORD);
  await page.goto('/graphiql');
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await expect(page.locator('.graphiql-query-editor')).toContainText('query Me', { timeout: 45_000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('subscription Live { usageRecorded { operation credits } }');
  const response = page.locator('.graphiql-response');
  await expect(async () => {
    await page.getByRole('button', { name: /^Execute query|^Run/ }).click();
    await page.waitForTimeout(700);
    await spend(request, owner.accessToken, `graphiql.${randomUUID().slice(0, 8)}`, '0.5');
    await expect(response).toContainText('graphiql.', { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  expect(violations()).toEqual([]);
});
