import { MigrationInterface, QueryRunner } from 'typeorm';

/** The weekly grains (kept here as they stood: a migration never changes). */
const TABLES: Array<{ table: string; from: string; keys: string; cols: string }> = [
  { table: 'usage_by_resource_weeks', from: 'usage_by_resource_days', keys: '"resource_id" uuid', cols: 'resource_id' },
  {
    table: 'usage_by_api_key_weeks',
    from: 'usage_by_api_key_days',
    keys: '"membership_id" uuid NOT NULL, "api_key_id" uuid',
    cols: 'membership_id, api_key_id',
  },
];

/**
 * Weekly rollups by resource and by API key (issue 11 S2): a row per UTC week (Monday 00:00)
 * and key, so a 180-day dashboard reads ~25 rows a key and at most twelve daily ones instead
 * of 180 daily ones (these two have the most keys a period: 21 and 75 in the bench's
 * organization). Filled from the daily rows of the same rollup (exact, and whole: a week is
 * seven whole UTC days), in key order, then kept by a trigger on those daily rows: each
 * insert, update or delete of a day row adds its difference to its week's row, in the same
 * transaction. So whatever writes the daily rows (the spend statement of this version or of
 * the previous one, during a rolling upgrade; a rebuild) keeps the weeks exact; reconcile()
 * proves them against the raw records. Row-level security and grants as the other rollups
 * (the trigger runs as the writer, under the same policy).
 */
export class UsageRollupWeeks1796810000000 implements MigrationInterface {
  name = 'UsageRollupWeeks1796810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const { table, from, keys, cols } of TABLES) {
      await q(
        `CREATE TABLE "${table}" ("organization_id" uuid NOT NULL REFERENCES "organizations"("id") ON DELETE CASCADE, ` +
          `"period_start" TIMESTAMP WITH TIME ZONE NOT NULL, ${keys}, "credits" bigint NOT NULL, "count" bigint NOT NULL, ` +
          `CONSTRAINT "${table}_key" UNIQUE NULLS NOT DISTINCT ("organization_id", "period_start", ${cols}))`,
      );
      await q(
        `INSERT INTO "${table}" (organization_id, period_start, ${cols}, credits, count)
         SELECT organization_id, date_bin(interval '7 days', period_start, timestamptz '1970-01-05 00:00:00+00'), ${cols}, sum(credits), sum(count)
           FROM "${from}" GROUP BY organization_id, 2, ${cols} ORDER BY organization_id, 2`,
      );
      if (cols.startsWith('membership_id'))
        await q(`CREATE INDEX "${table}_member_idx" ON "${table}" ("organization_id", "membership_id", "period_start")`);
      await q(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await q(`CREATE POLICY tenant_isolation ON "${table}"
        USING (organization_id = (SELECT app_organization_id())) WITH CHECK (organization_id = (SELECT app_organization_id()))`);
      await q(`GRANT SELECT, INSERT, UPDATE ON "${table}" TO orgpulse_app`);
      await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "${table}" TO orgpulse_system`);
      await q(`ANALYZE "${table}"`);
      const keyList = cols.split(', ');
      const week = (r: string) => `date_bin(interval '7 days', ${r}.period_start, timestamptz '1970-01-05 00:00:00+00')`;
      const add = (r: string, sign: string) =>
        `INSERT INTO "${table}" AS w (organization_id, period_start, ${cols}, credits, count)
           VALUES (${r}.organization_id, ${week(r)}, ${keyList.map((k) => `${r}.${k}`).join(', ')}, ${sign}${r}.credits, ${sign}${r}.count)
           ON CONFLICT (organization_id, period_start, ${cols}) DO UPDATE SET credits = w.credits + EXCLUDED.credits, count = w.count + EXCLUDED.count;`;
      await q(`CREATE FUNCTION "${table}_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          -- a day row going with its organization (the cascade): its weeks go with it too, nothing to add
          IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.organization_id) THEN RETURN NULL; END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN ${add('OLD', '-')} END IF;
          IF TG_OP IN ('INSERT', 'UPDATE') THEN ${add('NEW', '')} END IF;
          RETURN NULL;
        END $$`);
      await q(
        `CREATE TRIGGER "${table}_apply" AFTER INSERT OR UPDATE OR DELETE ON "${from}" FOR EACH ROW EXECUTE FUNCTION "${table}_apply"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, from } of [...TABLES].reverse()) {
      await queryRunner.query(`DROP TRIGGER "${table}_apply" ON "${from}"`);
      await queryRunner.query(`DROP FUNCTION "${table}_apply"()`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
