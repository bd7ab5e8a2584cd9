import { randomUUID } from 'node:crypto';
import { can, Permission, ROLES } from '@orgpulse/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput, notFound } from '../../common/errors';
import type { BillingNotifier } from './billing.notifier';
import { CreditEvents, silentCreditEvents } from './credit.events';
import { isUniqueViolation } from '../../common/pg-errors';
import { hasControlCharacters, isUuid } from '../../common/validate';
import { keyReused, requestHash, requireIdempotencyKey } from './idempotency';
import { crossedBelow, emitLowBalance } from './low-balance';
import { micros, microsOrNull } from '../../common/money';
import { inTenant } from '../../common/tenant';
import { codeLabel, metrics } from '../../common/metrics';
import { ChunkReading, decide, Decision, isReplayOf, keyRevoked, memberNoLongerActive } from './spend.decide';
import { preparedQuery } from './prepared-query';
import { LOCK_AND_READ_SQL, SPEND_BATCH_SQL, SPEND_SQL, USAGE_BY_KEYS_SQL } from './spend.sql';
import { toUsageRecord, UsageRecord, UsageRecordRow } from '../usage';

export interface RecordUsageArgs {
  operation: string;
  credits: bigint;
  resourceId?: string | null;
  idempotencyKey: string;
}

/** A spend checked for shape, with who asked for it, ready for the database. */
interface Spend {
  caller: Caller;
  operation: string;
  credits: bigint;
  resourceId: string | null;
  key: string;
  hash: string;
  /** When it happened; null: now. Only the demo seeder sets it (recordUsageBatch's internal option). */
  at: Date | null;
}

export type SpendOutcome = { ok: true; record: UsageRecord; replayed: boolean } | { ok: false; error: AppError };

export interface SpendOptions {
  /**
   * Spends for one organization that arrive while another is being written are queued and
   * applied together, up to BATCH_CHUNK per transaction (one commit, one lock hold for
   * many spends). On by default; off, every call runs its own statement.
   */
  coalesce?: boolean;
}

/** Not reachable from the API (the resolvers never pass it): for src/scripts/seed-demo.ts. */
export interface InternalBatchOptions {
  /** The timestamp of each input, by index (the ledger entry's and the record's created_at). */
  at?: readonly Date[];
  /** Who spent each input, by index (members of the caller's organization); default: the caller. */
  callers?: readonly Caller[];
}

/** A single spend's outcome as recordUsage answers it: the record, or the refusal thrown. */
function unwrap(outcome: SpendOutcome): UsageRecord {
  if (!outcome.ok) throw outcome.error;
  return outcome.record;
}

/** Counts what the ledger decided (docs/operations.md#metrics). */
function countOutcomes(outcomes: SpendOutcome[]): void {
  for (const o of outcomes) {
    if (!o.ok) metrics.spendsRefused.inc({ reason: codeLabel(o.error.extensions.reason ?? o.error.extensions.code) });
    else if (o.replayed) metrics.spendsReplayed.inc();
    else metrics.spendsAccepted.inc();
  }
}

const MAX_BATCH_SIZE = 500;
/** Spends per transaction, so the balance row is never held long. */
const BATCH_CHUNK = 100;
const KEY_CONSTRAINT = 'credit_transactions_org_key_key';

/** The roles that may spend, as the permission table says (re-checked under the lock). */
const SPENDING_ROLES: string[] = ROLES.filter((r) => can(r, Permission.CreditsSpend));

/** LOCK_AND_READ_SQL's one row (ids as text, amounts as decimal strings of micro-credits). */
interface LockedReading {
  balance: string | null;
  low_balance_threshold: string | null;
  fresh: boolean;
  spending_members: string[];
  live_keys: string[];
  used_keys: string[];
  live_resources: string[];
  allowance_ids: string[];
  allowance_limits: string[];
  allowance_used: string[];
}

interface KeyedRow extends UsageRecordRow {
  idempotency_key: string;
  kind: string;
  request_hash: string | null;
}

interface Waiting {
  spend: Spend;
  settle(outcome: SpendOutcome): void;
  fail(err: unknown): void;
}

/**
 * The money path: an API call spends credits. A spend is all or nothing (usage record +
 * USAGE ledger entry + balance + rollup), never overdraws under any concurrency (the
 * balance only moves through a conditional UPDATE, and a CHECK keeps it >= 0), and is
 * idempotent: the same key returns the original record; the same key with another
 * payload is a CONFLICT.
 */
export class SpendService {
  /** Organizations with a spend being written, and the spends waiting behind it. */
  private readonly waiting = new Map<string, Waiting[]>();

