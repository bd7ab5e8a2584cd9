import { randomUUID } from 'node:crypto';
import { ErrorCode, formatCredits } from '@orgpulse/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../context';
import { AppError, badInput, notFound } from '../../common/errors';
import { isUuid } from '../../common/pagination';
import type { BillingNotifier } from '../credits/billing.notifier';
import { isUniqueViolation, keyReused, requestHash, requireIdempotencyKey } from '../credits/idempotency';
import { crossedBelow } from '../credits/low-balance';
import { micros } from '../credits/money';
import { SPEND_BATCH_SQL, SPEND_SQL, USAGE_BY_KEYS_SQL } from './spend.sql';
import { UsageRecord } from './usage-record.entity';
import { toUsageRecord, UsageRecordRow } from './usage.rows';

export interface RecordUsageArgs {
  operation: string;
  credits: bigint;
  resourceId?: string | null;
  idempotencyKey: string;
}

/** A spend checked for shape, ready for the database. */
interface Spend {
  operation: string;
  credits: bigint;
  resourceId: string | null;
  key: string;
  hash: string;
}

export type SpendOutcome =
  | { ok: true; record: UsageRecord; replayed: boolean }
  | { ok: false; error: AppError };

export const MAX_BATCH_SIZE = 500;
/** A batch is applied in transactions of this many items, so the balance row is never held long. */
export const BATCH_CHUNK = 100;
const KEY_CONSTRAINT = 'credit_transactions_org_key_key';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const insufficient = (balance: bigint | null, credits: bigint) =>
  new AppError(
    ErrorCode.InsufficientCredits,
    `Not enough credits: this call costs ${formatCredits(credits)}${balance === null ? '' : ` and the balance is ${formatCredits(balance)}`}. Ask an owner or admin to add credits.`,
  );

interface KeyedRow extends UsageRecordRow {
  idempotency_key: string;
  kind: string;
  request_hash: string | null;
}

/**
 * The money path: an API call spends credits. A spend is all or nothing (usage record +
 * USAGE ledger entry + balance + rollup), never overdraws under any concurrency, and is
 * idempotent: the same key returns the original record; the same key with another payload
 * is a CONFLICT.
 */
export class SpendService {
  constructor(
    private readonly ds: DataSource,
    private readonly notifier: () => BillingNotifier,
  ) {}

  /** One spend; throws INSUFFICIENT_CREDITS (nothing written), NOT_FOUND, CONFLICT or BAD_USER_INPUT. */
  async recordUsage(caller: Caller, input: RecordUsageArgs): Promise<UsageRecord> {
    const spend = this.check(caller, input);
    try {
      // fast path: one autocommitted statement, unless it would cross the low-balance threshold
      const rows: UsageRecordRow[] = await this.ds.query(SPEND_SQL, this.params(caller, spend, false));
      if (rows.length) return toUsageRecord(rows[0]);
      return await this.ds.transaction((em) => this.spendInTransaction(em, caller, spend));
    } catch (err) {
      if (isUniqueViolation(err, KEY_CONSTRAINT)) return this.replay(this.ds.manager, caller, spend, err);
      throw err;
    }
  }

  /**
   * Many spends, each accepted or refused in the order given (a refused one does not stop
   * the next). Applied in transactions of BATCH_CHUNK items.
   */
  async recordUsageBatch(caller: Caller, inputs: RecordUsageArgs[]): Promise<SpendOutcome[]> {
    if (!Array.isArray(inputs) || inputs.length === 0) throw badInput('Send at least one usage record.', 'inputs');
    if (inputs.length > MAX_BATCH_SIZE) throw badInput(`A batch holds at most ${MAX_BATCH_SIZE} usage records; split it.`, 'inputs');
    const outcomes: SpendOutcome[] = new Array(inputs.length);
    const valid: Array<{ index: number; spend: Spend }> = [];
    inputs.forEach((input, index) => {
      try {
        valid.push({ index, spend: this.check(caller, input) });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes[index] = { ok: false, error: err };
      }
    });
    for (let i = 0; i < valid.length; i += BATCH_CHUNK) {
      const chunk = valid.slice(i, i + BATCH_CHUNK);
      const results = await this.applyChunk(caller, chunk.map((c) => c.spend));
      chunk.forEach((c, j) => (outcomes[c.index] = results[j]));
    }
    return outcomes;
  }

