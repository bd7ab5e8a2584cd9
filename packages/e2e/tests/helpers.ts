import { expect, type APIRequestContext, type Page } from '@playwright/test';
import path from 'node:path';

export const SCREENSHOTS = path.resolve(__dirname, '../../../docs/screenshots');

/** A unique address per run, so the suite can run again against the same database. */
export function uniqueEmail(local: string): string {
  return `${local}+${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
}

export async function signUp(page: Page, input: { name: string; email: string; password: string; organizationName: string }) {
  await page.goto('/sign-up');
  await page.getByLabel('Your name').fill(input.name);
  await page.getByLabel('Email').fill(input.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(input.password);
  await page.getByLabel('Organization name').fill(input.organizationName);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Calls the API the way a partner app does: JSON POST with a bearer token. */
export async function graphql<T>(request: APIRequestContext, token: string, query: string, variables: object = {}): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = await response.json();
  expect(body.errors ?? [], JSON.stringify(body.errors)).toEqual([]);
  return body.data as T;
}
