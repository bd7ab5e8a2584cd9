import { ErrorCode, formatCredits, MAX_MICROS } from '@orgpulse/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput } from '../../common/errors';
import { inTenant } from '../../common/tenant';
import { decodeCursor, pageSize, toPage } from '../../common/pagination';
import { recordAudit } from '../audit';
import { emitWebhookEvent, WebhookEventType } from '../webhooks';
import { BillingNotifier, silentBillingNotifier } from './billing.notifier';
import { CreditEvents, silentCreditEvents } from './credit.events';
import { CreditTransaction } from './credit-transaction.entity';
import { CreditTransactionKind } from './credits.enums';
import { CreditBalanceView } from './credits.types';
import { isUniqueViolation } from '../../common/pg-errors';
import { hasControlCharacters } from '../../common/validate';
import { keyReused, requestHash, requireIdempotencyKey } from './idempotency';
import { CreditTransactionRow, toTransaction } from './ledger.rows';
import { crossedBelow, emitLowBalance } from './low-balance';
import { ensureBalanceRow, loadBalances, toBalanceView } from './balance.rows';
import { micros, microsOrNull } from '../../common/money';

/** An optional note: trimmed, up to 500 characters; empty means none. */
function cleanNote(raw: string | null | undefined): string | null {
  const note = (raw ?? '').trim();
  if (!note) return null;
  if (note.length > 500) throw badInput('A note can be at most 500 characters.', 'note');
  if (hasControlCharacters(note, { allowLineBreaks: true })) throw badInput('The note contains characters that are not allowed.', 'note');
  return note;
}

/**
 * Moves the balance by $3 (either sign) and writes the ledger entry, in one statement. The
 * conditional UPDATE keeps the balance within [0, $4]: outside it, nothing is written and
 * no row comes back. Also returns the threshold, to tell whether the change crossed it.
 */
const ENTRY_SQL = `
  WITH bal AS (
    UPDATE credit_balances b SET balance = b.balance + $3::bigint, updated_at = now()
     WHERE b.organization_id = $1 AND b.balance + $3::bigint BETWEEN 0 AND $4::bigint
    RETURNING b.balance, b.low_balance_threshold
  ), entry AS (
    INSERT INTO credit_transactions (organization_id, kind, amount, balance_after, membership_id, api_key_id, note, idempotency_key, request_hash, created_at)
    SELECT $1, $2, $3, bal.balance, $5, $6, $7, $8, $9, coalesce($10::timestamptz, now()) FROM bal
    RETURNING *
  )
  SELECT entry.*, bal.low_balance_threshold FROM entry CROSS JOIN bal`;

export interface AddCreditsArgs {
  amount: bigint;
  note?: string | null;
  idempotencyKey: string;
}

export interface AdjustCreditsArgs {
  /** Signed, never 0. */
  amount: bigint;
  note: string;
  idempotencyKey: string;
}

/** A balance change made by a person (top-up or adjustment), checked and ready to write. */
interface Entry {
  kind: CreditTransactionKind.TOP_UP | CreditTransactionKind.ADJUSTMENT;
  amount: bigint;
  note: string | null;
  key: string;
  /** The audit action recorded with it. */
  action: string;
  /** When it happened; only the demo seeder sets it (addCredits' internal option, not reachable from the API). */
  at?: Date;
}

export interface TransactionFilter {
  first?: number | null;
  after?: string | null;
  kind?: CreditTransactionKind | null;
}

