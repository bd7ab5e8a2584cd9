import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { apiAddMember, apiLogIn, apiSetOwnPassword, apiSignUp, dismissToasts, graphql, SCREENSHOTS, signIn, uniqueEmail } from './helpers';

/**
 * Issue 14's dashboard and audit log: the by-API-key breakdown (a member sees only their own
 * keys), the This month / Last month / Custom presets, the chart stacked by operation or by
 * member, and the audit log filtered by action and actor with readable before → after values
 * and its CSV, at 1280 px and at phone width.
 */

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** A SegmentedControl option: its radio is visually hidden, its label takes the click. */
const choose = (page: Page, label: string) =>
  page
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .click();

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test('dashboard by key, range presets and stacked chart; audit log filters and readable changes', async ({ page, browser, request }) => {
  const owner = { name: 'Kira Keys', email: uniqueEmail('kira'), password: 'amber falcon meadow quartz', organizationName: 'Keys Co' };
  const max = { name: 'Max Member', email: uniqueEmail('max'), password: 'copper violin summit harbor' };
  const { accessToken, member: ownerMember } = await apiSignUp(request, owner);
  await graphql(request, accessToken, 'mutation Top($input: AddCreditsInput!) { addCredits(input: $input) { id } }', {
    input: { amount: '100', idempotencyKey: randomUUID() },
  });
  const temporaryPassword = 'quiet-ember-compass-57';
  const maxMember = await apiAddMember(request, accessToken, { name: max.name, email: max.email, role: 'MEMBER', temporaryPassword });
  await apiSetOwnPassword(request, max.email, temporaryPassword, max.password);
  const maxToken = (await apiLogIn(request, max.email, max.password)).accessToken;

  const keyOf = async (token: string, name: string) =>
    (await graphql<{ createApiKey: { secret: string } }>(request, token, `mutation { createApiKey(name: "${name}") { secret } }`))
      .createApiKey.secret;
  const spend = (secret: string, operation: string, credits: string) =>
    graphql(request, secret, 'mutation U($input: RecordUsageInput!) { recordUsage(input: $input) { id } }', {
      input: { operation, credits, idempotencyKey: randomUUID() },
    });
  const prod = await keyOf(accessToken, 'prod backend');
  const maxKey = await keyOf(maxToken, 'max laptop');
  await spend(prod, 'chat.completions', '4');
  await spend(prod, 'embeddings', '1.5');
  await spend(maxKey, 'chat.completions', '2');

  await test.step('the owner sees every key; the stacked chart switches from operation to member', async () => {
    await signIn(page, owner.email, owner.password);
    await page.goto('/dashboard');
    const byKey = page.getByRole('heading', { name: 'By API key' }).locator('xpath=..');
    await expect(byKey.getByRole('row', { name: /prod backend/ })).toContainText('5.5');
    await expect(byKey.getByRole('row', { name: /max laptop/ })).toContainText('2');
    const series = page.getByRole('list', { name: 'Series' });
    await expect(series.getByRole('listitem')).toHaveText([/chat\.completions\s*6/, /embeddings\s*1\.5/]);
    await choose(page, 'By member');
    await expect(page.getByRole('img', { name: /stacked by member/ })).toBeVisible();
    await expect(series.getByRole('listitem')).toHaveText([new RegExp(`${owner.name}\\s*5\\.5`), new RegExp(`${max.name}\\s*2`)]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-by-key.png'), animations: 'disabled', fullPage: true });
  });

  await test.step('range presets: this month, last month, custom', async () => {
    const now = new Date();
    await choose(page, 'This month');
    await expect(page.getByTestId('range-days')).toHaveText(now.getUTCDate() === 1 ? '1 day' : `${now.getUTCDate()} days`);
    await expect(page.getByRole('button', { name: 'Date range (UTC)' })).toHaveCount(0);
    // this month holds today's spending
    await expect(
      page
        .getByRole('heading', { name: 'By API key' })
        .locator('xpath=..')
        .getByRole('row', { name: /prod backend/ }),
    ).toBeVisible();
    await choose(page, 'Last month');
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    await expect(page.getByTestId('range-days')).toHaveText(`${daysInMonth(last.getUTCFullYear(), last.getUTCMonth())} days`);
    await expect(page.getByText('No usage by API key in this range')).toBeVisible();
    await choose(page, 'Custom');
    await expect(page.getByRole('button', { name: 'Date range (UTC)' })).toBeVisible();
  });

  const maxContext = await browser.newContext();
  const maxPage = await maxContext.newPage();
  await test.step('a member sees only their own keys', async () => {
    await signIn(maxPage, max.email, max.password);
    await maxPage.goto('/dashboard');
    const ownKeys = maxPage.getByRole('heading', { name: 'Your API keys' }).locator('xpath=..');
    await expect(ownKeys.getByRole('row', { name: /max laptop/ })).toBeVisible();
    await expect(ownKeys.getByText('Only your own keys are shown.')).toBeVisible();
    await expect(maxPage.getByText('prod backend')).toHaveCount(0);
    await maxContext.close();
  });

  await test.step('audit log: filter by action and actor, read "Role: Member → Administrator", export the CSV', async () => {
    await graphql(request, accessToken, 'mutation R($input: UpdateMemberRoleInput!) { updateMemberRole(input: $input) { id } }', {
      input: { memberId: maxMember.id, role: 'ADMIN' },
    });
    await page.goto('/audit-log');
    await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Member role changed' }).click();
    await page.keyboard.press('Escape');
    const change = page.getByRole('row', { name: 'Role: Member → Administrator', exact: true });
    await expect(change).toBeVisible();
    await expect(page.getByText('1 event', { exact: true })).toBeVisible();
    await expect(page.getByText(/"before"/)).toHaveCount(0);
    await page.getByRole('combobox', { name: 'By' }).click();
    await page.getByRole('option', { name: new RegExp(owner.name) }).click();
    await expect(change).toBeVisible();

    await dismissToasts(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-log.png'), animations: 'disabled' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('created_at,id,action,actor_id,actor_name,target_id,details');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,member.role_changed,${ownerMember.id},${owner.name},${maxMember.id},`);
  });

  await test.step('phone width: the audit log and the dashboard fit', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('row', { name: 'Role: Member → Administrator', exact: true })).toBeVisible();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'audit-log-phone.png'), animations: 'disabled' });
    await page.goto('/dashboard');
    await expect(page.getByRole('heading', { name: 'By API key' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'This month' })).toBeAttached();
    await expect(page.getByRole('list', { name: 'Series' })).toBeVisible();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard-phone.png'), animations: 'disabled', fullPage: true });
  });
});
