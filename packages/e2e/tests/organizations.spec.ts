import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { apiAddMember, apiLogIn, apiSignUp, apiVerifyEmail, dismissToasts, graphql, SCREENSHOTS, signIn, uniqueEmail } from './helpers';

const PASSWORD = 'orchid lantern quarry meadow';

/** The member names listed on the Members page, sorted. */
function memberNames(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid^="member-row-"]')
    .evaluateAll((rows) => rows.map((row) => row.querySelector('td p')?.textContent?.trim() ?? '').sort());
}

/**
 * One person in two organizations: the switcher opens each one with its own members; the
 * Security tab lists their sessions and signs the other ones out; leaving the organization
 * they do not own continues in the other.
 */
test('a user in two organizations switches between them, manages sessions and leaves one', async ({ page, browser, request }) => {
  const uma = { name: 'Uma Two-Orgs', email: uniqueEmail('uma'), password: PASSWORD };
  const acme = await apiSignUp(request, { ...uma, organizationName: 'Acme AI' });
  // a verified account is added to another organization as it is, its password untouched
  await apiVerifyEmail(request, acme.accessToken, uma.email);
  await apiAddMember(request, acme.accessToken, {
    name: 'Adam Acme',
    email: uniqueEmail('adam'),
    role: 'MEMBER',
    temporaryPassword: 'Tq7rK-mZ3pL-x9VbN-4hWcD',
  });
  const bea = { name: 'Bea Beta', email: uniqueEmail('bea'), password: PASSWORD };
  const beta = await apiSignUp(request, { ...bea, organizationName: 'Beta Labs' });
  await apiAddMember(request, beta.accessToken, {
    name: 'Carl Beta',
    email: uniqueEmail('carl'),
    role: 'MEMBER',
    temporaryPassword: 'Wd4sQ-nB8yH-c2LmZ-7kRtF',
  });
  // an existing account is added as it is: Uma keeps her password
  await apiAddMember(request, beta.accessToken, {
    name: uma.name,
    email: uma.email,
    role: 'MEMBER',
    temporaryPassword: 'Hj5vX-pE9wG-r3NsK-6tYqA',
  });

  const switcher = page.getByRole('combobox', { name: 'Organization' });
  await test.step('the switcher opens each organization with its own members', async () => {
    await signIn(page, uma.email, uma.password);
    await page.goto('/members');
    await expect(switcher).toBeEnabled();
    await switcher.selectOption({ label: 'Acme AI' });
    await expect(page.getByText('Everyone in Acme AI.', { exact: false })).toBeVisible();
    await expect.poll(() => memberNames(page)).toEqual(['Adam Acme', uma.name]);

    await switcher.selectOption({ label: 'Beta Labs' });
    await expect(page).toHaveURL(/\/members$/);
    await expect(page.getByText('Everyone in Beta Labs.', { exact: false })).toBeVisible();
    await expect.poll(() => memberNames(page)).toEqual([bea.name, 'Carl Beta', uma.name]);
    await expect(page.getByRole('banner')).toContainText('Beta Labs');
    // a member of Beta Labs manages nobody there
    await expect(page.getByRole('button', { name: 'Add User' })).toHaveCount(0);

    await switcher.selectOption({ label: 'Acme AI' });
    await expect(page.getByText('Everyone in Acme AI.', { exact: false })).toBeVisible();
    await expect.poll(() => memberNames(page)).toEqual(['Adam Acme', uma.name]);
    await expect(page.getByRole('button', { name: 'Add User' })).toBeVisible();
  });

  await test.step('Security lists the sessions and signs the other ones out', async () => {
    const laptop = await browser.newContext();
    const laptopPage = await laptop.newPage();
    await signIn(laptopPage, uma.email, uma.password);
    await expect(laptopPage.getByRole('heading', { name: /Dashboard|Members/ })).toBeVisible();

    await page.goto('/settings/security');
    const sessions = page.getByRole('list', { name: 'Signed-in sessions' }).getByRole('listitem');
    await expect(sessions.first()).toContainText('This device');
    await expect(sessions.first()).toContainText('Chrome on Linux');
    expect(await sessions.count()).toBeGreaterThanOrEqual(2);
    await dismissToasts(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'settings-security.png'), fullPage: true, animations: 'disabled' });

    await page.getByRole('button', { name: 'Sign out other sessions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out your other sessions?' });
    await dialog.getByRole('button', { name: /^Sign out \d+ sessions?$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(sessions).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Sign out other sessions' })).toBeDisabled();

    await laptopPage.reload();
    await expect(laptopPage).toHaveURL(/\/sign-in$/);
    await laptop.close();
  });

  await test.step('leaving Beta Labs continues in Acme AI', async () => {
    await switcher.selectOption({ label: 'Beta Labs' });
    await expect(page.getByText('Everyone in Beta Labs.', { exact: false })).toBeVisible();
    await page.goto('/settings/organization');
    await page.getByRole('button', { name: 'Leave organization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave Beta Labs?' });
    await expect(dialog).toContainText('ends your access at once');
    await expect(dialog).toContainText('You will continue in Acme AI.');
    await dialog.getByRole('button', { name: 'Leave organization' }).click();

    await expect(page).toHaveURL(/\/members$/);
    await expect(page.getByText('Everyone in Acme AI.', { exact: false })).toBeVisible();
    await expect(switcher.locator('option')).toHaveText(['Acme AI']);

    // Beta Labs keeps Uma's membership, marked as removed
    const { accessToken } = await apiLogIn(request, bea.email, bea.password);
    const { members } = await graphql<{ members: { nodes: { name: string; status: string }[] } }>(
      request,
      accessToken,
      '{ members(first: 50, status: REMOVED) { nodes { name status } } }',
    );
    expect(members.nodes.find((m) => m.name === uma.name)?.status).toBe('REMOVED');
  });
});
