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
  for (const q of sql.upQueries) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  console.log('--- down');
  for (const q of sql.downQueries.reverse()) console.log(`await queryRunner.query(${JSON.stringify(q.query)});`);
  await ds.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