  constructor(
    private readonly ds: DataSource,
    private readonly notifier: () => BillingNotifier,
    private readonly options: SpendOptions = {},
    private readonly events: () => CreditEvents = () => silentCreditEvents,
  ) {}

  /** One spend; throws INSUFFICIENT_CREDITS (nothing written), NOT_FOUND, CONFLICT or BAD_USER_INPUT. */
  async recordUsage(caller: Caller, input: RecordUsageArgs): Promise<UsageRecord> {
    let spend: Spend;
    try {
      spend = this.check(caller, input);
    } catch (err) {
      if (err instanceof AppError) countOutcomes([{ ok: false, error: err }]);
      throw err;
    }
    if (this.options.coalesce === false) return unwrap(await this.spendOne(spend));
    const org = caller.organizationId;
    const queue = this.waiting.get(org);
    if (queue) return unwrap(await this.enqueue(queue, spend));
    // nobody is writing for this organization: go straight to the database
    this.waiting.set(org, []);
    try {
      return unwrap(await this.spendOne(spend));
    } finally {
      void this.drain(org);
    }
  }

  /**
   * Many spends, each accepted or refused in the order given (a refusal does not stop the
   * next). They join the organization's queue like single spends (in order, together), so
   * concurrent batches and single spends of one organization share transactions of up to
   * BATCH_CHUNK spends, written one after the other by this process.
   */
  async recordUsageBatch(caller: Caller, inputs: RecordUsageArgs[], internal: InternalBatchOptions = {}): Promise<SpendOutcome[]> {
    if (!Array.isArray(inputs) || inputs.length === 0) throw badInput('Send at least one usage record.', 'inputs');
    if (inputs.length > MAX_BATCH_SIZE) throw badInput(`A batch holds at most ${MAX_BATCH_SIZE} usage records; split it.`, 'inputs');
    const outcomes: SpendOutcome[] = new Array(inputs.length);
    const valid: Array<{ index: number; spend: Spend }> = [];
    inputs.forEach((input, index) => {
      try {
        const by = internal.callers?.[index] ?? caller;
        if (by.organizationId !== caller.organizationId) throw new Error('a batch spends for one organization');
        valid.push({ index, spend: { ...this.check(by, input), at: internal.at?.[index] ?? null } });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        outcomes[index] = { ok: false, error: err };
        countOutcomes([outcomes[index]]);
      }
    });
    const org = caller.organizationId;
    if (this.options.coalesce === false) {
      for (let i = 0; i < valid.length; i += BATCH_CHUNK) {
        const chunk = valid.slice(i, i + BATCH_CHUNK);
        const results = await this.applyChunk(
          org,
          chunk.map((c) => c.spend),
        );
        chunk.forEach((c, j) => (outcomes[c.index] = results[j]));
      }
      return outcomes;
    }
    let queue = this.waiting.get(org);
    const idle = !queue;
    if (!queue) this.waiting.set(org, (queue = []));
    const pending = valid.map((v) => this.enqueue(queue!, v.spend));
    if (idle) void this.drain(org);
    // every spend is settled (a failed chunk fails its own spends only) before the batch answers
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    valid.forEach((v, j) => (outcomes[v.index] = (settled[j] as PromiseFulfilledResult<SpendOutcome>).value));
    return outcomes;
  }

  private enqueue(queue: Waiting[], spend: Spend): Promise<SpendOutcome> {
    return new Promise<SpendOutcome>((settle, fail) => queue.push({ spend, settle, fail }));
  }

  /** Writes what queued up while the previous write ran, a chunk per transaction, until the queue is empty. */
  private async drain(org: string): Promise<void> {
    const queue = this.waiting.get(org)!;
    try {
      while (queue.length) {
        const chunk = queue.splice(0, BATCH_CHUNK);
        try {
          const outcomes =
            chunk.length === 1
              ? [await this.spendOne(chunk[0].spend)]
              : await this.applyChunk(
                  org,
                  chunk.map((w) => w.spend),
                );
          outcomes.forEach((o, i) => chunk[i].settle(o));
        } catch (err) {
          // nothing of this chunk was written (one transaction): each caller gets the error
          for (const w of chunk) w.fail(err);
        }
      }
    } finally {
      this.waiting.delete(org);
    }
  }

