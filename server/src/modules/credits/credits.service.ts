import { formatCredits, MAX_MICROS } from '@orgpulse/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../context';
import { badInput } from '../../common/errors';
import { decodeCursor, pageSize, toPage } from '../../common/pagination';
import { recordAudit } from '../audit/audit.service';
import { CreditTransaction } from './credit-transaction.entity';
import { CreditTransactionKind } from './credits.enums';
import { CreditBalanceView } from './credits.types';
import { isUniqueViolation, keyReused, requestHash, requireIdempotencyKey } from './idempotency';
import { CreditTransactionRow, toTransaction } from './ledger.rows';
import { isLow } from './low-balance';
import { micros } from './money';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** An optional note: trimmed, up to 500 characters; empty means none. */
export function cleanNote(raw: string | null | undefined): string | null {
  const note = (raw ?? '').trim();
  if (!note) return null;
  if (note.length > 500) throw badInput('A note can be at most 500 characters.', 'note');
  if (CONTROL.test(note)) throw badInput('The note contains characters that are not allowed.', 'note');
  return note;
}

export interface BalanceRow {
  organization_id: string;
  org_created_at: Date;
  balance: string | null;
  low_balance_threshold: string | null;
  updated_at: Date | null;
}

/** The API's view of a balance row; an organization without a row has 0 and no threshold. */
export function toBalanceView(row: BalanceRow): CreditBalanceView {
  const balance = micros(row.balance);
  const threshold = row.low_balance_threshold === null ? null : micros(row.low_balance_threshold);
  return { balance, lowBalanceThreshold: threshold, isLow: isLow(balance, threshold), updatedAt: row.updated_at ?? row.org_created_at };
}

export async function loadBalances(em: Pick<EntityManager, 'query'>, orgIds: readonly string[]): Promise<BalanceRow[]> {
  return em.query(
    `SELECT o.id AS organization_id, o.created_at AS org_created_at, b.balance, b.low_balance_threshold, b.updated_at
       FROM organizations o LEFT JOIN credit_balances b ON b.organization_id = o.id
      WHERE o.id = ANY($1)`,
    [[...orgIds]],
  );
}

/** Adds to the balance and writes the TOP_UP entry in one statement; refuses to pass the largest amount. */
const TOP_UP_SQL = `
  WITH bal AS (
    INSERT INTO credit_balances AS b (organization_id, balance, updated_at) VALUES ($1, $2, now())
    ON CONFLICT (organization_id) DO UPDATE
      SET balance = b.balance + EXCLUDED.balance, updated_at = now()
      WHERE b.balance + EXCLUDED.balance <= $3
    RETURNING b.balance
  )
  INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, api_key_id, note, idempotency_key, request_hash)
  SELECT $1, 'TOP_UP', $2, bal.balance, $4, $5, $6, $7, $8 FROM bal
  RETURNING *`;

export interface AddCreditsArgs {
  amount: bigint;
  note?: string | null;
  idempotencyKey: string;
}

export interface TransactionFilter {
  first?: number | null;
  after?: string | null;
  kind?: CreditTransactionKind | null;
}

/** The organization's credits: balance, top-ups, threshold, and the ledger's history. */
export class CreditsService {
  constructor(private readonly ds: DataSource) {}

  async balance(organizationId: string): Promise<CreditBalanceView> {
    const [row] = await loadBalances(this.ds, [organizationId]);
    return toBalanceView(row);
  }

  /** OWNER/ADMIN add credits. Idempotent: the same key returns the original entry and adds nothing. */
  async addCredits(caller: Caller, input: AddCreditsArgs): Promise<CreditTransaction> {
    if (typeof input.amount !== 'bigint' || input.amount <= 0n) throw badInput('A top-up amount must be greater than 0.', 'amount');
    const key = requireIdempotencyKey(input.idempotencyKey);
    const note = cleanNote(input.note);
    const org = caller.organizationId;
    const hash = requestHash({ kind: 'TOP_UP', amount: input.amount.toString(), note, member: caller.membershipId });
    try {
      return await this.ds.transaction(async (em) => {
        const existing = await this.findByKey(em, org, key);
        if (existing) return this.replayTopUp(existing, hash);
        const rows: CreditTransactionRow[] = await em.query(TOP_UP_SQL, [
          org, input.amount.toString(), MAX_MICROS.toString(), caller.membershipId, caller.apiKeyId, note, key, hash,
        ]);
        if (!rows.length) throw badInput(`This top-up would take the balance above the largest amount (${formatCredits(MAX_MICROS)}).`, 'amount');
        const tx = toTransaction(rows[0]);
        await recordAudit(em, {
          organizationId: org, actorMembershipId: caller.membershipId, action: 'credits.added', targetId: tx.id,
          details: {
            before: { balance: formatCredits(tx.balanceAfter - tx.amount) },
            after: { balance: formatCredits(tx.balanceAfter) },
            amount: formatCredits(tx.amount), note,
          },
        });
        return tx;
      });
    } catch (err) {
      // a concurrent request with the same key committed first: answer as a replay
      if (isUniqueViolation(err, 'credit_transactions_org_key_key')) {
        const existing = await this.findByKey(this.ds.manager, org, key);
        if (existing) return this.replayTopUp(existing, hash);
      }
      throw err;
    }
  }

