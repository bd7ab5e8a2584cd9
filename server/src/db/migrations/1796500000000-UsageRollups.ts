import { MigrationInterface, QueryRunner } from 'typeorm';

/** The shape of each rollup; the statements that fill them live in modules/usage/usage-rollups.sql.ts. */
const TABLES: Array<{ table: string; keys: string; unique: string }> = [
  { table: 'usage_by_member', keys: '"membership_id" uuid NOT NULL', unique: '"membership_id"' },
  { table: 'usage_by_resource', keys: '"resource_id" uuid', unique: '"resource_id"' },
  { table: 'usage_by_operation', keys: '"operation" character varying(100) NOT NULL', unique: '"operation"' },
  { table: 'usage_by_api_key', keys: '"membership_id" uuid NOT NULL, "api_key_id" uuid', unique: '"membership_id", "api_key_id"' },
];

/** The same grouping as rollupRebuildStatements() (kept here as it stood: a migration never changes). */
const BACKFILL: Record<string, string> = {
  usage_by_member: 'membership_id',
  usage_by_resource: 'resource_id',
  usage_by_operation: 'operation',
  usage_by_api_key: 'membership_id, api_key_id',
};

/**
 * The dashboard's rollups (issue 11 S2, issue 14 "usage by API key"): day and hour × member,
 * resource, operation and API key (NULL: usage through a session), filled from the existing
 * usage records, then under row-level security like every tenant table. Each is partitioned
 * by grain (LIST on `hourly`) so the daily rows stay dense. No entities: the
 * usage module's statements are the only readers and writers.
 */
export class UsageRollups1796500000000 implements MigrationInterface {
  name = 'UsageRollups1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const { table, keys, unique } of TABLES) {
      // partitioned by grain: the daily rows lie together (a 180-day range reads a few pages,
      // not one page per row among the hourly rows)
      await q(
        `CREATE TABLE "${table}" ("organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE, "hourly" boolean NOT NULL, ` +
          `"period_start" TIMESTAMP WITH TIME ZONE NOT NULL, ${keys}, "credits" bigint NOT NULL, "count" bigint NOT NULL, ` +
          `CONSTRAINT "${table}_key" UNIQUE NULLS NOT DISTINCT ("organization_id", "hourly", "period_start", ${unique})) PARTITION BY LIST ("hourly")`,
      );
      await q(`CREATE TABLE "${table}_days" PARTITION OF "${table}" FOR VALUES IN (false)`);
      await q(`CREATE TABLE "${table}_hours" PARTITION OF "${table}" FOR VALUES IN (true)`);
      // the backfill: every record, both grains (the owner migrates before the app serves)
      const cols = BACKFILL[table];
      await q(
        `INSERT INTO "${table}" (organization_id, hourly, period_start, ${cols}, credits, count)
         SELECT organization_id, g.hourly,
                date_bin(CASE WHEN g.hourly THEN interval '1 hour' ELSE interval '1 day' END, created_at, timestamptz '1970-01-01 00:00:00+00'),
                ${cols}, sum(credits), count(*)
           FROM usage_records CROSS JOIN (VALUES (false), (true)) g(hourly)
          GROUP BY organization_id, g.hourly, 3, ${cols}`,
      );
      // a MEMBER's own totals and keys: straight to their rows
      if (unique.startsWith('"membership_id"'))
        await q(`CREATE INDEX "${table}_member_idx" ON "${table}" ("organization_id", "membership_id", "hourly", "period_start")`);
      // the parent's policy applies through the parent; the partitions get their own, should anyone read them directly
      for (const t of [table, `${table}_days`, `${table}_hours`]) {
        await q(`ALTER TABLE "${t}" ENABLE ROW LEVEL SECURITY`);
        await q(`ALTER TABLE "${t}" FORCE ROW LEVEL SECURITY`);
        await q(`CREATE POLICY tenant_isolation ON "${t}"
          USING (organization_id = app_organization_id()) WITH CHECK (organization_id = app_organization_id())`);
      }
      // the spend increments them; nothing deletes (default privileges give the system role the rest)
      await q(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO orgpulse_app`);
      await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO orgpulse_system`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
