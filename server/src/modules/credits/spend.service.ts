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
import { ALLOWANCES_SQL, CALLERS_SQL, SPEND_BATCH_SQL, SPEND_SQL, USAGE_BY_KEYS_SQL } from './spend.sql';
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

interface CallerRow {
  kind: 'member' | 'key';
  id: string;
  status: string | null;
  role: string | null;
  revoked_at: Date | null;
}

interface KeyedRow extends UsageRecordRow {
  idempotency_key: string;
  kind: string;
  request_hash: string | null;
}

interface Waiting {
  spend: Spend;
  resolve(record: UsageRecord): void;
  reject(err: unknown): void;
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
    if (this.options.coalesce === false) return this.spendOne(spend);
    const org = caller.organizationId;
    const queue = this.waiting.get(org);
    if (queue) return new Promise<UsageRecord>((resolve, reject) => queue.push({ spend, resolve, reject }));
    // nobody is writing for this organization: go straight to the database
    this.waiting.set(org, []);
    try {
      return await this.spendOne(spend);
    } finally {
      void this.drain(org);
    }
  }

  /**
   * Many spends, each accepted or refused in the order given (a refusal does not stop the
   * next). Applied in transactions of BATCH_CHUNK spends.
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
    for (let i = 0; i < valid.length; i += BATCH_CHUNK) {
      const chunk = valid.slice(i, i + BATCH_CHUNK);
      const results = await this.applyChunk(
        caller.organizationId,
        chunk.map((c) => c.spend),
      );
      chunk.forEach((c, j) => (outcomes[c.index] = results[j]));
    }
    return outcomes;
  }

  /** Writes what queued up while the previous write ran, a chunk per transaction, until the queue is empty. */
  private async drain(org: string): Promise<void> {
    const queue = this.waiting.get(org)!;
    try {
      while (queue.length) {
        const chunk = queue.splice(0, BATCH_CHUNK);
        try {
          if (chunk.length === 1) {
            chunk[0].resolve(await this.spendOne(chunk[0].spend));
            continue;
          }
          const outcomes = await this.applyChunk(
            org,
            chunk.map((w) => w.spend),
          );
          outcomes.forEach((o, i) => (o.ok ? chunk[i].resolve(o.record) : chunk[i].reject(o.error)));
        } catch (err) {
          // nothing of this chunk was written (one transaction): each caller gets the error
          for (const w of chunk) w.reject(err);
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
  private async spendOne(spend: Spend): Promise<UsageRecord> {
    try {
      const org = spend.caller.organizationId;
      const rows: UsageRecordRow[] = await inTenant(this.ds, org, (em) => em.query(SPEND_SQL, this.params(spend)));
      if (rows.length) {
        metrics.spendsAccepted.inc();
        metrics.spendBatchSize.observe(1);
        // autocommitted: announced right after the commit, without holding up the answer
        this.events()
          .balanceChanged(this.ds, { organizationId: spend.caller.organizationId, usageIds: [rows[0].id] })
          .catch(() => undefined);
        return toUsageRecord(rows[0]);
      }
    } catch (err) {
      if (isUniqueViolation(err, KEY_CONSTRAINT)) {
        const record = await this.replay(spend, err);
        metrics.spendsReplayed.inc();
        return record;
      }
      throw err;
    }
    const [outcome] = await this.applyChunk(spend.caller.organizationId, [spend]);
    if (!outcome.ok) throw outcome.error;
    return outcome.record;
  }

  private async replay(spend: Spend, cause: unknown): Promise<UsageRecord> {
    const org = spend.caller.organizationId;
    const prior = await inTenant(this.ds, org, (em) => this.findByKeys(em, org, [spend.key]));
    if (!prior.length) throw cause;
    return this.replayed(prior[0], spend);
  }

  private replayed(prior: KeyedRow, spend: Spend): UsageRecord {
    if (!isReplayOf(prior, spend)) throw keyReused();
    return toUsageRecord(prior);
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
   * Locks the balance row, then reads who is spending (members and API keys, locked FOR
   * SHARE: CALLERS_SQL), the earlier entries of these keys, which named resources are live,
   * and the allowances with month-to-date usage. Read after the lock is held: every earlier
   * spend of this organization has committed (its rollup included) and no other can start;
   * and a removal, suspension, role change or key revocation either committed before (and
   * is seen here) or waits for this transaction.
   */
  private async lockAndRead(
    em: EntityManager,
    org: string,
    spends: Spend[],
  ): Promise<ChunkReading<KeyedRow> & { threshold: bigint | null }> {
    const [bal]: Array<{ balance: string; low_balance_threshold: string | null; allowance_member_ids: string[] }> = await em.query(
      `SELECT balance, low_balance_threshold, allowance_member_ids::text[] FROM credit_balances WHERE organization_id = $1 FOR UPDATE`,
      [org],
    );
    const { refusedMembers, refusedKeys } = await this.readCallers(em, org, spends);
    const prior = new Map((await this.findByKeys(em, org, [...new Set(spends.map((s) => s.key))])).map((r) => [r.idempotency_key, r]));
    const resourceIds = [...new Set(spends.map((s) => s.resourceId).filter((r): r is string => !!r))];
    const liveResources = new Set<string>(
      resourceIds.length
        ? (
            await em.query(`SELECT id FROM resources WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND deleted_at IS NULL`, [
              org,
              resourceIds,
            ])
          ).map((r: { id: string }) => r.id)
        : [],
    );
    const limited = new Set(bal?.allowance_member_ids ?? []);
    const members = [...new Set(spends.map((s) => s.caller.membershipId))].filter((m) => limited.has(m));
    const allowances = new Map<string, { limit: bigint; used: bigint }>(
      members.length
        ? (await em.query(ALLOWANCES_SQL, [org, members])).map((r: { id: string; monthly_allowance: string; used: string }) => [
            r.id,
            { limit: micros(r.monthly_allowance), used: micros(r.used) },
          ])
        : [],
    );
    return {
      balance: bal ? micros(bal.balance) : 0n,
      threshold: microsOrNull(bal?.low_balance_threshold),
      prior,
      liveResources,
      allowances,
      refusedMembers,
      refusedKeys,
    };
  }

  /** The members and keys of a chunk that may no longer spend, read in one statement under the balance row's lock. */
  private async readCallers(
    em: EntityManager,
    org: string,
    spends: Spend[],
  ): Promise<Pick<ChunkReading, 'refusedMembers' | 'refusedKeys'>> {
    const memberIds = [...new Set(spends.map((s) => s.caller.membershipId))];
    const keyIds = [...new Set(spends.map((s) => s.caller.apiKeyId).filter((k): k is string => !!k))];
    const rows: CallerRow[] = await em.query(CALLERS_SQL, [org, memberIds, keyIds]);
    const members = new Map(rows.filter((r) => r.kind === 'member').map((r) => [r.id, r]));
    const keys = new Map(rows.filter((r) => r.kind === 'key').map((r) => [r.id, r]));
    const refusedMembers = new Map<string, AppError>();
    for (const id of memberIds) {
      const m = members.get(id);
      if (!m || m.status !== 'ACTIVE' || !SPENDING_ROLES.includes(m.role!)) refusedMembers.set(id, memberNoLongerActive());
    }
    const refusedKeys = new Map<string, AppError>();
    for (const id of keyIds) {
      const k = keys.get(id);
      if (!k || k.revoked_at) refusedKeys.set(id, keyRevoked());
    }
    return { refusedMembers, refusedKeys };
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
    const rows: Array<UsageRecordRow & { final_balance: string }> = await em.query(SPEND_BATCH_SQL, [
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
    ]);
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