  private check(caller: Caller, input: RecordUsageArgs): Spend {
    const operation = typeof input.operation === 'string' ? input.operation.trim() : '';
    if (!operation) throw badInput('Name the operation (1 to 100 characters), e.g. "chat.completion".', 'operation');
    if (operation.length > 100) throw badInput('An operation name can be at most 100 characters.', 'operation');
    if (hasControlCharacters(operation)) throw badInput('The operation name contains characters that are not allowed.', 'operation');
    if (typeof input.credits !== 'bigint' || input.credits <= 0n) throw badInput('The credits spent must be greater than 0.', 'credits');
    const key = requireIdempotencyKey(input.idempotencyKey);
    let resourceId: string | null = null;
    if (input.resourceId !== null && input.resourceId !== undefined) {
      if (!isUuid(input.resourceId)) throw notFound('The resource');
      resourceId = input.resourceId.toLowerCase();
    }
    const hash = requestHash({
      kind: 'USAGE',
      operation,
      credits: input.credits.toString(),
      resource: resourceId,
      member: caller.membershipId,
    });
    return { caller, operation, credits: input.credits, resourceId, key, hash, at: null };
  }

  private params(s: Spend): unknown[] {
    const c = s.caller;
    return [c.organizationId, c.membershipId, s.credits.toString(), s.resourceId, s.operation, c.apiKeyId, s.key, s.hash, SPENDING_ROLES];
  }

  /**
   * A single spend: one autocommitted statement, unless it needs the slow path (a replay, a
   * refusal with its reason, a spend that crosses the low-balance threshold, or a member with
   * an allowance), which decides it under the balance row's lock like a chunk of one.
   */
  private async spendOne(spend: Spend): Promise<SpendOutcome> {
    try {
      const org = spend.caller.organizationId;
      const rows: UsageRecordRow[] = await inTenant(this.ds, org, (em) => preparedQuery<UsageRecordRow>(em, SPEND_SQL, this.params(spend)));
      if (rows.length) {
        metrics.spendsAccepted.inc();
        metrics.spendBatchSize.observe(1);
        // autocommitted: announced right after the commit, without holding up the answer
        this.events()
          .balanceChanged(this.ds, { organizationId: spend.caller.organizationId, usageIds: [rows[0].id] })
          .catch(() => undefined);
        return { ok: true, record: toUsageRecord(rows[0]), replayed: false };
      }
    } catch (err) {
      if (isUniqueViolation(err, KEY_CONSTRAINT)) return this.replay(spend, err);
      throw err;
    }
    const [outcome] = await this.applyChunk(spend.caller.organizationId, [spend]);
    return outcome;
  }

  private async replay(spend: Spend, cause: unknown): Promise<SpendOutcome> {
    const org = spend.caller.organizationId;
    const prior = await inTenant(this.ds, org, (em) => this.findByKeys(em, org, [spend.key]));
    if (!prior.length) throw cause;
    if (!isReplayOf(prior[0], spend)) return { ok: false, error: keyReused() };
    metrics.spendsReplayed.inc();
    return { ok: true, record: toUsageRecord(prior[0]), replayed: true };
  }

  private findByKeys(em: EntityManager, org: string, keys: string[]): Promise<KeyedRow[]> {
    return em.query(USAGE_BY_KEYS_SQL, [org, keys]);
  }

  /**
   * Spends of one organization in one transaction, in three steps: lock the balance row and
   * read what the decision needs (lockAndRead); decide each spend in order (decide(), pure);
   * write the accepted ones in one statement whose conditional UPDATE takes their total (a
   * guard: it cannot fail under the lock) (writeAccepted).
   */
  private async applyChunk(org: string, spends: Spend[], attempt = 1): Promise<SpendOutcome[]> {
    try {
      const outcomes = await inTenant(this.ds, org, async (em) => {
        const reading = await this.lockAndRead(em, org, spends);
        const { decisions, balance } = decide(
          spends.map((s) => ({ ...s, membershipId: s.caller.membershipId, apiKeyId: s.caller.apiKeyId })),
          reading,
        );
        const records = await this.writeAccepted(em, org, spends, decisions, reading.balance, balance, reading.threshold);
        return decisions.map((d, i): SpendOutcome => {
          switch (d.kind) {
            case 'accept':
              return { ok: true, record: records.get(i)!, replayed: false };
            case 'sameAs':
              return { ok: true, record: records.get(d.index)!, replayed: true };
            case 'replay':
              return { ok: true, record: toUsageRecord(d.prior), replayed: true };
            case 'refuse':
              return { ok: false, error: d.error };
          }
        });
      });
      metrics.spendBatchSize.observe(spends.length);
      countOutcomes(outcomes);
      return outcomes;
    } catch (err) {
      // another writer claimed one of these keys after we looked: redo the chunk (it will replay)
      if (isUniqueViolation(err, KEY_CONSTRAINT) && attempt < 4) return this.applyChunk(org, spends, attempt + 1);
      throw err;
    }
  }

