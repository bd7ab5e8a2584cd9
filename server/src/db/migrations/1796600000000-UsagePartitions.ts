import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * usage_records partitioned by UTC month (issue 11 S2 "Growth", docs/operations.md
 * "Usage partitions and retention"): RANGE on created_at, one partition a month
 * (usage_records_pYYYYMM) and a default partition for a row no month partition holds yet.
 *
 * The primary key becomes (id, created_at) and the record's ledger link UNIQUE
 * (transaction_id, created_at): a partitioned table's unique keys include the partition key.
 * A record's created_at is its ledger entry's (the spend writes both from the entry), so the
 * link stays one record per entry; reconcile() checks that too.
 *
 * The app's roles own nothing, so the DDL lives in two SECURITY DEFINER functions of the
 * owner, which only orgpulse_system may call (modules/usage/usage-partitions.ts runs them
 * at start and daily):
 *   usage_partitions_ensure(from, to)  creates the month partitions of [from, to] that are
 *     missing, and those of any month the default partition holds rows of, moving them in;
 *   usage_partitions_retain(before)    drops the month partitions wholly before `before`
 *     (a UTC month start) and raises usage_retention.raw_from to it. The rollups, the
 *     ledger and the balances are other tables: they stay.
 * A partition has row-level security, forced, and the tenant policy like its parent (should
 * anyone read it directly; the functions lift FORCE on the default partition while they move
 * or delete its rows), and the app's roles have no privilege on it: they go through the
 * parent. Both functions wait at most 5 s for a lock (lock_timeout), then fail; the next
 * run retries, with three months of partitions ahead to spare.
 */
export class UsagePartitions1796600000000 implements MigrationInterface {
  name = 'UsagePartitions1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "usage_records" RENAME TO "usage_records_unpartitioned"`);
    // the old table's constraint and index names are reused below
    await q(`ALTER TABLE "usage_records_unpartitioned" DROP CONSTRAINT "PK_e511cf9f7dc53851569f87467a5"`);
    await q(`ALTER TABLE "usage_records_unpartitioned" DROP CONSTRAINT "usage_records_credits_positive"`);
    for (const i of ['usage_records_org_created_idx', 'usage_records_org_member_created_idx', 'usage_records_org_resource_created_idx'])
      await q(`DROP INDEX "${i}"`);
    await q(`DROP INDEX "usage_records_transaction_key"`);
    // an owner without BYPASSRLS reads every organization's records for the copy
    await q(`ALTER TABLE "usage_records_unpartitioned" NO FORCE ROW LEVEL SECURITY`);
    for (const fk of [
      'FK_00a042a65bd53871cf00ea73c69',
      'FK_25f881c575d75b946cd89c30665',
      'FK_2908478bc9172434a2452e57a1f',
      'FK_3060fe81aeb6924eec9494cf88b',
      'FK_be148288a74e257aa8af8bcaea9',
    ])
      await q(`ALTER TABLE "usage_records_unpartitioned" DROP CONSTRAINT "${fk}"`);

    await q(`CREATE TABLE "usage_records" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "membership_id" uuid NOT NULL,
      "api_key_id" uuid,
      "resource_id" uuid,
      "operation" character varying(100) NOT NULL,
      "credits" bigint NOT NULL,
      "transaction_id" uuid NOT NULL,
      "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
      CONSTRAINT "usage_records_credits_positive" CHECK (credits > 0)
    ) PARTITION BY RANGE ("created_at")`);

    // how far back the raw records go: raised by the retention, read by reconcile() and the dashboard
    await q(`CREATE TABLE "usage_retention" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "raw_from" TIMESTAMP WITH TIME ZONE)`);
    await q(`INSERT INTO "usage_retention" ("raw_from") VALUES (NULL)`);
    await q(`REVOKE ALL ON "usage_retention" FROM orgpulse_app, orgpulse_system`);
    await q(`GRANT SELECT ON "usage_retention" TO orgpulse_app, orgpulse_system`);

