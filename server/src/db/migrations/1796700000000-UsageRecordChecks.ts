import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The usage records' references checked once per statement instead of by four of their five
 * row-level foreign keys (issue 11, S3; the organization's, ON DELETE CASCADE, stays). Each foreign key is an AFTER trigger per inserted row that runs
 * its own `SELECT … FOR KEY SHARE` of the referenced row: a chunk of 500 spends fired 2,500 of
 * them on usage_records, a third of the chunk statement's PostgreSQL time (bench/spend-explain.ts).
 *
 * What replaces them, for every statement that inserts records (one query over its new rows):
 * - each record has its ledger entry (transaction_id) in the same organization, by the same
 *   member and API key (or none), at the same time, a USAGE entry of the same amount. The ledger
 *   keeps its own foreign keys (organization, member, API key), so the record's organization,
 *   member and key exist because its entry's do;
 * - the member, API key and resource, when named, are the record's own organization's
 *   (stronger than the foreign keys were: those never compared organizations).
 * A violation is SQLSTATE 23503 (foreign_key_violation), as before, and rolls the statement back.
 *
 * Deletes, which the foreign keys decided before:
 * - organization: its records go by their own ON DELETE CASCADE (kept), its ledger entries by
 *   theirs, and an AFTER DELETE trigger on credit_transactions takes any record of a deleted entry;
 * - a ledger entry deleted while its organization stays (the ledger is append-only; nothing
 *   does this): refused while a record points at it, as NO ACTION did;
 * - member or API key: refused while a ledger entry names it (the ledger's foreign keys),
 *   and every record names its entry's member and key;
 * - resource: refused at commit while a record names it (a deferred constraint trigger; the app
 *   only soft-deletes resources), as NO ACTION did, except that an organization's own deletion
 *   takes its resources and records together.
 * Retention (usage_partitions_retain) drops whole record partitions: nothing points at a record.
 */
export class UsageRecordChecks1796700000000 implements MigrationInterface {
  name = 'UsageRecordChecks1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const fk of [
      'FK_00a042a65bd53871cf00ea73c69', // transaction_id → credit_transactions
      'FK_25f881c575d75b946cd89c30665', // api_key_id → api_keys
      'FK_3060fe81aeb6924eec9494cf88b', // resource_id → resources
      'FK_be148288a74e257aa8af8bcaea9', // membership_id → memberships
    ])
      await queryRunner.query(`ALTER TABLE usage_records DROP CONSTRAINT "${fk}"`);

    // invoker's rights: under row-level security a row of another organization is not even visible, and counts as missing.
    // Each lookup is a correlated sub-select (OFFSET 0 keeps it one: an index probe per record, or per distinct member, key
    // and resource), never a join the planner could turn into a scan of the organization's whole ledger or membership.
    await queryRunner.query(`
      CREATE FUNCTION usage_records_check_references() RETURNS trigger LANGUAGE plpgsql SET search_path = public, pg_temp AS $fn$
      DECLARE bad text;
      BEGIN
        SELECT 'usage record ' || r.id || ' does not match its ledger entry ' || r.transaction_id INTO bad
          FROM new_records r
         WHERE NOT EXISTS (SELECT 1 FROM credit_transactions ct
                            WHERE ct.id = r.transaction_id AND ct.organization_id = r.organization_id AND ct.membership_id = r.membership_id
                              AND ct.api_key_id IS NOT DISTINCT FROM r.api_key_id AND ct.created_at = r.created_at
                              AND ct.kind = 'USAGE' AND ct.amount = -r.credits OFFSET 0)
         LIMIT 1;
        IF bad IS NULL THEN
          SELECT 'member ' || d.membership_id || ' is not of organization ' || d.organization_id INTO bad
            FROM (SELECT DISTINCT organization_id, membership_id FROM new_records) d
           WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.id = d.membership_id AND m.organization_id = d.organization_id OFFSET 0)
           LIMIT 1;
        END IF;
        IF bad IS NULL THEN
          SELECT 'API key ' || d.api_key_id || ' is not of organization ' || d.organization_id INTO bad
            FROM (SELECT DISTINCT organization_id, api_key_id FROM new_records WHERE api_key_id IS NOT NULL) d
           WHERE NOT EXISTS (SELECT 1 FROM api_keys k WHERE k.id = d.api_key_id AND k.organization_id = d.organization_id OFFSET 0)
           LIMIT 1;
        END IF;
        IF bad IS NULL THEN
          SELECT 'resource ' || d.resource_id || ' is not of organization ' || d.organization_id INTO bad
            FROM (SELECT DISTINCT organization_id, resource_id FROM new_records WHERE resource_id IS NOT NULL) d
           WHERE NOT EXISTS (SELECT 1 FROM resources x WHERE x.id = d.resource_id AND x.organization_id = d.organization_id OFFSET 0)
           LIMIT 1;
        END IF;
        IF bad IS NOT NULL THEN
          RAISE EXCEPTION '%', bad USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'usage_records_references';
        END IF;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`
      CREATE TRIGGER usage_records_check_references AFTER INSERT ON usage_records
        REFERENCING NEW TABLE AS new_records FOR EACH STATEMENT EXECUTE FUNCTION usage_records_check_references()`);

    // runs as the owner (as the foreign key's cascade did): row-level security must not hide a record from its own cascade
    await queryRunner.query(`
      CREATE FUNCTION credit_transactions_delete_records() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM old_entries o JOIN usage_records r ON r.transaction_id = o.id AND r.created_at = o.created_at
                    WHERE EXISTS (SELECT 1 FROM organizations g WHERE g.id = o.organization_id)) THEN
          RAISE EXCEPTION 'a ledger entry with a usage record cannot be deleted (the ledger is append-only)'
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'usage_records_references';
        END IF;
        DELETE FROM usage_records r USING old_entries o WHERE r.transaction_id = o.id AND r.created_at = o.created_at;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION credit_transactions_delete_records() FROM PUBLIC`);
    await queryRunner.query(`
      CREATE TRIGGER credit_transactions_delete_records AFTER DELETE ON credit_transactions
        REFERENCING OLD TABLE AS old_entries FOR EACH STATEMENT EXECUTE FUNCTION credit_transactions_delete_records()`);

    await queryRunner.query(`
      CREATE FUNCTION resources_refuse_used_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $fn$
      BEGIN
        IF EXISTS (SELECT 1 FROM usage_records r WHERE r.organization_id = OLD.organization_id AND r.resource_id = OLD.id) THEN
          RAISE EXCEPTION 'resource % has usage records: it can only be soft-deleted', OLD.id
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'usage_records_references';
        END IF;
        RETURN NULL;
      END $fn$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION resources_refuse_used_delete() FROM PUBLIC`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER resources_refuse_used_delete AFTER DELETE ON resources DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION resources_refuse_used_delete()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER resources_refuse_used_delete ON resources`);
    await queryRunner.query(`DROP FUNCTION resources_refuse_used_delete()`);
    await queryRunner.query(`DROP TRIGGER credit_transactions_delete_records ON credit_transactions`);
    await queryRunner.query(`DROP FUNCTION credit_transactions_delete_records()`);
    await queryRunner.query(`DROP TRIGGER usage_records_check_references ON usage_records`);
    await queryRunner.query(`DROP FUNCTION usage_records_check_references()`);
    for (const [fk, def] of [
      ['FK_00a042a65bd53871cf00ea73c69', 'FOREIGN KEY (transaction_id) REFERENCES credit_transactions(id)'],
      ['FK_25f881c575d75b946cd89c30665', 'FOREIGN KEY (api_key_id) REFERENCES api_keys(id)'],
      ['FK_3060fe81aeb6924eec9494cf88b', 'FOREIGN KEY (resource_id) REFERENCES resources(id)'],
      ['FK_be148288a74e257aa8af8bcaea9', 'FOREIGN KEY (membership_id) REFERENCES memberships(id)'],
    ])
      await queryRunner.query(`ALTER TABLE usage_records ADD CONSTRAINT "${fk}" ${def}`);
  }
}