  private check(caller: Caller, input: RecordUsageArgs): Spend {
    const operation = typeof input.operation === 'string' ? input.operation.trim() : '';
    if (!operation) throw badInput('Name the operation (1 to 100 characters), e.g. "chat.completion".', 'operation');
    if (operation.length > 100) throw badInput('An operation name can be at most 100 characters.', 'operation');
    if (CONTROL.test(operation)) throw badInput('The operation name contains characters that are not allowed.', 'operation');
    if (typeof input.credits !== 'bigint' || input.credits <= 0n) throw badInput('The credits spent must be greater than 0.', 'credits');
    const key = requireIdempotencyKey(input.idempotencyKey);
    let resourceId: string | null = null;
    if (input.resourceId !== null && input.resourceId !== undefined) {
      if (!isUuid(input.resourceId)) throw notFound('The resource');
      resourceId = input.resourceId.toLowerCase();
    }
    const hash = requestHash({
      kind: 'USAGE', operation, credits: input.credits.toString(), resource: resourceId, member: caller.membershipId,
    });
    return { operation, credits: input.credits, resourceId, key, hash };
  }

  private params(caller: Caller, s: Spend, allowCrossing: boolean): unknown[] {
    return [caller.organizationId, caller.membershipId, s.credits.toString(), s.resourceId, s.operation, caller.apiKeyId, s.key, s.hash, allowCrossing];
  }

  /** The slow path: replays, refusals with their reason, and spends that cross the threshold (alert queued in the same transaction). */
  private async spendInTransaction(em: EntityManager, caller: Caller, spend: Spend): Promise<UsageRecord> {
    const prior = await this.findByKeys(em, caller.organizationId, [spend.key]);
    if (prior.length) return this.replayed(prior[0], spend);
    const rows: Array<UsageRecordRow & { balance_after: string; low_balance_threshold: string | null }> = await em.query(
      SPEND_SQL,
      this.params(caller, spend, true),
    );
    if (!rows.length) {
      // a request with the same key may have committed while this one waited for the balance row
      const again = await this.findByKeys(em, caller.organizationId, [spend.key]);
      if (again.length) return this.replayed(again[0], spend);
      throw await this.refusal(em, caller, spend);
    }
    const after = micros(rows[0].balance_after);
    const threshold = rows[0].low_balance_threshold === null ? null : micros(rows[0].low_balance_threshold);
    if (crossedBelow(after + spend.credits, after, threshold)) {
      await this.notifier().lowBalanceCrossed(em, { organizationId: caller.organizationId, balanceMicros: after, thresholdMicros: threshold! });
    }
    return toUsageRecord(rows[0]);
  }

  /** Nothing was spent: say why. */
  private async refusal(em: EntityManager, caller: Caller, spend: Spend): Promise<AppError> {
    if (spend.resourceId) {
      const [live] = await em.query(`SELECT 1 FROM resources WHERE id = $1 AND organization_id = $2 AND deleted_at IS NULL`, [spend.resourceId, caller.organizationId]);
      if (!live) return notFound('The resource');
    }
    const [bal] = await em.query(`SELECT balance FROM credit_balances WHERE organization_id = $1`, [caller.organizationId]);
    return insufficient(bal ? micros(bal.balance) : 0n, spend.credits);
  }

  private async replay(em: EntityManager, caller: Caller, spend: Spend, cause: unknown): Promise<UsageRecord> {
    const prior = await this.findByKeys(em, caller.organizationId, [spend.key]);
    if (!prior.length) throw cause;
    return this.replayed(prior[0], spend);
  }

  private replayed(prior: KeyedRow, spend: Spend): UsageRecord {
    if (prior.kind !== 'USAGE' || prior.request_hash !== spend.hash || !prior.id) throw keyReused();
    return toUsageRecord(prior);
  }

  private findByKeys(em: EntityManager, org: string, keys: string[]): Promise<KeyedRow[]> {
    return em.query(USAGE_BY_KEYS_SQL, [org, keys]);
  }

