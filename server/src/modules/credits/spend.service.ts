import { randomUUID } from 'node:crypto';
import { can, Permission, ROLES } from '@orgpulse/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput, notFound } from '../../common/errors';
import type { BillingNotifier } from './billing.notifier';
import { CreditEvents, silentCreditEvents } from './credit.events';
import { isUniqueViolation, pgCode } from '../../common/pg-errors';
import { hasControlCharacters, isUuid } from '../../common/validate';
import { requestHash, requireIdempotencyKey } from './idempotency';
import { crossedBelow, emitLowBalance } from './low-balance';
import { micros, microsOrNull } from '../../common/money';
import { inTenant } from '../../common/tenant';
import { codeLabel, metrics } from '../../common/metrics';
import { ChunkReading, decide, Decision, keyRevoked, memberNoLongerActive } from './spend.decide';
import { preparedQuery } from '../../common/prepared-message';
import { LOCK_AND_READ_SQL, SPEND_BATCH_SQL, SPEND_ORGS_SQL, USAGE_BY_KEYS_SQL } from './spend.sql';
import { collectingQueryable, sendAfterCommit, sendWrite } from './spend.message';
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
   * Spends that arrive while earlier ones are being written wait and go together: each
   * organization's as one chunk (up to CHUNK spends, one lock hold), and the chunks of several
   * organizations in one statement (one round trip, one commit). On by default; off, every
   * call is its own statement.
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
/** Spends of one organization per statement (a whole batch at most), so the balance row is never held long. */
const CHUNK = 500;
/** Organizations, and spends in all, per message. */
const MAX_ORGS_PER_MESSAGE = 64;
const MAX_SPENDS_PER_MESSAGE = 1000;
/** Messages in flight at once: the rest wait and go together, in fewer and larger messages. */
const MAX_MESSAGES = 4;
/** Deadlock, serialization failure: the message wrote nothing and can be sent again. */
const RETRYABLE = new Set(['40P01', '40001']);
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

/** One organization's chunk of waiting spends in a message. */
interface Group {
  org: string;
  waits: Waiting[];
}

/** What became of a chunk: each spend's outcome, or the error that wrote none of it. */
type ChunkResult = { outcomes: SpendOutcome[] } | { error: unknown };

/**
 * SPEND_ORGS_SQL's values for chunks of spends (one organization's each, in order), with the
 * ids of their records by chunk.
 */
function fastWrite(chunks: Spend[][]): { params: unknown[]; recordIds: string[][] } {
  const all = chunks.flat();
  const recordIds = chunks.map((spends) => spends.map(() => randomUUID()));
  return {
    recordIds,
    params: [
      all.map((s) => s.caller.organizationId),
      all.map(() => randomUUID()),
      recordIds.flat(),
      all.map((s) => s.credits.toString()),
      all.map((s) => s.resourceId),
      all.map((s) => s.operation),
      all.map((s) => s.key),
      all.map((s) => s.hash),
      all.map((s) => s.caller.membershipId),
      all.map((s) => s.caller.apiKeyId),
      all.map((s) => s.at?.toISOString() ?? null),
      SPENDING_ROLES,
    ],
  };
}

/**
 * The money path: an API call spends credits. A spend is all or nothing (usage record +
 * USAGE ledger entry + balance + rollup), never overdraws under any concurrency (the
 * balance only moves through a conditional UPDATE, and a CHECK keeps it >= 0), and is
 * idempotent: the same key returns the original record; the same key with another
 * payload is a CONFLICT.
 */
export class SpendService {
  /** Spends not sent yet, by organization, in arrival order. */
  private readonly pending = new Map<string, Waiting[]>();
  /** Organizations with a chunk being written: their next chunk waits for it (order, and no lock wait in this process). */
  private readonly busy = new Set<string>();
  private messages = 0;
  private scheduled = false;

