import { Readable } from 'node:stream';
import { startTestApp, TestApp } from './helpers/app';
import { signUp } from './helpers/fixtures';
import { CopyTextToCsv, csvCellSql } from '../src/modules/usage/usage-copy';
import { csvCell } from '../src/common/csv';
import { usageExportModule } from '../src/modules/usage/usage-export';

/** The CSV export as a COPY stream (issue 11 §CSV): cells formatted in SQL exactly as csvCell() (issue 9 §Input) would. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ modules: [usageExportModule()] });
});
afterAll(async () => {
  await t.stop();
});

const VALUES = [
  'plain',
  '',
  'ok;=1+1',
  'a,b',
  'say "hi"',
  'two\nlines',
  'cr\rhere',
  '=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '=HYPERLINK("http://x","y")',
  'x=1',
  'back\\slash \\n not a newline',
  'tab\there',
  'ünïcødé ✓ 表',
];

test('csvCellSql gives the same cell as csvCell for every rule', async () => {
  const rows: Array<{ cell: string | null }> = await t.ds.query(
    `SELECT ${csvCellSql('v')} AS cell FROM unnest($1::text[]) WITH ORDINALITY AS x(v, i) ORDER BY i`,
    [VALUES],
  );
  expect(rows.map((r) => r.cell)).toEqual(VALUES.map(csvCell));
  const [nullCell] = await t.ds.query(`SELECT ${csvCellSql('NULL::text')} AS cell`);
  expect(nullCell.cell).toBe(csvCell(null));
});

test('undoing COPY escapes holds whatever the chunk boundaries', async () => {
  const copyText = 'a\\\\b\\r\nline\\ttwo\\nx ✓\\r\n';
  const expected = 'a\\b\r\nline\ttwo\nx ✓\r\n';
  const bytes = Buffer.from(copyText, 'utf8');
  for (const size of [1, 2, 3, 5, bytes.length]) {
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
    let out = '';
    for await (const piece of Readable.from(chunks).pipe(new CopyTextToCsv())) out += piece;
    expect([size, out]).toEqual([size, expected]);
  }
});

test('an export of awkward values arrives exactly as csvCell formats them, CRLF after each line', async () => {
  const owner = await signUp(t, { name: 'Zoë "Z" Back\\slash' });
  // written in SQL: the API refuses such operation names, but the export must carry whatever the table holds
  const ops = ['back\\slash', 'two\nlines', '=cmd|x', 'semi;colon', 'tab\tin'];
  const credits = ['1', '0.5', '0.0042', '12.345678', '3'];
  await t.ds.query(
    `WITH g AS (SELECT i, op, gen_random_uuid() AS tx, c FROM unnest($3::text[], $4::bigint[]) WITH ORDINALITY AS x(op, c, i)),
          ins AS (INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, created_at)
                  SELECT tx, $1, 'USAGE', -c, 0, $2, now() - ((10 - i) || ' seconds')::interval FROM g RETURNING id, created_at)
     INSERT INTO usage_records (organization_id, membership_id, operation, credits, transaction_id, created_at)
     SELECT $1, $2, g.op, g.c, ins.id, ins.created_at FROM g JOIN ins ON ins.id = g.tx`,
    [owner.organizationId, owner.memberId, ops, [1000000, 500000, 4200, 12345678, 3000000]],
  );
  const res = await fetch(`${t.url}/api/usage.csv`, { headers: { authorization: `Bearer ${owner.token}` } });
  expect(res.status).toBe(200);
  const body = await res.text();
  const records: Array<{ id: string; created_at: Date; operation: string }> = await t.ds.query(
    `SELECT id, created_at, operation FROM usage_records WHERE organization_id = $1 ORDER BY created_at, id`,
    [owner.organizationId],
  );
  const expected =
    'created_at,id,member_id,member_name,api_key_id,api_key_name,api_key_prefix,resource_id,resource_name,operation,credits\r\n' +
    records
      .map(
        (r, i) =>
          [
            r.created_at.toISOString(),
            r.id,
            owner.memberId,
            csvCell('Zoë "Z" Back\\slash'),
            '',
            '',
            '',
            '',
            '',
            csvCell(r.operation),
            credits[i],
          ].join(',') + '\r\n',
      )
      .join('');
  expect(body).toBe(expected);
});

test('a client that goes away mid-export ends the COPY and gives the connection back', async () => {
  const owner = await signUp(t);
  await t.ds.transaction(async (em) => {
    await em.query('SET LOCAL statement_timeout = 0');
    await em.query(
      `WITH g AS (SELECT i, gen_random_uuid() AS tx FROM generate_series(1, 60000) i),
            ins AS (INSERT INTO credit_transactions (id, organization_id, kind, amount, balance_after, membership_id, created_at)
                    SELECT tx, $1, 'USAGE', -1000000, 0, $2, now() - (i || ' seconds')::interval FROM g RETURNING id, created_at)
       INSERT INTO usage_records (organization_id, membership_id, operation, credits, transaction_id, created_at)
       SELECT $1, $2, 'bulk', 1000000, id, created_at FROM ins`,
      [owner.organizationId, owner.memberId],
    );
  });
  const abort = new AbortController();
  const res = await fetch(`${t.url}/api/usage.csv`, { headers: { authorization: `Bearer ${owner.token}` }, signal: abort.signal });
  const reader = res.body!.getReader();
  expect((await reader.read()).done).toBe(false); // the first bytes arrived
  abort.abort();
  const copying = async () =>
    (
      await t.ds.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'COPY (%' AND pid <> pg_backend_pid()`,
      )
    )[0].n;
  let n = await copying();
  for (let i = 0; i < 100 && n > 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    n = await copying();
  }
  expect(n).toBe(0);
  // and the pool still serves the next export whole
  const again = await fetch(`${t.url}/api/usage.csv?from=${new Date(Date.now() - 60_000).toISOString()}`, {
    headers: { authorization: `Bearer ${owner.token}` },
  });
  expect((await again.text()).trim().split('\r\n').length).toBeGreaterThan(1);
});
