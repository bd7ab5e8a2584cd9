/**
 * Checks the money invariants (balance = sum of the ledger, usage records = USAGE entries,
 * daily rollups = raw records) for every organization, or the ones named:
 *   DATABASE_URL=postgres://… node -r @swc-node/register src/scripts/reconcile.ts [organizationId…]
 * Exits with 1 when any organization does not reconcile.
 */
import 'reflect-metadata';
import { createDataSource } from '../db/data-source';
import { reconcile } from '../modules/usage/reconcile';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL.');
  const ds = createDataSource({ url, poolSize: 2 });
  await ds.initialize();
  try {
    const ids: string[] =
      process.argv.length > 2
        ? process.argv.slice(2)
        : (await ds.query(`SELECT id FROM organizations ORDER BY created_at, id`)).map((r: { id: string }) => r.id);
    let failed = 0;
    for (const id of ids) {
      const r = await reconcile(ds, id);
      if (!r.ok) failed++;
      process.stdout.write(
        `${r.ok ? 'ok  ' : 'FAIL'} ${id} balance=${r.balance} ledger=${r.ledgerSum} records=${r.usageRecords}${r.problems.length ? ` :: ${r.problems.join('; ')}` : ''}\n`,
      );
    }
    process.stdout.write(`${ids.length - failed}/${ids.length} organizations reconcile\n`);
    if (failed) process.exitCode = 1;
  } finally {
    await ds.destroy();
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