  /**
   * Locks the balance row and reads, under that lock, who is spending (members and API keys,
   * locked FOR SHARE after it), which of these keys the ledger already holds, which named
   * resources are live, and the allowances with month-to-date usage: one statement
   * (LOCK_AND_READ_SQL), read a second time only when its snapshot predates the lock (another
   * writer held the row). So every earlier spend of this organization has committed (its rollup
   * included) and no other can start; and a removal, suspension, role change or key revocation
   * either committed before (and is seen here) or waits for this transaction.
   */
  private async lockAndRead(
    em: EntityManager,
    org: string,
    spends: Spend[],
  ): Promise<ChunkReading<KeyedRow> & { threshold: bigint | null }> {
    const memberIds = [...new Set(spends.map((s) => s.caller.membershipId))];
    const keyIds = [...new Set(spends.map((s) => s.caller.apiKeyId).filter((k): k is string => !!k))];
    const keys = [...new Set(spends.map((s) => s.key))];
    const resourceIds = [...new Set(spends.map((s) => s.resourceId).filter((r): r is string => !!r))];
    const params = [org, memberIds, keyIds, keys, resourceIds, SPENDING_ROLES];
    let [row]: LockedReading[] = await preparedQuery<LockedReading>(em, LOCK_AND_READ_SQL, params);
    if (!row.fresh) {
      [row] = await preparedQuery<LockedReading>(em, LOCK_AND_READ_SQL, params);
      if (!row.fresh) throw new Error(`the balance row of ${org} changed under its lock`);
    }
    // the full entries of the keys already used (replays, conflicts): rare, and still under the lock
    const prior = new Map(row.used_keys.length ? (await this.findByKeys(em, org, row.used_keys)).map((r) => [r.idempotency_key, r]) : []);
    const spending = new Set(row.spending_members);
    const liveKeys = new Set(row.live_keys);
    return {
      balance: row.balance === null ? 0n : micros(row.balance),
      threshold: microsOrNull(row.low_balance_threshold),
      prior,
      liveResources: new Set(row.live_resources),
      allowances: new Map(
        row.allowance_ids.map((id, i) => [id, { limit: micros(row.allowance_limits[i]), used: micros(row.allowance_used[i]) }]),
      ),
      refusedMembers: new Map(memberIds.filter((id) => !spending.has(id)).map((id) => [id, memberNoLongerActive()])),
      refusedKeys: new Map(keyIds.filter((id) => !liveKeys.has(id)).map((id) => [id, keyRevoked()])),
    };
  }

  /**
   * Writes the accepted spends in one statement and, when they take the balance below the
   * threshold, queues the alert. Returns the records by spend index.
   */
  private async writeAccepted(
    em: EntityManager,
    org: string,
    spends: Spend[],
    decisions: Decision<KeyedRow>[],
    start: bigint,
    balance: bigint,
    threshold: bigint | null,
  ): Promise<Map<number, UsageRecord>> {
    const accepted: Array<Spend & { index: number; txId: string; urId: string; balanceAfter: bigint }> = [];
    decisions.forEach((d, i) => {
      if (d.kind === 'accept')
        accepted.push({ ...spends[i], index: i, txId: randomUUID(), urId: randomUUID(), balanceAfter: d.balanceAfter });
    });
    const records = new Map<number, UsageRecord>();
    if (!accepted.length) return records;
    const rows: Array<UsageRecordRow & { final_balance: string }> = await preparedQuery<UsageRecordRow & { final_balance: string }>(
      em,
      SPEND_BATCH_SQL,
      [
        org,
        (start - balance).toString(),
        accepted.map((a) => a.txId),
        accepted.map((a) => a.urId),
        accepted.map((a) => a.credits.toString()),
        accepted.map((a) => a.balanceAfter.toString()),
        accepted.map((a) => a.resourceId),
        accepted.map((a) => a.operation),
        accepted.map((a) => a.key),
        accepted.map((a) => a.hash),
        accepted.map((a) => a.caller.membershipId),
        accepted.map((a) => a.caller.apiKeyId),
        accepted.map((a) => a.at?.toISOString() ?? null),
      ],
    );
    // the lock makes this impossible; if it ever happens, roll everything back
    if (rows.length !== accepted.length || micros(rows[0].final_balance) !== balance) {
      throw new Error(`usage batch for ${org} did not apply as decided`);
    }
    await this.events().balanceChanged(em, { organizationId: org, usageIds: rows.map((r) => r.id) });
    const byId = new Map(rows.map((r) => [r.id, toUsageRecord(r)]));
    for (const a of accepted) records.set(a.index, byId.get(a.urId)!);
    if (crossedBelow(start, balance, threshold)) {
      await this.notifier().lowBalanceCrossed(em, { organizationId: org, balanceMicros: balance, thresholdMicros: threshold! });
      await emitLowBalance(em, org, balance, threshold!);
    }
    return records;
  }
}