  /**
   * @param ds the app role's pool: the slow path, in the organization's scope (row-level security)
   * @param system the system role's pool (BYPASSRLS): the fast statement of several organizations at once
   *   (SPEND_ORGS_SQL, which scopes every row itself). Default `ds`, for a pool that bypasses row-level
   *   security itself (the owner's, in tests and scripts); as the app role every fast write would match
   *   nothing (no tenant is set), and each spend would take the slow path.
   */
  constructor(
    private readonly ds: DataSource,
    private readonly notifier: () => BillingNotifier,
    private readonly options: SpendOptions = {},
    private readonly events: () => CreditEvents = () => silentCreditEvents,
    private readonly system: DataSource = ds,
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
    if (this.options.coalesce === false) return unwrap((await this.writeNow(caller.organizationId, [spend]))[0]);
    return unwrap(await this.enqueue(spend));
  }

  /**
   * Many spends, each accepted or refused in the order given (a refusal does not stop the
   * next). They join the organization's queue like single spends (in order, together), so
   * concurrent batches and single spends of one organization share statements of up to
   * CHUNK spends, written one after the other by this process.
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
      for (let i = 0; i < valid.length; i += CHUNK) {
        const chunk = valid.slice(i, i + CHUNK);
        const results = await this.writeNow(
          org,
          chunk.map((c) => c.spend),
        );
        chunk.forEach((c, j) => (outcomes[c.index] = results[j]));
      }
      return outcomes;
    }
    const pending = valid.map((v) => this.enqueue(v.spend));
    // every spend is settled (a failed chunk fails its own spends only) before the batch answers
    const settled = await Promise.allSettled(pending);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    valid.forEach((v, j) => (outcomes[v.index] = (settled[j] as PromiseFulfilledResult<SpendOutcome>).value));
    return outcomes;
  }

  private enqueue(spend: Spend): Promise<SpendOutcome> {
    const org = spend.caller.organizationId;
    let queue = this.pending.get(org);
    if (!queue) this.pending.set(org, (queue = []));
    const queued = queue;
    const outcome = new Promise<SpendOutcome>((settle, fail) => queued.push({ spend, settle, fail }));
    this.schedule();
    return outcome;
  }

  /** Sends what is waiting on the next turn of the event loop (so the spends that arrive together go together). */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /**
   * Up to MAX_MESSAGES messages in flight; each takes the next chunk of every waiting
   * organization that has none being written (up to MAX_ORGS_PER_MESSAGE organizations and
   * MAX_SPENDS_PER_MESSAGE spends). The rest waits for a message to come back.
   */
  private pump(): void {
    while (this.messages < MAX_MESSAGES) {
      const groups: Group[] = [];
      let spends = 0;
      for (const [org, queue] of this.pending) {
        if (this.busy.has(org)) continue;
        const waits = queue.splice(0, Math.min(CHUNK, Math.max(1, MAX_SPENDS_PER_MESSAGE - spends)));
        if (!queue.length) this.pending.delete(org);
        this.busy.add(org);
        groups.push({ org, waits });
        spends += waits.length;
        if (groups.length >= MAX_ORGS_PER_MESSAGE || spends >= MAX_SPENDS_PER_MESSAGE) break;
      }
      if (!groups.length) return;
      this.messages++;
      this.writeGroups(groups.map((g) => ({ org: g.org, spends: g.waits.map((w) => w.spend) }))).then(
        (written) => this.settleGroups(groups, written),
        (error: unknown) =>
          this.settleGroups(
            groups,
            groups.map(() => ({ error })),
          ),
      );
    }
  }

  /**
   * A message came back: its organizations' next chunks go out first (the spends waiting
   * behind them, at once: PostgreSQL writes them while this process answers these), then
   * each spend is settled; a group that failed fails its own spends only.
   */
  private settleGroups(groups: Group[], written: ChunkResult[]): void {
    this.messages--;
    for (const g of groups) this.busy.delete(g.org);
    if (this.pending.size) this.pump();
    groups.forEach((g, i) => {
      const r = written[i];
      if ('error' in r) for (const w of g.waits) w.fail(r.error);
      else r.outcomes.forEach((o, j) => g.waits[j].settle(o));
    });
  }

