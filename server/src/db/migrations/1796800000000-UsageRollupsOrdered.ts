import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['usage_by_member', 'usage_by_resource', 'usage_by_operation', 'usage_by_api_key'];

/**
 * The dashboard's rollups rewritten in the order of their key (organization, grain, period,
 * key) once (issue 11 S2). The backfill of UsageRollups1796500000000 inserted the rows of
 * every period and key in the order a hash aggregate gave them, so an hour's rows of one
 * organization lay one row a page across the whole table: 18 edge hours of an unaligned range
 * read ~1,400 pages for ~1,400 rows (six times the CPU of the same rows in order). The spend's
 * own increments add rows as time goes, period after period, so only the backfilled rows were
 * out of order. Each grain's partition is small (a row per period and key): CLUSTER by its
 * unique index, then ANALYZE. No change to the schema; down() has nothing to undo.
 */
export class UsageRollupsOrdered1796800000000 implements MigrationInterface {
  name = 'UsageRollupsOrdered1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES)
      for (const part of [`${table}_days`, `${table}_hours`]) {
        const [{ index }]: Array<{ index: string }> = await queryRunner.query(
          `SELECT c.relname AS index FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = $1::regclass AND i.indisunique ORDER BY c.relname LIMIT 1`,
          [part],
        );
        await queryRunner.query(`CLUSTER "${part}" USING "${index}"`);
        await queryRunner.query(`ANALYZE "${part}"`);
      }
  }

  public async down(): Promise<void> {
    // the order of rows is no schema: nothing to undo
  }
}