  /** One transaction: lock the balance, decide each item in order, write the accepted ones in one statement. */
  private async applyChunk(caller: Caller, spends: Spend[], attempt = 1): Promise<SpendOutcome[]> {
    try {
      return await this.ds.transaction(async (em) => {
        const org = caller.organizationId;
        const [bal]: Array<{ balance: string; low_balance_threshold: string | null }> = await em.query(
          `SELECT balance, low_balance_threshold FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [org],
        );
        const start = bal ? micros(bal.balance) : 0n;
        const threshold = bal?.low_balance_threshold == null ? null : micros(bal.low_balance_threshold);
        const prior = new Map((await this.findByKeys(em, org, [...new Set(spends.map((s) => s.key))])).map((r) => [r.idempotency_key, r]));
        const resourceIds = [...new Set(spends.map((s) => s.resourceId).filter((r): r is string => !!r))];
        const live = new Set<string>(
          resourceIds.length
            ? (await em.query(`SELECT id FROM resources WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`, [org, resourceIds])).map((r: { id: string }) => r.id)
            : [],
        );

        const outcomes: Array<SpendOutcome | { pendingIndex: number } | { sameAs: number; spend: Spend }> = [];
        const accepted: Array<Spend & { txId: string; urId: string; balanceAfter: bigint }> = [];
        const firstInBatch = new Map<string, number>();
        let balance = start;
        spends.forEach((s, i) => {
          const earlier = prior.get(s.key);
          if (earlier) {
            try {
              outcomes.push({ ok: true, record: this.replayed(earlier, s), replayed: true });
            } catch (err) {
              outcomes.push({ ok: false, error: err as AppError });
            }
          } else if (firstInBatch.has(s.key)) {
            outcomes.push({ sameAs: firstInBatch.get(s.key)!, spend: s });
          } else if (s.resourceId && !live.has(s.resourceId)) {
            outcomes.push({ ok: false, error: notFound('The resource') });
          } else if (balance < s.credits) {
            outcomes.push({ ok: false, error: insufficient(balance, s.credits) });
          } else {
            balance -= s.credits;
            firstInBatch.set(s.key, i);
            outcomes.push({ pendingIndex: accepted.length });
            accepted.push({ ...s, txId: randomUUID(), urId: randomUUID(), balanceAfter: balance });
          }
        });

        const records: UsageRecord[] = [];
        if (accepted.length) {
          const total = start - balance;
          const rows: Array<UsageRecordRow & { final_balance: string }> = await em.query(SPEND_BATCH_SQL, [
            org, total.toString(),
            accepted.map((a) => a.txId), accepted.map((a) => a.urId), accepted.map((a) => a.credits.toString()),
            accepted.map((a) => a.balanceAfter.toString()), accepted.map((a) => a.resourceId), accepted.map((a) => a.operation),
            accepted.map((a) => a.key), accepted.map((a) => a.hash),
            caller.membershipId, caller.apiKeyId,
          ]);
          // the lock makes this impossible; if it ever happens, roll everything back
          if (rows.length !== accepted.length || micros(rows[0].final_balance) !== balance) {
            throw new Error(`usage batch for ${org} did not apply as decided`);
          }
          const byId = new Map(rows.map((r) => [r.id, toUsageRecord(r)]));
          for (const a of accepted) records.push(byId.get(a.urId)!);
          if (crossedBelow(start, balance, threshold)) {
            await this.notifier().lowBalanceCrossed(em, { organizationId: org, balanceMicros: balance, thresholdMicros: threshold! });
          }
        }
        return outcomes.map((o): SpendOutcome => {
          if ('pendingIndex' in o) return { ok: true, record: records[o.pendingIndex], replayed: false };
          if ('sameAs' in o) {
            const first = outcomes[o.sameAs] as { pendingIndex: number };
            return spends[o.sameAs].hash === o.spend.hash
              ? { ok: true, record: records[first.pendingIndex], replayed: true }
              : { ok: false, error: keyReused() };
          }
          return o;
        });
      });
    } catch (err) {
      // another writer claimed one of these keys after we looked: redo the chunk (it will replay)
      if (isUniqueViolation(err, KEY_CONSTRAINT) && attempt < 4) return this.applyChunk(caller, spends, attempt + 1);
      throw err;
    }
  }
}