/** The organization's credits: balance, top-ups, adjustments, threshold, and the ledger's history. */
export class CreditsService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifier: () => BillingNotifier = () => silentBillingNotifier,
    private readonly events: () => CreditEvents = () => silentCreditEvents,
  ) {}

  async balance(organizationId: string): Promise<CreditBalanceView> {
    const [row] = await inTenant(this.ds, organizationId, (em) => loadBalances(em, [organizationId]));
    return toBalanceView(row);
  }

  /** OWNER/ADMIN add credits. Idempotent: the same key returns the original entry and adds nothing. */
  async addCredits(caller: Caller, input: AddCreditsArgs, internal: { at?: Date } = {}): Promise<CreditTransaction> {
    if (typeof input.amount !== 'bigint' || input.amount <= 0n) throw badInput('A top-up amount must be greater than 0.', 'amount');
    const key = requireIdempotencyKey(input.idempotencyKey);
    const note = cleanNote(input.note);
    return this.writeEntry(caller, {
      kind: CreditTransactionKind.TOP_UP,
      amount: input.amount,
      note,
      key,
      action: 'credits.added',
      at: internal.at,
    });
  }

  /**
   * OWNER/ADMIN correct the balance up or down, saying why. A correction down may not take
   * the balance below zero (INSUFFICIENT_CREDITS, nothing written). Idempotent like a top-up.
   */
  async adjustCredits(caller: Caller, input: AdjustCreditsArgs): Promise<CreditTransaction> {
    if (typeof input.amount !== 'bigint' || input.amount === 0n) {
      throw badInput('An adjustment cannot be 0: send a positive amount to add credits, a negative one to take them away.', 'amount');
    }
    const key = requireIdempotencyKey(input.idempotencyKey);
    const note = cleanNote(input.note);
    if (!note) throw badInput('Say why the balance is adjusted (a note of 1 to 500 characters).', 'note');
    return this.writeEntry(caller, { kind: CreditTransactionKind.ADJUSTMENT, amount: input.amount, note, key, action: 'credits.adjusted' });
  }

  /**
   * Writes a top-up or an adjustment in one transaction: the entry, the balance, the audit
   * event and, when the change takes the balance below the threshold, the low-balance alert.
   * The same key returns the original entry; the same key with another payload is a CONFLICT.
   */
  private async writeEntry(caller: Caller, entry: Entry): Promise<CreditTransaction> {
    const org = caller.organizationId;
    const hash = requestHash({ kind: entry.kind, amount: entry.amount.toString(), note: entry.note, member: caller.membershipId });
    const replay = (existing: CreditTransaction) => {
      if (existing.kind !== entry.kind || existing.requestHash !== hash) throw keyReused();
      return existing;
    };
    try {
      return await inTenant(this.ds, org, async (em) => {
        const existing = await this.findByKey(em, org, entry.key);
        if (existing) return replay(existing);
        await ensureBalanceRow(em, org);
        const rows: Array<CreditTransactionRow & { low_balance_threshold: string | null }> = await em.query(ENTRY_SQL, [
          org,
          entry.kind,
          entry.amount.toString(),
          MAX_MICROS.toString(),
          caller.membershipId,
          caller.apiKeyId,
          entry.note,
          entry.key,
          hash,
          entry.at?.toISOString() ?? null,
        ]);
        if (!rows.length) throw await this.refusal(em, org, entry);
        const tx = toTransaction(rows[0]);
        const before = tx.balanceAfter - tx.amount;
        await recordAudit(em, caller, {
          action: entry.action,
          targetId: tx.id,
          details: {
            before: { balance: formatCredits(before) },
            after: { balance: formatCredits(tx.balanceAfter) },
            amount: formatCredits(tx.amount),
            note: entry.note,
          },
        });
        await this.events().balanceChanged(em, { organizationId: org, usageIds: [] });
        if (entry.kind === CreditTransactionKind.TOP_UP) {
          await emitWebhookEvent(em, org, WebhookEventType.CREDITS_ADDED, {
            transactionId: tx.id,
            amount: formatCredits(tx.amount),
            balance: formatCredits(tx.balanceAfter),
            actorMemberId: caller.membershipId,
          });
        }
        const threshold = microsOrNull(rows[0].low_balance_threshold);
        if (crossedBelow(before, tx.balanceAfter, threshold)) {
          await this.notifier().lowBalanceCrossed(em, { organizationId: org, balanceMicros: tx.balanceAfter, thresholdMicros: threshold! });
          await emitLowBalance(em, org, tx.balanceAfter, threshold!);
        }
        return tx;
      });
    } catch (err) {
      // a concurrent request with the same key committed first: answer as a replay
      if (isUniqueViolation(err, 'credit_transactions_org_key_key')) {
        const existing = await inTenant(this.ds, org, (em) => this.findByKey(em, org, entry.key));
        if (existing) return replay(existing);
      }
      throw err;
    }
  }

  /** Why the balance did not move: it would have gone below zero, or above the largest amount. */
  private async refusal(em: EntityManager, org: string, entry: Entry): Promise<AppError> {
    if (entry.amount > 0n) {
      const what = entry.kind === CreditTransactionKind.TOP_UP ? 'top-up' : 'adjustment';
      return badInput(`This ${what} would take the balance above the largest amount (${formatCredits(MAX_MICROS)}).`, 'amount');
    }
    const [bal] = await em.query(`SELECT balance FROM credit_balances WHERE organization_id = $1`, [org]);
    return new AppError(
      ErrorCode.InsufficientCredits,
      `This adjustment would take the balance below zero: it removes ${formatCredits(-entry.amount)} and the balance is ${formatCredits(micros(bal?.balance))}.`,
    );
  }

  /** OWNER/ADMIN set (or clear with null) the low-balance threshold. */
  async setLowBalanceThreshold(caller: Caller, threshold: bigint | null): Promise<CreditBalanceView> {
    if (threshold !== null && (typeof threshold !== 'bigint' || threshold < 0n)) {
      throw badInput('The threshold cannot be negative (send null to remove it).', 'threshold');
    }
    const org = caller.organizationId;
    return inTenant(this.ds, org, async (em) => {
      await ensureBalanceRow(em, org);
      const [old]: Array<{ low_balance_threshold: string | null }> = await em.query(
        `SELECT low_balance_threshold FROM credit_balances WHERE organization_id = $1 FOR UPDATE`,
        [org],
      );
      const before = microsOrNull(old.low_balance_threshold);
      if (before !== threshold) {
        await em.query(`UPDATE credit_balances SET low_balance_threshold = $2 WHERE organization_id = $1`, [
          org,
          threshold?.toString() ?? null,
        ]);
        await this.events().balanceChanged(em, { organizationId: org, usageIds: [] });
        await recordAudit(em, caller, {
          action: 'credits.threshold_changed',
          targetId: org,
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
    const page = (em: EntityManager) => {
      const qb = em.getRepository(CreditTransaction).createQueryBuilder('t').where('t.organization_id = :org', { org });
      if (filter.kind) qb.andWhere('t.kind = :kind', { kind: filter.kind });
      if (cursor) qb.andWhere('(t.created_at, t.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
      return qb
        .orderBy('t.createdAt', 'DESC')
        .addOrderBy('t.id', 'DESC')
        .limit(size + 1)
        .getMany();
    };
    const [rows, totalCount] = await Promise.all([
      inTenant(this.ds, org, page),
      inTenant(this.ds, org, (em) => this.countTransactions(em, org, filter.kind ?? null)),
    ]);
    return { ...toPage(rows, size, (t) => ({ at: t.createdAt, id: t.id })), totalCount };
  }

  /**
   * Counting millions of USAGE entries is a full index scan; the daily rollup already counts
   * them (one USAGE entry per usage record, proven by reconcile()), so only the few other
   * entries are counted row by row.
   */
  private async countTransactions(em: EntityManager, org: string, kind: CreditTransactionKind | null): Promise<number> {
    const usage = `(SELECT coalesce(sum(count), 0) FROM usage_daily WHERE organization_id = $1)`;
    const others = `(SELECT count(*) FROM credit_transactions WHERE organization_id = $1 AND kind <> 'USAGE'${kind ? ' AND kind = $2' : ''})`;
    const sql =
      kind === CreditTransactionKind.USAGE ? `SELECT ${usage} AS n` : kind ? `SELECT ${others} AS n` : `SELECT ${usage} + ${others} AS n`;
    const [row] = await em.query(sql, kind && kind !== CreditTransactionKind.USAGE ? [org, kind] : [org]);
    return Number(row.n);
  }

  private async findByKey(em: EntityManager, org: string, key: string): Promise<CreditTransaction | null> {
    return em.getRepository(CreditTransaction).findOneBy({ organizationId: org, idempotencyKey: key });
  }
}
