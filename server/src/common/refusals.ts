import { createHash } from 'node:crypto';
import { ErrorCode } from '@orgpulse/shared';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import type { Caller } from './auth/caller';
import type { RateLimiter } from './rate-limit';

/**
 * Requests refused before GraphQL runs (over the query limits, too large, not parsable, not
 * JSON) and requests refused over their budget, counted per sender in this process's memory
 * (docs/api/rate-limits.md):
 *
 * - The sender is the credential (the `Authorization` header) when this process accepted it in
 *   the last minutes, else the client address. So one abusive account does not close the door on
 *   its address, and junk or unknown credentials count as their address.
 * - Past `perWindow` refusals in a window (fixed, aligned to the clock), the sender's requests are
 *   refused at the door of `/graphql` until the window ends: HTTP 429 RATE_LIMITED with
 *   Retry-After, before the body is read as JSON, parsed or measured, and before any SQL. An
 *   address whose door is closed still lets through a credential this process accepted (a signed-in
 *   user behind the same NAT as an abuser).
 * - Each refusal after a sender's first one in a window is left out of the request log; the door
 *   closing is logged once (a flood of refusals would otherwise be a flood of log lines).
 *
 * Memory is bounded (least recently used senders are forgotten first). It is per process, a
 * first, cheap line: the cost budgets (rate-limit.ts) are the ones shared by every node.
 */
export interface RefusalGuardConfig {
  /** Refusals a sender may have per window before its requests are refused at the door. */
  perWindow: number;
  windowMs: number;
  /** As express's `trust proxy` (config.trustProxy): the client address is the first of X-Forwarded-For. */
  trustProxy: boolean;
  /**
   * The longest a door answer is held (ms; 0: answered at once). Each answer at the door is held
   * DOOR_DELAY_STEP_MS longer than the sender's previous one in the window, up to this.
   */
  doorDelayMaxMs: number;
}

/** How much longer each further answer at a sender's closed door is held (see RefusalGuardConfig.doorDelayMaxMs). */
const DOOR_DELAY_STEP_MS = 10;
/** At most this many door answers are held at once; past it, the door answers at once (memory stays bounded). */
const MAX_HELD = 10_000;

type Budgeted = Pick<Caller, 'organizationId' | 'apiKeyId'>;

interface Sender {
  key: string;
  /** The caller the credential was accepted for (its budgets for `extensions.cost`), null: anonymous or not known here. */
  caller: Budgeted | null;
}

interface Count {
  windowStart: number;
  refused: number;
  /** Answers at the door so far in the window. */
  atDoor: number;
}

export interface GraphqlErrorBody {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions: { code: string; [key: string]: unknown };
}

const QUIET = Symbol('orgpulse.quietRefusal');

/** Set on a response whose log line is left out (see RefusalGuard). */
export function isQuietRefusal(res: object): boolean {
  return (res as { [QUIET]?: boolean })[QUIET] === true;
}

export class RefusalGuard {
  private readonly counts = new LRUCache<string, Count>({ max: 100_000 });
  /** sha256(Authorization header) → the caller it was accepted for. */
  private readonly accepted = new LRUCache<string, Budgeted>({ max: 20_000, ttl: 10 * 60_000 });
  /** Door answers being held now (see answeredAtDoor). */
  private held = 0;

