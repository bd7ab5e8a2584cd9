import { Client } from 'pg';
import type { CreditEvents, Queryable } from '../credits';

/** The PostgreSQL channel every API node LISTENs on. */
const LIVE_CHANNEL = 'orgpulse_live';

/** What a NOTIFY carries: the organization and the ids of the usage records written (the listener reloads the rest). */
export interface LiveEvent {
  organizationId: string;
  usageIds: string[];
}

/** NOTIFY payloads are limited to 8000 bytes: 150 UUIDs (37 bytes each) stay well under. */
const IDS_PER_NOTIFY = 150;

/**
 * The fan-out of live events across API nodes: writers NOTIFY in their transaction (delivered
 * on commit), and every node holds one dedicated connection that LISTENs and hands each
 * event to the subscriptions of its organization on that node.
 */
export class LiveBus implements CreditEvents {
  private client: Client | null = null;
  private stopped = false;
  private readonly listeners = new Map<string, Set<(e: LiveEvent) => void>>();

  constructor(
    private readonly url: string | null,
    private readonly log: (message: string, err?: unknown) => void = () => undefined,
  ) {}

  async balanceChanged(q: Queryable, e: { organizationId: string; usageIds: string[] }): Promise<void> {
    const chunks: string[][] = [];
    for (let i = 0; i < e.usageIds.length; i += IDS_PER_NOTIFY) chunks.push(e.usageIds.slice(i, i + IDS_PER_NOTIFY));
    if (!chunks.length) chunks.push([]);
    for (const u of chunks) await q.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify({ o: e.organizationId, u })]);
  }

  /** Starts listening (the app calls it once); reconnects after a lost connection. */
  async start(): Promise<void> {
    if (!this.url) return;
    this.stopped = false;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url!, application_name: 'orgpulse-live' });
    client.on('notification', (msg) => {
      if (msg.channel === LIVE_CHANNEL && msg.payload) this.dispatch(msg.payload);
    });
    client.on('error', (err) => {
      this.log('live: the LISTEN connection failed', err);
      this.reconnectLater(client);
    });
    client.on('end', () => this.reconnectLater(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    this.client = client;
  }

  private reconnectLater(client: Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    setTimeout(() => {
      if (!this.stopped) this.connect().catch((err) => (this.log('live: reconnecting failed', err), this.reconnectLater(client)));
    }, 1000).unref();
  }

  private dispatch(payload: string): void {
    let parsed: { o?: unknown; u?: unknown };
    try {
      parsed = JSON.parse(payload);
    } catch {
      return;
    }
    if (typeof parsed.o !== 'string' || !Array.isArray(parsed.u)) return;
    const event: LiveEvent = { organizationId: parsed.o, usageIds: parsed.u.filter((x): x is string => typeof x === 'string') };
    for (const fn of this.listeners.get(event.organizationId) ?? []) fn(event);
  }

  /** Calls `fn` with every event of the organization on this node; returns the unsubscribe. */
  subscribe(organizationId: string, fn: (e: LiveEvent) => void): () => void {
    let set = this.listeners.get(organizationId);
    if (!set) this.listeners.set(organizationId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size && this.listeners.get(organizationId) === set) this.listeners.delete(organizationId);
    };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
