import { expect, test, type Page } from '@playwright/test';
import { signUp, uniqueEmail } from './helpers';

/**
 * The Content-Security-Policy the server sends (server/src/common/http-hardening.ts) lets
 * the SPA and the bundled GraphiQL (Monaco and its module workers) run: Chromium reports no
 * violation, as a console message or a securitypolicyviolation event, on either page.
 */

/** Collects every CSP violation the page reports, from the console and from the DOM event. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(m.text())) fromConsole.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/Content Security Policy/i.test(e.message)) fromConsole.push(e.message);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

test('the SPA and the bundled GraphiQL run under the CSP with no violation', async ({ page }) => {
  const violations = await watchViolations(page);

  const home = await page.goto('/');
  const csp = home!.headers()['content-security-policy'];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(home!.headers()['x-frame-options']).toBe('DENY');
  expect(home!.headers()['x-content-type-options']).toBe('nosniff');

  const email = uniqueEmail('csp');
  await signUp(page, { name: 'Cass Policy', email, password: 'violet-harbor-lantern-92', organizationName: 'CSP Co' });
  expect(await violations()).toEqual([]);

  await page.goto('/graphiql');
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.locator('.graphiql-query-editor')).toContainText('query Me');
  const response = page.locator('.graphiql-response');
  // Monaco and its workers finish loading after the first paint: click until the query runs
  await expect(async () => {
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await expect(response).toContainText(email, { timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  // the editor's language features run in the workers: typing gets the schema's completions
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nquery Two { vie');
  await expect(page.locator('.monaco-editor .suggest-widget')).toContainText('viewer', { timeout: 15_000 });
  expect(await violations()).toEqual([]);
});
