import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { apiAddMember, apiLogIn, apiSetOwnPassword, apiSignUp, dismissToasts, graphql, SCREENSHOTS, signIn, uniqueEmail } from './helpers';

/**
 * The database the e2e server runs on, as its owner (E2E_DATABASE_URL, or the embedded
 * PostgreSQL main.ts starts: see server/src/db/embedded.ts), through the server's own pg.
 * Used only to age a member's last activity, which no API sets.
 */
async function ownerQuery(sql: string, params: unknown[]): Promise<void> {
  const url =
    process.env.E2E_DATABASE_URL ?? `postgres://orgpulse:orgpulse-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/orgpulse`;
  const { Client } = createRequire(path.resolve(__dirname, '../../../server/package.json'))('pg') as {
    Client: new (options: { connectionString: string }) => {
      connect(): Promise<void>;
      query(sql: string, params: unknown[]): Promise<unknown>;
      end(): Promise<void>;
    };
  };
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

const idleFor = (memberId: string, days: number) =>
  ownerQuery(
    `UPDATE memberships SET last_active_at = now() - make_interval(days => $2), created_at = now() - make_interval(days => $2 + 10) WHERE id = $1`,
    [memberId, days],
  );

/**
 * Issue 14 walked in Chromium: the runway on the balance card, the role dropdown, the removal
 * impact in the dialog, and the access review panel suspending an inactive member (at 1280 px,
 * then several at once at phone width).
 */
test('members beyond the anchors: runway, role dropdown, removal impact, access review', async ({ page, request }) => {
  const password = 'violet tractor harbor lantern';
  const owner = { name: 'Olivia Owner', email: uniqueEmail('olivia-review'), password, organizationName: 'Review Co' };
  const session = await apiSignUp(request, owner);
  const people: Record<string, { id: string; email: string }> = {};
  for (const [name, role] of [
    ['Bob Builder', 'MEMBER'],
    ['Carl Idle', 'MEMBER'],
    ['Dora Dormant', 'GUEST'],
    ['Eve Away', 'MEMBER'],
  ] as const) {
    const email = uniqueEmail(name.split(' ')[0].toLowerCase());
    const temporaryPassword = 'copper-meadow-falcon-31';
    const member = await apiAddMember(request, session.accessToken, { name, email, role, temporaryPassword });
    await apiSetOwnPassword(request, email, temporaryPassword, password);
    people[name] = { id: member.id, email };
  }
  // Bob is signed in twice (the password change's session, and this one): removing him ends both
  await apiLogIn(request, people['Bob Builder'].email, password);

  await test.step('the runway on the balance card', async () => {
    await graphql(request, session.accessToken, 'mutation Top($input: AddCreditsInput!) { addCredits(input: $input) { id } }', {
      input: { amount: '100', note: 'e2e', idempotencyKey: randomUUID() },
    });
    await graphql(request, session.accessToken, 'mutation Spend($input: RecordUsageInput!) { recordUsage(input: $input) { id } }', {
      input: { operation: 'chat.completions', credits: '10', idempotencyKey: randomUUID() },
    });
    await signIn(page, owner.email, password);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByTestId('credit-balance')).toHaveText('90');
    await expect(page.getByTestId('credit-runway')).toHaveText(
      /^The balance lasts about \d+ days? at (today's rate|the last \d days' rate)\.$/,
    );
  });

  await test.step('the role dropdown, with descriptions, and Save', async () => {
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('button', { name: 'Edit role of Bob Builder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit role of Bob Builder' });
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    const admin = page.locator('[data-combobox-option]', { hasText: /^Administrator/ });
    await expect(admin).toContainText('Manages members, billing and settings');
    await admin.click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Bob Builder/ }).getByText('Administrator', { exact: true })).toBeVisible();
    await dismissToasts(page);
  });

  await test.step('the removal impact in the confirmation dialog', async () => {
    await page.getByRole('button', { name: 'Remove Bob Builder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Bob Builder?' });
    const impact = dialog.getByRole('list', { name: 'What removal does' });
    await expect(impact).toContainText('2 sessions end.');
    await expect(impact).toContainText('They have no active API keys.');
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(/Bob Builder no longer has access to the organization: 2 sessions ended\./)).toBeVisible();
    await dismissToasts(page);
  });

  await test.step('the review panel suspends an inactive member after a confirmation', async () => {
    await idleFor(people['Carl Idle'].id, 45);
    await idleFor(people['Dora Dormant'].id, 70);
    await idleFor(people['Eve Away'].id, 100);
    await page.reload();
    const panel = page.getByRole('region', { name: 'Access review' });
    const inactive = panel.getByRole('region', { name: 'No activity in 30 days' });
    await expect(inactive.getByText('Carl Idle')).toBeVisible();
    await expect(inactive.getByText('Dora Dormant')).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Admins without a second factor' }).getByText('Olivia Owner')).toBeVisible();
    // 90 days: only Eve
    await panel.getByText('90 days', { exact: true }).click();
    const ninety = panel.getByRole('region', { name: 'No activity in 90 days' });
    await expect(ninety.getByText('Eve Away')).toBeVisible();
    await expect(ninety.getByText('Carl Idle')).toHaveCount(0);
    await panel.getByText('30 days', { exact: true }).click();
    await expect(inactive.getByText('Carl Idle')).toBeVisible();
    await panel.screenshot({ path: path.join(SCREENSHOTS, 'members-review.png'), animations: 'disabled' });

    await inactive.getByRole('button', { name: 'Suspend Carl Idle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Suspend Carl Idle?' });
    await expect(dialog).toContainText('Their sessions and API keys stop working now.');
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Carl Idle is suspended: access is paused.')).toBeVisible();
    await expect(inactive.getByText('Carl Idle')).toHaveCount(0);
    await expect(page.getByRole('row', { name: /Carl Idle/ }).getByText('Suspended', { exact: true })).toBeVisible();
    await dismissToasts(page);
  });

  await test.step('at phone width: select two rows and suspend them together', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const panel = page.getByRole('region', { name: 'Access review' });
    const inactive = panel.getByRole('region', { name: 'No activity in 30 days' });
    await inactive.getByRole('checkbox', { name: 'Select Dora Dormant' }).check();
    await inactive.getByRole('checkbox', { name: 'Select Eve Away' }).check();
    const bulk = panel.getByRole('button', { name: 'Suspend selected (2)' });
    await bulk.scrollIntoViewIfNeeded();
    await expect(bulk).toBeInViewport();
    // nothing runs off the side of the phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await bulk.click();
    const dialog = page.getByRole('dialog', { name: 'Suspend 2 members?' });
    await expect(dialog.getByRole('list', { name: 'Members to suspend' })).toContainText('Dora Dormant');
    await dialog.getByRole('button', { name: 'Suspend', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('2 members are suspended: Dora Dormant, Eve Away.')).toBeVisible();
    await expect(inactive.getByText('None.')).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
