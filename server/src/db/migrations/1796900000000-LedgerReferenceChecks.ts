import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ledger's member and API key checked once per statement instead of by row-level foreign
 * keys (issue 11, S3), as UsageRecordChecks1796700000000 did for the usage records. Each foreign
 * key is an AFTER trigger per inserted row running its own `SELECT … FOR KEY SHARE` of the
 * referenced row: in a chunk of 300 spends (one member, one key) the two took 2.8 of 16.7 ms of
 * the statement (bench/spend-explain.ts). The organization's foreign key (ON DELETE CASCADE) stays.
 *
 * What replaces them, for every statement that inserts ledger entries (one query each over its
 * new rows, per distinct member and per distinct key):
 * - each named member and API key exists and is of the entry's own organization (stronger than
 *   the foreign keys were: those never compared organizations);
 * - the named rows are locked FOR KEY SHARE first, as the foreign key's check locked them: a
 *   delete of one of them waits for the inserting transaction, and an insert after a committed
 *   delete finds no row. A violation is SQLSTATE 23503 (foreign_key_violation) and rolls the
 *   statement back.
 *
 * Deletes, which NO ACTION decided before: a member or API key named by a ledger entry is
 * refused at commit (a deferred constraint trigger; the app never hard-deletes either: members
 * are removed, keys revoked), except when its organization went too (the organization's delete
 * takes its members, keys and ledger together). The usage records' own check leans on this
 * (every record names its entry's member and key).
 *
 * Owner's rights (SECURITY DEFINER): the lock needs no UPDATE privilege of the writer's role, and
 * row-level security cannot hide the named row (the organization is compared explicitly).
 */
export class LedgerReferenceChecks1796900000000 implements MigrationInterface {
  name = 'LedgerReferenceChecks1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    await q(`ALTER TABLE credit_transactions DROP CONSTRAINT "FK_625848beee885c316d2bbba427d"`); // membership_id → memberships
    await q(`ALTER TABLE credit_transactions DROP CONSTRAINT "FK_af0858bfd6bb90e3c3acff81343"`); // api_key_id → api_keys

    await q(`
      CREATE FUNCTION credit_transactions_check_references() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp AS $fn$
      DECLARE bad text;
      BEGIN
        PERFORM 1 FROM memberships m
          WHERE m.id IN (SELECT membership_id FROM new_entries WHERE membership_id IS NOT NULL) ORDER BY m.id FOR KEY SHARE;
        PERFORM 1 FROM api_keys k
          WHERE k.id IN (SELECT api_key_id FROM new_entries WHERE api_key_id IS NOT NULL) ORDER BY k.id FOR KEY SHARE;
        SELECT 'member ' || d.membership_id || ' is not of organization ' || d.organization_id INTO bad
          FROM (SELECT DISTINCT organization_id, membership_id FROM new_entries WHERE membership_id IS NOT NULL) d
         WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.id = d.membership_id AND m.organization_id = d.organization_id OFFSET 0)
         LIMIT 1;
        IF bad IS NULL THEN
          SELECT 'API key ' || d.api_key_id || ' is not of organization ' || d.organization_id INTO bad
            FROM (SELECT DISTINCT organization_id, api_key_id FROM new_entries WHERE api_key_id IS NOT NULL) d
           WHERE NOT EXISTS (SELECT 1 FROM api_keys k WHERE k.id = d.api_key_id AND k.organization_id = d.organization_id OFFSET 0)
           LIMIT 1;
        END IF;
        IF bad IS NOT NULL THEN
          RAISE EXCEPTION '%', bad USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'credit_transactions_references';
        END IF;
        RETURN NULL;
      END $fn$`);
    await q(`REVOKE ALL ON FUNCTION credit_transactions_check_references() FROM PUBLIC`);
    await q(`
      CREATE TRIGGER credit_transactions_check_references AFTER INSERT ON credit_transactions
        REFERENCING NEW TABLE AS new_entries FOR EACH STATEMENT EXECUTE FUNCTION credit_transactions_check_references()`);

    for (const [table, column, what] of [
      ['memberships', 'membership_id', 'member'],
      ['api_keys', 'api_key_id', 'API key'],
    ]) {
      await q(`
        CREATE FUNCTION ${table}_refuse_ledger_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
          SET search_path = public, pg_temp AS $fn$
        BEGIN
          IF EXISTS (SELECT 1 FROM organizations o WHERE o.id = OLD.organization_id)
             AND EXISTS (SELECT 1 FROM credit_transactions ct WHERE ct.organization_id = OLD.organization_id AND ct.${column} = OLD.id) THEN
            RAISE EXCEPTION '${what} % is named by ledger entries: it cannot be deleted', OLD.id
              USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'credit_transactions_references';
          END IF;
          RETURN NULL;
        END $fn$`);
      await q(`REVOKE ALL ON FUNCTION ${table}_refuse_ledger_delete() FROM PUBLIC`);
      await q(`
        CREATE CONSTRAINT TRIGGER ${table}_refuse_ledger_delete AFTER DELETE ON ${table} DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION ${table}_refuse_ledger_delete()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const q = (sql: string) => queryRunner.query(sql);
    for (const table of ['api_keys', 'memberships']) {
      await q(`DROP TRIGGER ${table}_refuse_ledger_delete ON ${table}`);
      await q(`DROP FUNCTION ${table}_refuse_ledger_delete()`);
    }
    await q(`DROP TRIGGER credit_transactions_check_references ON credit_transactions`);
    await q(`DROP FUNCTION credit_transactions_check_references()`);
    await q(
      `ALTER TABLE credit_transactions ADD CONSTRAINT "FK_af0858bfd6bb90e3c3acff81343" FOREIGN KEY (api_key_id) REFERENCES api_keys(id)`,
    );
    await q(
      `ALTER TABLE credit_transactions ADD CONSTRAINT "FK_625848beee885c316d2bbba427d" FOREIGN KEY (membership_id) REFERENCES memberships(id)`,
    );
  }
}
