import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { apiSignUp, graphql, signIn, uniqueEmail } from './helpers';

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Exact sum of decimal strings, in millionths (no floats). */
function sum(values: string[]): string {
  const micros = values.reduce((total, v) => {
    const [whole, fraction = ''] = v.split('.');
    return total + BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0'));
  }, 0n);
  const fraction = (micros % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${micros / 1_000_000n}${fraction ? `.${fraction}` : ''}`;
}

test('the dashboard’s CSV export downloads the usage it shows', async ({ page, request }) => {
  const owner = {
    name: 'Esme Export',
    email: uniqueEmail('esme'),
    password: 'saffron kettle glacier ribbon',
    organizationName: 'Export Co',
  };
  const { accessToken } = await apiSignUp(request, owner);
  await graphql(request, accessToken, 'mutation Top($input: AddCreditsInput!) { addCredits(input: $input) { id } }', {
    input: { amount: '50', idempotencyKey: randomUUID() },
  });
  const { createResource } = await graphql<{ createResource: { id: string } }>(
    request,
    accessToken,
    'mutation R($input: CreateResourceInput!) { createResource(input: $input) { id } }',
    { input: { kind: 'AGENT', name: 'support, "tier 1"' } }, // a name the CSV has to quote
  );
  const { createApiKey } = await graphql<{ createApiKey: { secret: string } }>(
    request,
    accessToken,
    'mutation { createApiKey(name: "exporter") { secret } }',
  );
  const calls = [
    { operation: 'chat.completions', credits: '1.25', resourceId: createResource.id },
    { operation: 'embeddings', credits: '0.000001' },
    { operation: 'chat.completions', credits: '3', resourceId: createResource.id },
    { operation: '=cmd()', credits: '0.5' }, // would run as a formula in a spreadsheet
  ];
  const { recordUsageBatch } = await graphql<{ recordUsageBatch: Record<string, unknown> }>(
    request,
    createApiKey.secret,
    'mutation B($inputs: [RecordUsageInput!]!) { recordUsageBatch(inputs: $inputs) { __typename } }',
    { inputs: calls.map((c) => ({ ...c, idempotencyKey: randomUUID() })) },
  );
  expect(recordUsageBatch).toBeTruthy();

  await signIn(page, owner.email, owner.password);
  await page.goto('/dashboard');
  const total = sum(calls.map((c) => c.credits));
  await expect(page.locator('.mantine-Card-root', { hasText: 'Credits used in range' })).toContainText(total);
  await expect(page.locator('.mantine-Card-root', { hasText: 'API calls in range' })).toContainText(String(calls.length));
  const activity = page.locator('.mantine-Card-root', { hasText: 'Recent activity' });
  await expect(activity.locator('tbody tr')).toHaveCount(calls.length);

  // what the page shows: member, operation, resource, credits per call
  const shown = await activity.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) =>
      Array.from(row.querySelectorAll('td'))
        .slice(1)
        .map((td) => td.textContent?.trim() ?? ''),
    ),
  );

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^usage-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...records] = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(header).toEqual([
    'created_at',
    'id',
    'member_id',
    'member_name',
    'api_key_id',
    'api_key_name',
    'api_key_prefix',
    'resource_id',
    'resource_name',
    'operation',
    'credits',
  ]);
  expect(records).toHaveLength(calls.length);

  const column = (name: string) => header.indexOf(name);
  const exported = records.map((r) => [
    r[column('member_name')],
    // the export defuses formulas with a leading quote mark; the page shows the operation as sent
    r[column('operation')].replace(/^'(?=[=+\-@])/, ''),
    r[column('resource_name')] || '—',
    r[column('credits')],
  ]);
  const key = (row: string[]) => row.join(' | ');
  expect(exported.map(key).sort()).toEqual(shown.map(key).sort());
  expect(records.map((r) => r[column('operation')])).toContain("'=cmd()");
  expect(sum(records.map((r) => r[column('credits')]))).toBe(total);
  expect(records.every((r) => r[column('api_key_prefix')] && r[column('member_name')] === owner.name)).toBe(true);
});