    /** Creates one month's partition, moving in the default partition's rows of that month. */
    await q(`CREATE FUNCTION usage_partition_create(month_start timestamptz) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET "TimeZone" = 'UTC' AS $fn$
      DECLARE
        lo timestamptz := date_trunc('month', month_start);
        hi timestamptz := date_trunc('month', month_start) + interval '1 month';
        name text := 'usage_records_p' || to_char(date_trunc('month', month_start), 'YYYYMM');
      BEGIN
        IF to_regclass(name) IS NOT NULL THEN RETURN false; END IF;
        EXECUTE format('CREATE TABLE %I (LIKE usage_records INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', name);
        IF to_regclass('usage_records_default') IS NOT NULL THEN
          EXECUTE format('WITH moved AS (DELETE FROM usage_records_default WHERE created_at >= %L AND created_at < %L RETURNING *)
                          INSERT INTO %I SELECT * FROM moved', lo, hi, name);
        END IF;
        EXECUTE format('ALTER TABLE usage_records ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', name, lo, hi);
        EXECUTE format('REVOKE ALL ON %I FROM orgpulse_app, orgpulse_system', name);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', name);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', name);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (organization_id = (SELECT app_organization_id()))
                        WITH CHECK (organization_id = (SELECT app_organization_id()))', name);
        RETURN true;
      END $fn$`);
    await q(`REVOKE ALL ON FUNCTION usage_partition_create(timestamptz) FROM PUBLIC`);

    await q(`CREATE FUNCTION usage_partitions_ensure(from_at timestamptz, to_at timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET "TimeZone" = 'UTC' SET lock_timeout = '5s' AS $fn$
      DECLARE
        m timestamptz;
        made integer := 0;
        horizon timestamptz := (SELECT raw_from FROM usage_retention);
      BEGIN
        -- one caller at a time (a node's start and another's daily run)
        PERFORM pg_advisory_xact_lock(hashtext('usage_partitions'));
        -- the owner reads and moves the default partition's rows (row security stays on for everyone else)
        ALTER TABLE usage_records_default NO FORCE ROW LEVEL SECURITY;
        FOR m IN
          SELECT g FROM generate_series(date_trunc('month', from_at), date_trunc('month', to_at), interval '1 month') g
          UNION
          SELECT DISTINCT date_trunc('month', created_at) FROM usage_records_default
        LOOP
          IF horizon IS NULL OR m >= horizon THEN
            IF usage_partition_create(m) THEN made := made + 1; END IF;
          END IF;
        END LOOP;
        ALTER TABLE usage_records_default FORCE ROW LEVEL SECURITY;
        RETURN made;
      END $fn$`);

