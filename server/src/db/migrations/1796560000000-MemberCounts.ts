import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many members an organization has, by role and status, kept exact by statement triggers
 * on memberships (issue 11, S1): the members page's `totalCount` without a filter by text reads
 * at most 12 rows here instead of counting the organization's memberships (2.7 ms of
 * PostgreSQL time at 10,000 members, on every page). The triggers run in the statement's own
 * transaction, so the counts commit or roll back with the change; each statement's changes
 * are summed per (role, status) first and applied in key order (one upsert), so two
 * transactions lock the same counter rows in the same order. A tenant table (row-level
 * security like the others): a membership change the caller may make updates its own
 * organization's counters only. No foreign key: only the triggers write it.
 */
export class MemberCounts1796560000000 implements MigrationInterface {
  name = 'MemberCounts1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`CREATE TABLE "member_counts" (
      "organization_id" uuid NOT NULL,
      "role" character varying(16) NOT NULL,
      "status" character varying(16) NOT NULL,
      "n" integer NOT NULL,
      CONSTRAINT "member_counts_pkey" PRIMARY KEY ("organization_id", "role", "status")
    )`); // no CHECK (n >= 0): PostgreSQL checks the row an upsert proposes (a delta of -1) before it meets the conflict
    await q(`CREATE FUNCTION member_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO member_counts AS c (organization_id, role, status, n)
    SELECT organization_id, role, status, count(*) FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (organization_id, role, status) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO member_counts AS c (organization_id, role, status, n)
    SELECT organization_id, role, status, sum(d) FROM (
      SELECT organization_id, role, status, 1 AS d FROM new_rows
      UNION ALL
      SELECT organization_id, role, status, -1 FROM old_rows) x
    GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (organization_id, role, status) DO UPDATE SET n = c.n + EXCLUDED.n;
  ELSE
    UPDATE member_counts c SET n = c.n - o.n
      FROM (SELECT organization_id, role, status, count(*) AS n FROM old_rows GROUP BY 1, 2, 3) o
     WHERE c.organization_id = o.organization_id AND c.role = o.role AND c.status = o.status;
  END IF;
  RETURN NULL;
END $$`);
    await q(`CREATE TRIGGER member_counts_insert AFTER INSERT ON memberships
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply()`);
    await q(`CREATE TRIGGER member_counts_update AFTER UPDATE ON memberships
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply()`);
    await q(`CREATE TRIGGER member_counts_delete AFTER DELETE ON memberships
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION member_counts_apply()`);
    await q(`INSERT INTO member_counts (organization_id, role, status, n)
      SELECT organization_id, role, status, count(*) FROM memberships GROUP BY 1, 2, 3`);
    await q('ALTER TABLE "member_counts" ENABLE ROW LEVEL SECURITY');
    await q('ALTER TABLE "member_counts" FORCE ROW LEVEL SECURITY');
    await q(`CREATE POLICY tenant_isolation ON "member_counts"
      USING (organization_id = (SELECT app_organization_id())) WITH CHECK (organization_id = (SELECT app_organization_id()))`);
    // written only by the triggers, in the transaction of the membership change (whoever makes it)
    await q('REVOKE ALL ON "member_counts" FROM orgpulse_app, orgpulse_system');
    await q('GRANT SELECT, INSERT, UPDATE ON "member_counts" TO orgpulse_app, orgpulse_system');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const t of ['insert', 'update', 'delete']) await q(`DROP TRIGGER member_counts_${t} ON memberships`);
    await q('DROP FUNCTION member_counts_apply()');
    await q('DROP TABLE "member_counts"');
  }
}
