import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { apiAddMember, apiSetOwnPassword, apiSignUp, appLinkIn, signIn, signUp, totp, uniqueEmail, waitForMail } from './helpers';

/**
 * Issue 10 end to end, with the real emails from the local catcher: confirm the email
 * address, reset a forgotten password, two-factor sign-in (TOTP and recovery codes), and
 * the organization policy that makes a member enrol.
 */

/** Settings → Security (or the enrolment page): scan, confirm with a code, keep the recovery codes. */
async function enrolTotp(page: Page) {
  await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await page.getByLabel('Code from the app').fill(totp(secret));
  await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  const box = page.getByTestId('recovery-codes');
  await expect(box).toBeVisible();
  const codes = (await box.innerText()).split(/\s+/).filter(Boolean);
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
}

/** Signed in: the app frame is on screen (sign-in returns to the page the last session was on). */
async function expectSignedIn(page: Page) {
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

test('sign up, then confirm the email address from the emailed link', async ({ page, browser, request }) => {
  const owner = { name: 'Vic Verifier', email: uniqueEmail('vic'), password: 'amber falcon orchard piano', organizationName: 'Verify Co' };
  await signUp(page, owner);
  const banner = page.getByTestId('email-unverified');
  await expect(banner).toContainText(`${owner.email} is not verified`);
  await waitForMail(request, owner.email, /Confirm your email address/);

  await banner.getByRole('button', { name: 'Resend verification email' }).click();
  await expect(page.getByText(`We sent a new confirmation link to ${owner.email}.`)).toBeVisible();
  const mail = await waitForMail(request, owner.email, /Confirm your email address/, 2);
  const link = appLinkIn(mail, '/verify-email');

  // the link opened in a browser that is not signed in: sign in first, the token is kept
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(/\/sign-in$/);
  await other.getByLabel('Email').fill(owner.email);
  await other.getByRole('textbox', { name: 'Password', exact: true }).fill(owner.password);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other).toHaveURL(/\/verify-email\?token=/);
  await expect(other.getByText(`${owner.email} is confirmed.`)).toBeVisible();
  await other.getByRole('link', { name: 'Continue to orgpulse' }).click();
  await expect(other.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(other.getByTestId('email-unverified')).toHaveCount(0);

  // a link works once
  await other.goto(link);
  await expect(other.getByRole('alert')).toContainText('Not confirmed');
  await context.close();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.getByTestId('email-unverified')).toHaveCount(0);
});