  constructor(
    readonly config: RefusalGuardConfig,
    private readonly limiter: RateLimiter,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  private static credentialOf(req: IncomingMessage): string | null {
    // the sha256 of a short header, worked out once per request (the door, then remember); the header itself is never kept
    const r = req as IncomingMessage & { [CREDENTIAL]?: string | null };
    if (r[CREDENTIAL] === undefined) {
      const header = req.headers.authorization;
      r[CREDENTIAL] = header ? createHash('sha256').update(header).digest('base64url') : null;
    }
    return r[CREDENTIAL];
  }

  /** After the context accepted the request's credential: it is counted apart from its address, and passes a closed door. */
  remember(req: Request, caller: Caller): void {
    const credential = RefusalGuard.credentialOf(req);
    if (credential) this.accepted.set(credential, { organizationId: caller.organizationId, apiKeyId: caller.apiKeyId });
  }

  senderOf(req: IncomingMessage): Sender {
    const credential = RefusalGuard.credentialOf(req);
    const caller = credential ? this.accepted.get(credential) : undefined;
    return caller ? { key: `credential:${credential}`, caller } : { key: `address:${this.ipOf(req)}`, caller: null };
  }

  /** The client address, worked out once per request (the same for the door, the count and the report). */
  private ipOf(req: IncomingMessage): string {
    const r = req as IncomingMessage & { [IP]?: string };
    if (r[IP] === undefined) {
      const forwarded = this.config.trustProxy ? req.headers['x-forwarded-for'] : undefined;
      const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
      r[IP] = first || req.socket.remoteAddress || 'unknown';
    }
    return r[IP];
  }

  private windowStart(): number {
    const t = this.now();
    return t - (t % this.config.windowMs);
  }

  /** The sender's count when its door is closed (its refusals in this window reached perWindow); else null. */
  private closedCount(key: string): Count | null {
    const c = this.counts.get(key);
    if (!c || c.refused < this.config.perWindow || c.windowStart !== this.windowStart()) return null;
    return c;
  }

  /** Seconds until the sender's door opens again; 0: open. */
  closedFor(key: string): number {
    if (!this.closedCount(key)) return 0;
    return Math.max(1, Math.ceil((this.windowStart() + this.config.windowMs - this.now()) / 1000));
  }

  /** Counts a refusal; says whether it is the sender's first in the window (the one that is logged). */
  private count(sender: Sender, req: Request): boolean {
    const start = this.windowStart();
    let c = this.counts.get(sender.key);
    if (!c || c.windowStart !== start) c = { windowStart: start, refused: 0, atDoor: 0 };
    c.refused++;
    this.counts.set(sender.key, c);
    if (c.refused === this.config.perWindow) {
      this.logger.warn(
        { ip: this.ipOf(req), sender: sender.caller ? 'credential' : 'address', refused: c.refused },
        `refusing this sender's GraphQL requests at the door until ${new Date(start + this.config.windowMs).toISOString()}`,
      );
    }
    return c.refused === 1;
  }

  /** What `extensions.cost` says on a response that no GraphQL ran for: nothing counted. */
  costReport(req: IncomingMessage, sender: Sender = this.senderOf(req)) {
    return this.limiter.notCounted(sender.caller, this.ipOf(req));
  }

  /**
   * Counts a request refused over its budget (rate-limit.ts, answered there) against its sender:
   * a sender that keeps sending after its 429s reaches the door like one sending refused
   * documents (a wrong-password flood is answered at the door after RATE_LIMIT_REFUSALS of them,
   * not parsed, authenticated and charged each time). Its budget refuses it until the window
   * ends anyway: the door closes for the same window.
   */
  countRefused(req: Request): void {
    this.count(this.senderOf(req), req);
  }

  /** Answers a request refused before GraphQL runs, counted against its sender. */
  refuse(req: Request, res: Response, status: number, error: GraphqlErrorBody): void {
    const sender = this.senderOf(req);
    if (!this.count(sender, req)) (res as unknown as { [QUIET]: boolean })[QUIET] = true;
    res.status(status).json({ errors: [error], extensions: { cost: this.costReport(req, sender) } });
  }

  /**
   * The door, in front of express itself (app.ts hands it every request first): refuses a
   * request to `/graphql` from a sender past its refusals (see above) with a small fixed
   * response, the body left unread. Says whether it answered.
   *
   * The answer is held a little longer each time (DOOR_DELAY_STEP_MS more per answer at the door
   * in the window, up to `doorDelayMaxMs`), as express-slow-down does for a rate limit: a sender
   * that ignores Retry-After and resends as soon as it is answered then sends a few requests a
   * second per connection, not thousands, and costs this process (and its own machine) next to
   * nothing. A well-behaved client waits for Retry-After and never meets the delay. A held answer
   * is a timer and the socket the sender already holds; past MAX_HELD of them the door answers at once.
   */
  answeredAtDoor(req: IncomingMessage, res: ServerResponse): boolean {
    const url = req.url ?? '';
    if (!(url === '/graphql' || url.startsWith('/graphql?') || url.startsWith('/graphql/'))) return false;
    // a credential accepted here has a count of its own: it passes its address's closed door
    const sender = this.senderOf(req);
    const count = this.closedCount(sender.key);
    if (!count) return false;
    const answer = () => {
      if (res.destroyed) return;
      // worked out as it is sent: a held answer's Retry-After counts from now
      const closed = Math.max(1, this.closedFor(sender.key));
      const body = Buffer.from(
        JSON.stringify({
          errors: [
            {
              message: `Too many refused requests from here: retry after ${closed} s.`,
              extensions: { code: ErrorCode.RateLimited, retryAfterSeconds: closed },
            },
          ],
          extensions: { cost: this.costReport(req, sender) },
        }),
      );
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': body.length,
        'retry-after': String(closed),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    };
    count.atDoor++;
    const delay = Math.min(this.config.doorDelayMaxMs, (count.atDoor - 1) * DOOR_DELAY_STEP_MS);
    if (delay <= 0 || this.held >= MAX_HELD) {
      answer();
      return true;
    }
    this.held++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.held--;
      clearTimeout(timer);
    };
    const timer = setTimeout(() => {
      release();
      answer();
    }, delay);
    res.once('close', release); // the sender hung up while it waited
    return true;
  }

  /** Door answers being held right now. */
  heldAtDoor(): number {
    return this.held;
  }

  /**
   * Makes every error response of `/graphql` carry `extensions.cost`, also those sent without
   * GraphQL running: Apollo's own refusals before its plugins run (CSRF for one), and the JSON
   * error handler's (a body that is not JSON).
   */
  costOnErrors(): RequestHandler {
    return (req, res, next) => {
      withCostOnErrors(res, () => this.costReport(req));
      next();
    };
  }
}

const IP = Symbol('orgpulse.refusalIp');
const CREDENTIAL = Symbol('orgpulse.refusalCredential');

/** Adds `extensions.cost` to a JSON error response (status 400 or more) sent without one. */
function withCostOnErrors(res: Response, report: () => unknown): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (res.statusCode >= 400 && typeof body === 'string' && body.startsWith('{')) {
      try {
        const parsed = JSON.parse(body) as { errors?: unknown; extensions?: { cost?: unknown } };
        if (parsed.errors && !parsed.extensions?.cost) {
          parsed.extensions = { ...parsed.extensions, cost: report() };
          return send(JSON.stringify(parsed));
        }
      } catch {
        /* not JSON: as it is */
      }
    }
    return send(body);
  };
}
