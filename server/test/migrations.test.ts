import { createDataSource } from '../src/db/data-source';
import { createTestDatabase } from './helpers/postgres';

test('the migrations produce exactly the schema the entities describe', async () => {
  const db = await createTestDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 1 });
  await ds.initialize();
  try {
    const pending = await ds.showMigrations();
    expect(pending).toBe(false);
    const diff = await ds.driver.createSchemaBuilder().log();
    // a non-empty list is the migration you forgot: run server/src/scripts/new-migration.sh Name
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  } finally {
    await ds.destroy();
    await db.drop();
  }
});
