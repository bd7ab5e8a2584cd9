import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { dismissToasts, graphql, SCREENSHOTS, signIn, signUp, uniqueEmail } from './helpers';

/**
 * The members flow of docs/PRODUCT.md §3 walked end to end: an owner signs up, adds a member with a generated
 * password, the member signs in and must change it, the owner changes the member's role and
 * removes them, adds credits; an API call spends credits and the dashboard shows it; the
 * playground runs a query with the signed-in token.
 */
test('owner manages a member, credits and usage end to end', async ({ page, browser, request }) => {
  const owner = {
    name: 'Olivia Owner',
    email: uniqueEmail('olivia'),
    password: 'violet tractor harbor lantern',
    organizationName: 'Acme AI',
  };
  const bob = { name: 'Bob Builder', email: uniqueEmail('bob') };

  await test.step('sign up: user, organization and owner membership', async () => {
    await signUp(page, owner);
    await expect(page.getByText(owner.name, { exact: true }).first()).toBeVisible();
  });

  let temporaryPassword = '';
  await test.step('add a member with a generated password', async () => {
    await page.getByRole('button', { name: 'Add User' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(bob.name);
    await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(bob.email);
    await dialog.getByRole('button', { name: 'Generate Password' }).click();
    temporaryPassword = await dialog.getByRole('textbox', { name: 'Temporary password', exact: true }).inputValue();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    await expect(dialog.getByRole('switch', { name: /Send email/ })).toBeChecked();
    await expect(dialog.getByText(/^Strength: /)).toHaveText(/Strength: (Strong|Very strong|Meets the policy)/);
    await dialog.screenshot({ path: path.join(SCREENSHOTS, 'add-user-dialog.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Add user', exact: true }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByRole('row', { name: new RegExp(bob.name) });
    await expect(row).toBeVisible();
    await expect(row.getByText('Member', { exact: true })).toBeVisible();
  });

  const bobContext = await browser.newContext();
  const bobPage = await bobContext.newPage();
  const bobPassword = 'copper meadow violin summit';
  await test.step('the member signs in and must change the temporary password', async () => {
    await signIn(bobPage, bob.email, temporaryPassword);
    await expect(bobPage).toHaveURL(/\/change-password$/);
    await bobPage.getByLabel('Temporary password').fill(temporaryPassword);
    await bobPage.getByRole('textbox', { name: 'New password', exact: true }).fill(bobPassword);
    await bobPage.getByLabel('Confirm new password').fill(bobPassword);
    await bobPage.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(bobPage).toHaveURL(/\/dashboard$/);
    await expect(bobPage.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
    // a member manages nothing: no billing or audit in the navigation
    await expect(bobPage.getByRole('link', { name: 'Credits' })).toHaveCount(0);
    await expect(bobPage.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  });

  await test.step('change the member’s role', async () => {
    await page.reload();
    await page.getByRole('button', { name: `Edit role of ${bob.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Edit role of ${bob.name}` });
    // the seed's words: select the new role from the dropdown menu, then save
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await page.locator('[data-combobox-option]', { hasText: /^Administrator/ }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(bob.name) }).getByText('Administrator', { exact: true })).toBeVisible();
    // the confirmation toast covers neither the header (organization name) nor the Add User button
    const toast = page.locator('.mantine-Notification-root', { hasText: 'Role updated' });
    await expect(toast).toBeVisible();
    const [toastBox, headerBox, addUserBox] = await Promise.all([
      toast.boundingBox(),
      page.getByRole('banner').boundingBox(),
      page.getByRole('button', { name: 'Add User' }).boundingBox(),
    ]);
    expect(toastBox!.y).toBeGreaterThanOrEqual(headerBox!.y + headerBox!.height);
    expect(toastBox!.y).toBeGreaterThanOrEqual(addUserBox!.y + addUserBox!.height);
    await dismissToasts(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'members.png'), fullPage: true, animations: 'disabled' });
  });

  await test.step('remove the member after confirming; their access ends at once', async () => {
    await page.getByRole('button', { name: `Remove ${bob.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${bob.name}?` });
    await expect(dialog.getByText(/ends their access to the organization at once/)).toBeVisible();
    // the removal impact, in plain words, before the confirmation: Bob is signed in in the other browser
    const impact = dialog.getByRole('list', { name: 'What removal does' });
    await expect(impact).toContainText(/1 session ends\./);
    await expect(impact).toContainText(/They have no active API keys\./);
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Remove ${bob.name}` })).toHaveCount(0);

    await bobPage.reload();
    await expect(bobPage).toHaveURL(/\/sign-in$/);
    await bobContext.close();
  });

  await test.step('add credits', async () => {
    await page.getByRole('link', { name: 'Credits' }).click();
    await expect(page.getByRole('heading', { name: 'Credits', exact: true })).toBeVisible();
    await page.getByLabel('Amount').fill('100');
    await page.getByLabel('Note').fill('e2e top-up');
    await page.getByRole('button', { name: 'Add credits' }).click();
    await expect(page.getByTestId('credit-balance')).toHaveText('100');
    await expect(page.getByRole('row', { name: /Top-up.*e2e top-up/ })).toBeVisible();
  });

  let secret = '';
  await test.step('create an API key (secret shown once)', async () => {
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByLabel('Key name').fill('e2e spender');
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Save your secret key' });
    secret = (await shown.getByTestId('api-key-secret').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('row', { name: /e2e spender/ })).toBeVisible();
  });

  await test.step('spend via the API and see the dashboard change', async () => {
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const used = page.locator('.mantine-Card-root', { hasText: 'Credits used in range' });
    await expect(used).toContainText('0');
    await expect(page.getByTestId('credit-balance')).toHaveText('100');

    await graphql(request, secret, 'mutation Spend($input: RecordUsageInput!) { recordUsage(input: $input) { id credits } }', {
      input: { operation: 'chat.completions', credits: '2.5', idempotencyKey: randomUUID() },
    });

    await page.reload();
    await expect(page.getByTestId('credit-balance')).toHaveText('97.5');
    await expect(used).toContainText('2.5');
    await expect(page.getByRole('row', { name: /chat\.completions/ })).toBeVisible();
    // the date range reads on one line
    const range = page.getByRole('button', { name: 'Date range (UTC)' });
    await expect(range).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4} – [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await range.evaluate((el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().height < 44)).toBe(true);
    await dismissToasts(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'dashboard.png'), fullPage: true, animations: 'disabled' });
  });

  await test.step('phone width: the navigation folds behind a menu button', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/members');
    await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Credits' })).toBeHidden();
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await expect(page.getByRole('link', { name: 'Credits' })).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'members-phone-nav.png'), animations: 'disabled' });
    await page.getByRole('link', { name: 'Members' }).click();
    await expect(page.getByRole('link', { name: 'Credits' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Add User' })).toBeVisible();
    // rows stack into cards: the role, status and actions show without scrolling sideways
    const owned = page.getByRole('row', { name: new RegExp(owner.name) });
    await expect(owned.getByText('Owner', { exact: true })).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await dismissToasts(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'members-phone.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  await test.step('run a query in the bundled GraphQL playground', async () => {
    await page.goto('/graphiql');
    await expect(page.getByText(`Signed in as ${owner.email}`)).toBeVisible();
    await expect(page.locator('.graphiql-query-editor')).toContainText('query Me');
    const response = page.locator('.graphiql-response');
    // The editor finishes loading (Monaco and its workers) after it paints: click until it runs.
    await expect(async () => {
      await page.getByRole('button', { name: /^Execute query/ }).click();
      await expect(response).toContainText(owner.email, { timeout: 3_000 });
    }).toPass({ timeout: 45_000 });
    await expect(response).toContainText('"balance": "97.5"');
  });
});