    await q(`CREATE FUNCTION usage_partitions_retain(before_at timestamptz) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET "TimeZone" = 'UTC' SET lock_timeout = '5s' AS $fn$
      DECLARE
        cutoff timestamptz := date_trunc('month', before_at);
        p record;
        dropped integer := 0;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('usage_partitions'));
        FOR p IN
          SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
           WHERE i.inhparent = 'usage_records'::regclass AND c.relname ~ '^usage_records_p[0-9]{6}$'
             AND to_timestamp(right(c.relname, 6), 'YYYYMM') + interval '1 month' <= cutoff
        LOOP
          EXECUTE format('DROP TABLE %I', p.relname);
          dropped := dropped + 1;
        END LOOP;
        ALTER TABLE usage_records_default NO FORCE ROW LEVEL SECURITY;
        DELETE FROM usage_records_default WHERE created_at < cutoff;
        ALTER TABLE usage_records_default FORCE ROW LEVEL SECURITY;
        UPDATE usage_retention SET raw_from = greatest(coalesce(raw_from, cutoff), cutoff);
        RETURN dropped;
      END $fn$`);
    for (const f of ['usage_partitions_ensure(timestamptz, timestamptz)', 'usage_partitions_retain(timestamptz)']) {
      await q(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q(`GRANT EXECUTE ON FUNCTION ${f} TO orgpulse_system`);
    }

    await q(`CREATE TABLE "usage_records_default" PARTITION OF "usage_records" DEFAULT`);
    await q(`REVOKE ALL ON "usage_records_default" FROM orgpulse_app, orgpulse_system`);
    await q(`ALTER TABLE "usage_records_default" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "usage_records_default" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_isolation ON "usage_records_default"
      USING (organization_id = (SELECT app_organization_id())) WITH CHECK (organization_id = (SELECT app_organization_id()))`);

    // the months of the existing records and the next three, then the records themselves
    await q(
      `SELECT usage_partitions_ensure(coalesce((SELECT min(created_at) FROM usage_records_unpartitioned), now()), now() + interval '3 months')`,
    );
    await q(`INSERT INTO "usage_records" SELECT id, organization_id, membership_id, api_key_id, resource_id, operation, credits, transaction_id, created_at
      FROM "usage_records_unpartitioned"`);
    await q(`DROP TABLE "usage_records_unpartitioned"`);
    // keys, indexes and foreign keys once the rows are in: built per partition in one pass, each key checked in one join
    await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "PK_e511cf9f7dc53851569f87467a5" PRIMARY KEY ("id", "created_at")`);
    await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_transaction_key" UNIQUE ("transaction_id", "created_at")`);
    await q(`CREATE INDEX "usage_records_org_created_idx" ON "usage_records" ("organization_id", "created_at", "id")`);
    await q(
      `CREATE INDEX "usage_records_org_member_created_idx" ON "usage_records" ("organization_id", "membership_id", "created_at", "id")`,
    );
    await q(`CREATE INDEX "usage_records_org_resource_created_idx" ON "usage_records" ("organization_id", "resource_id", "created_at", "id")
      WHERE resource_id IS NOT NULL`);
    for (const [name, def] of [
      ['FK_00a042a65bd53871cf00ea73c69', '("transaction_id") REFERENCES "credit_transactions"("id")'],
      ['FK_25f881c575d75b946cd89c30665', '("api_key_id") REFERENCES "api_keys"("id")'],
      ['FK_2908478bc9172434a2452e57a1f', '("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE'],
      ['FK_3060fe81aeb6924eec9494cf88b', '("resource_id") REFERENCES "resources"("id")'],
      ['FK_be148288a74e257aa8af8bcaea9', '("membership_id") REFERENCES "memberships"("id")'],
    ])
      await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "${name}" FOREIGN KEY ${def}`);
    // row-level security once the rows are in (FORCE: the owner too, through the parent)
    await q(`ALTER TABLE "usage_records" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "usage_records" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_isolation ON "usage_records"
      USING (organization_id = (SELECT app_organization_id())) WITH CHECK (organization_id = (SELECT app_organization_id()))`);
    await q(`REVOKE ALL ON "usage_records" FROM orgpulse_app, orgpulse_system`);
    await q(`GRANT SELECT, INSERT ON "usage_records" TO orgpulse_app`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "usage_records" TO orgpulse_system`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE "usage_records" RENAME TO "usage_records_partitioned"`);
    await q(`CREATE TABLE "usage_records" (LIKE "usage_records_partitioned" INCLUDING DEFAULTS)`);
    await q(`INSERT INTO "usage_records" SELECT * FROM "usage_records_partitioned"`);
    await q(`DROP TABLE "usage_records_partitioned"`);
    await q(`DROP FUNCTION usage_partitions_retain(timestamptz)`);
    await q(`DROP FUNCTION usage_partitions_ensure(timestamptz, timestamptz)`);
    await q(`DROP FUNCTION usage_partition_create(timestamptz)`);
    await q(`DROP TABLE "usage_retention"`);
    await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "PK_e511cf9f7dc53851569f87467a5" PRIMARY KEY ("id")`);
    await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_transaction_key" UNIQUE ("transaction_id")`);
    await q(`ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_credits_positive" CHECK (credits > 0)`);
    await q(
      `ALTER TABLE "usage_records" ADD CONSTRAINT "FK_00a042a65bd53871cf00ea73c69" FOREIGN KEY ("transaction_id") REFERENCES "credit_transactions"("id")`,
    );
    await q(
      `ALTER TABLE "usage_records" ADD CONSTRAINT "FK_25f881c575d75b946cd89c30665" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id")`,
    );
    await q(
      `ALTER TABLE "usage_records" ADD CONSTRAINT "FK_2908478bc9172434a2452e57a1f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`,
    );
    await q(
      `ALTER TABLE "usage_records" ADD CONSTRAINT "FK_3060fe81aeb6924eec9494cf88b" FOREIGN KEY ("resource_id") REFERENCES "resources"("id")`,
    );
    await q(
      `ALTER TABLE "usage_records" ADD CONSTRAINT "FK_be148288a74e257aa8af8bcaea9" FOREIGN KEY ("membership_id") REFERENCES "memberships"("id")`,
    );
    await q(`CREATE INDEX "usage_records_org_created_idx" ON "usage_records" ("organization_id", "created_at", "id")`);
    await q(
      `CREATE INDEX "usage_records_org_member_created_idx" ON "usage_records" ("organization_id", "membership_id", "created_at", "id")`,
    );
    await q(`CREATE INDEX "usage_records_org_resource_created_idx" ON "usage_records" ("organization_id", "resource_id", "created_at", "id")
      WHERE resource_id IS NOT NULL`);
    await q(`ALTER TABLE "usage_records" ENABLE ROW LEVEL SECURITY`);
    await q(`ALTER TABLE "usage_records" FORCE ROW LEVEL SECURITY`);
    await q(`CREATE POLICY tenant_isolation ON "usage_records"
      USING (organization_id = (SELECT app_organization_id())) WITH CHECK (organization_id = (SELECT app_organization_id()))`);
    await q(`GRANT SELECT, INSERT ON "usage_records" TO orgpulse_app`);
    await q(`GRANT SELECT, INSERT, UPDATE, DELETE ON "usage_records" TO orgpulse_system`);
  }
}