  /** One organization's spends, now (uncoalesced). */
  private async writeNow(org: string, spends: Spend[]): Promise<SpendOutcome[]> {
    const [r] = await this.writeGroups([{ org, spends }]);
    if ('error' in r) throw r.error;
    return r.outcomes;
  }

  /**
   * Each organization's spends as one chunk: first all of them in ONE statement (the fast
   * path, SPEND_ORGS_SQL, which locks the organizations' balance rows in id order, so that two
   * statements never wait for each other's rows in opposite orders; each organization's chunk
   * is written whole or not at all), then, for each chunk the fast statement did not take, the
   * slow path that decides spend by spend under the lock (applyChunk). When the statement fails
   * (a key another writer just committed, a deadlock), nothing of it was written: each chunk
   * again in a statement of its own, and a chunk that fails alone on a key goes to the slow
   * path (it replays).
   */
  private async writeGroups(chunks: Array<{ org: string; spends: Spend[] }>): Promise<ChunkResult[]> {
    const order = chunks.map((_, i) => i).sort((a, b) => (chunks[a].org < chunks[b].org ? -1 : chunks[a].org > chunks[b].org ? 1 : 0));
    const results: ChunkResult[] = new Array(chunks.length);
    const slow: number[] = [];
    const fast = order.filter((i) => {
      // the same key twice in one chunk: decided by the slow path (a retry of the first, or a CONFLICT)
      if (new Set(chunks[i].spends.map((s) => s.key)).size === chunks[i].spends.length) return true;
      slow.push(i);
      return false;
    });
    if (fast.length) {
      const write = fastWrite(fast.map((i) => chunks[i].spends));
      let rows: UsageRecordRow[] | null = null;
      for (let attempt = 1; rows === null; attempt++) {
        try {
          rows = (await sendWrite(this.system, SPEND_ORGS_SQL, write.params)) as UsageRecordRow[];
        } catch (err) {
          if (fast.length > 1) {
            // one chunk's failure failed the statement: each on its own, so only its spends see its error
            const alone = await Promise.all(fast.map((i) => this.writeGroups([chunks[i]])));
            fast.forEach((i, k) => (results[i] = alone[k][0]));
            break;
          }
          if (isUniqueViolation(err, KEY_CONSTRAINT)) {
            slow.push(fast[0]);
            break;
          }
          if (!RETRYABLE.has(pgCode(err) ?? '') || attempt >= 4) {
            results[fast[0]] = { error: err };
            break;
          }
          await new Promise((r) => setTimeout(r, 5 * attempt + Math.random() * 20));
        }
      }
      if (rows) {
        const byId = new Map(rows.map((r) => [r.id, r]));
        const notes: string[] = [];
        const announce = collectingQueryable(notes);
        fast.forEach((i, k) => {
          const org = chunks[i].org;
          const ids = write.recordIds[k];
          const written = ids.filter((id) => byId.get(id)?.organization_id === org).length;
          if (written !== ids.length) {
            // not every spend would pass: decided one by one under the lock
            if (written) results[i] = { error: new Error(`usage chunk for ${org} did not apply as a whole`) };
            else slow.push(i);
            return;
          }
          metrics.spendBatchSize.observe(ids.length);
          metrics.spendsAccepted.inc(ids.length);
          results[i] = { outcomes: ids.map((id) => ({ ok: true, record: toUsageRecord(byId.get(id)!), replayed: false })) };
          void this.events().balanceChanged(announce, { organizationId: org, usageIds: ids });
        });
        // committed: announced right after, without holding up the answer
        sendAfterCommit(this.ds, notes);
      }
    }
    await Promise.all(
      slow.map(async (i) => {
        try {
          results[i] = { outcomes: await this.applyChunk(chunks[i].org, chunks[i].spends) };
        } catch (error) {
          results[i] = { error };
        }
      }),
    );
    return results;
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
