/**
 * Prints the SQL that would bring a database migrated to the latest migration in line
 * with the entities (empty when they agree). Used to write new migrations:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch pnpm --filter @orgpulse/server exec node -r @swc-node/register src/scripts/schema-diff.ts
 */
import { createDataSource } from '../db/data-source';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a scratch database.');
  const ds = createDataSource({ url });
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) process.stdout.write(`await queryRunner.query(${JSON.stringify(q.query)});\n`);
  process.stdout.write('--- down\n');
  for (const q of sql.downQueries.reverse()) process.stdout.write(`await queryRunner.query(${JSON.stringify(q.query)});\n`);
  await ds.destroy();
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