test('forgot password, then reset it from the emailed link and sign in', async ({ page, request }) => {
  const user = { name: 'Rita Reset', email: uniqueEmail('rita'), password: 'cobalt meadow sparrow violin', organizationName: 'Reset Co' };
  await apiSignUp(request, user);

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText(`If an account exists for ${user.email}, we sent a link`)).toBeVisible();

  const link = appLinkIn(await waitForMail(request, user.email, /Reset your orgpulse password/), '/reset-password');
  await page.goto(link);
  const newPassword = 'glacier tundra mosaic lantern';
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('short');
  await page.getByLabel('Confirm new password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByTestId('password-strength')).toContainText('Does not meet the policy');
  await expect(page).toHaveURL(/\/reset-password\?token=/);

  await page.getByRole('textbox', { name: 'New password', exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Your password is reset')).toBeVisible();

  // the old password is gone, the new one works
  await page.getByLabel('Email').fill(user.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn(page, user.email, newPassword);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  // the reset confirmed the address
  await expect(page.getByTestId('email-unverified')).toHaveCount(0);
});

test('enrol TOTP, then sign in with a code and with a recovery code', async ({ page, request }) => {
  const user = { name: 'Tom Totp', email: uniqueEmail('tom'), password: 'saffron kettle glacier bishop', organizationName: 'Totp Co' };
  await apiSignUp(request, user);
  await signIn(page, user.email, user.password);
  await page.goto('/settings/security');

  const { secret, codes } = await enrolTotp(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download .txt' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('orgpulse-recovery-codes.txt');
  const file = await readFile(await download.path(), 'utf8');
  for (const code of codes) expect(file).toContain(code);
  await page.getByRole('button', { name: 'I saved my codes' }).click();
  await expect(page.getByRole('button', { name: 'Turn off two-factor sign-in' })).toBeVisible();
  await signOut(page);

  await passwordStep(page, user.email, user.password);
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');
  // the code of the next step: the enrolment used this one, and a step is accepted once
  await page.getByLabel('Authentication code').fill(totp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expectSignedIn(page);
  await signOut(page);

  await passwordStep(page, user.email, user.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expectSignedIn(page);
  await signOut(page);

  // a recovery code works once
  await passwordStep(page, user.email, user.password);
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]);
  await page.getByRole('button', { name: 'Verify and sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');
});

test('the organization requires two-factor sign-in: members are made to enrol', async ({ page, browser, request }) => {
  const owner = { name: 'Olga Owner', email: uniqueEmail('olga'), password: 'walnut harbor comet velvet', organizationName: 'Strict Co' };
  const mia = { name: 'Mia Member', email: uniqueEmail('mia') };
  const miaPassword = 'pepper island cactus rhythm';
  const { accessToken } = await apiSignUp(request, owner);
  const temporaryPassword = 'lemon canyon thistle oboe';
  await apiAddMember(request, accessToken, { ...mia, role: 'MEMBER', temporaryPassword });
  await apiSetOwnPassword(request, mia.email, temporaryPassword, miaPassword);

  await signIn(page, owner.email, owner.password);
  await page.goto('/settings/organization');
  const policy = page.getByRole('switch', { name: /Require two-factor authentication/ });
  await expect(policy).not.toBeChecked();
  await policy.click();
  // the owner has no second factor either: sent to set one up, nothing else works until then
  await expect(page).toHaveURL(/\/two-factor-setup$/);
  await page.goto('/members');
  await expect(page).toHaveURL(/\/two-factor-setup$/);
  await enrolTotp(page);
  await page.getByRole('button', { name: 'I saved my codes, continue' }).click();
  await expect(page).not.toHaveURL(/two-factor-setup/);

  await page.goto('/settings/organization');
  await expect(page.getByRole('switch', { name: /Require two-factor authentication/ })).toBeChecked();

  // the members page: who has a second factor; the Add User result shows when its password expires
  await page.goto('/members');
  await expect(page.getByRole('row', { name: new RegExp(owner.name) }).getByText('2FA on')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(mia.name) }).getByText('No 2FA')).toBeVisible();
  const pat = { name: 'Pat Pending', email: uniqueEmail('pat') };
  await page.getByRole('button', { name: 'Add User' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add user' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(pat.name);
  await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(pat.email);
  await dialog.getByRole('button', { name: 'Generate Password' }).click();
  await dialog.getByRole('switch', { name: /Send email/ }).click();
  await dialog.getByRole('button', { name: 'Add user', exact: true }).click();
  const handover = page.getByRole('dialog', { name: 'Hand over the temporary password' });
  await expect(handover.getByTestId('temporary-password-expiry')).toContainText('expires in 7 days');
  await handover.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: new RegExp(pat.name) }).getByTestId('temporary-password-expiry')).toHaveText(
    'Temporary password expires in 7 days',
  );

  // the member signs in and must enrol before anything else
  const context = await browser.newContext();
  const miaPage = await context.newPage();
  await signIn(miaPage, mia.email, miaPassword);
  await expect(miaPage).toHaveURL(/\/two-factor-setup$/);
  await expect(miaPage.getByText('Strict Co requires two-factor sign-in')).toBeVisible();
  await enrolTotp(miaPage);
  await miaPage.getByRole('button', { name: 'I saved my codes, continue' }).click();
  await expect(miaPage.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(mia.name) }).getByText('2FA on')).toBeVisible();
});