  /** OWNER/ADMIN set (or clear with null) the low-balance threshold. */
  async setLowBalanceThreshold(caller: Caller, threshold: bigint | null): Promise<CreditBalanceView> {
    if (threshold !== null && (typeof threshold !== 'bigint' || threshold < 0n)) {
      throw badInput('The threshold cannot be negative (send null to remove it).', 'threshold');
    }
    const org = caller.organizationId;
    return this.ds.transaction(async (em) => {
      await em.query(`INSERT INTO credit_balances (organization_id) VALUES ($1) ON CONFLICT DO NOTHING`, [org]);
      const [old]: Array<{ low_balance_threshold: string | null }> = await em.query(
        `SELECT low_balance_threshold FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [org],
      );
      const before = old.low_balance_threshold === null ? null : micros(old.low_balance_threshold);
      if (before !== threshold) {
        await em.query(`UPDATE credit_balances SET low_balance_threshold = $2 WHERE organization_id = $1`, [org, threshold?.toString() ?? null]);
        await recordAudit(em, {
          organizationId: org, actorMembershipId: caller.membershipId, action: 'credits.threshold_changed', targetId: org,
          details: {
            before: { lowBalanceThreshold: before === null ? null : formatCredits(before) },
            after: { lowBalanceThreshold: threshold === null ? null : formatCredits(threshold) },
          },
        });
      }
      const [row] = await loadBalances(em, [org]);
      return toBalanceView(row);
    });
  }

  /** The ledger, newest first (keyset pagination). */
  async transactions(caller: Caller, filter: TransactionFilter) {
    const size = pageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const org = caller.organizationId;
    const qb = this.ds.getRepository(CreditTransaction).createQueryBuilder('t').where('t.organization_id = :org', { org });
    if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
    if (cursor) qb.andWhere('(t.created_at, t.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    const [rows, totalCount] = await Promise.all([
      qb.orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC').limit(size + 1).getMany(),
      this.countTransactions(org, filter.kind ?? null),
    ]);
    return { ...toPage(rows, size, (t) => ({ at: t.createdAt, id: t.id })), totalCount };
  }

  /**
   * Counting millions of USAGE entries is a full index scan; the daily rollup already counts
   * them (one USAGE entry per usage record, proven by reconcile()), so only the few other
   * entries are counted row by row.
   */
  private async countTransactions(org: string, kind: CreditTransactionKind | null): Promise<number> {
    const usage = `(SELECT coalesce(sum(count), 0) FROM usage_daily WHERE organization_id = $1)`;
    const others = `(SELECT count(*) FROM credit_transactions WHERE organization_id = $1 AND kind <> 'USAGE'${kind ? ' AND kind = $2' : ''})`;
    const sql = kind === CreditTransactionKind.USAGE ? `SELECT ${usage} AS n` : kind ? `SELECT ${others} AS n` : `SELECT ${usage} + ${others} AS n`;
    const [row] = await this.ds.query(sql, kind && kind !== CreditTransactionKind.USAGE ? [org, kind] : [org]);
    return Number(row.n);
  }

  private async findByKey(em: EntityManager, org: string, key: string): Promise<CreditTransaction | null> {
    return em.getRepository(CreditTransaction).findOneBy({ organizationId: org, idempotencyKey: key });
  }

  private replayTopUp(existing: CreditTransaction, hash: string): CreditTransaction {
    if (existing.kind !== CreditTransactionKind.TOP_UP || existing.requestHash !== hash) throw keyReused();
    return existing;
  }
}
