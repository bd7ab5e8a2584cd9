import { Permission, Role } from '@orgpulse/shared';
import { DataSource, In } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { callerCan } from '../../common/auth/guard';
import { inScope, inTenant } from '../../common/tenant';
import { UsageRecord } from '../usage';
import type { LiveBus, LiveEvent } from './live.bus';

/** One WebSocket connection: whose it is, and how to end it (graphql-ws, live.server.ts). */
export interface LiveConnection {
  caller: Caller;
  /** Closes the socket (4403 when the member or credential is no longer active). */
  close(code: number, reason: string): void;
  /** The answer of the re-check for one event, shared by the connection's subscriptions. */
  checked?: WeakMap<LiveEvent, Promise<boolean>>;
}

export const CLOSE_FORBIDDEN = 4403;

/** Reads what live subscriptions need: who may still listen, and the records an event names. */
export class LiveService {
  private readonly records = new WeakMap<LiveEvent, Promise<UsageRecord[]>>();

  constructor(
    private readonly ds: DataSource,
    readonly bus: LiveBus,
  ) {}

  /**
   * Is the connection's member still active (and its session or API key live)? Reads the
   * role as it is now into the caller (a demoted admin sees only their own usage from now on).
   */
  async recheck(conn: LiveConnection): Promise<boolean> {
    const c = conn.caller;
    // the organization's rows, and the user's own sessions (row-level security)
    const rows: Array<{ role: Role }> = await inScope(this.ds, { organizationId: c.organizationId, userId: c.userId }, (em) =>
      c.apiKeyId
        ? em.query(
            `SELECT m.role FROM api_keys k JOIN memberships m ON m.id = k.membership_id AND m.organization_id = k.organization_id
            WHERE k.id = $1 AND k.revoked_at IS NULL AND m.id = $2 AND m.organization_id = $3 AND m.status = 'ACTIVE'`,
            [c.apiKeyId, c.membershipId, c.organizationId],
          )
        : em.query(
            `SELECT m.role FROM sessions s JOIN memberships m ON m.id = s.membership_id
            WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.id = $2 AND m.organization_id = $3 AND m.status = 'ACTIVE'`,
            [c.sessionId, c.membershipId, c.organizationId],
          ),
    );
    if (!rows.length) return false;
    c.role = rows[0].role;
    return true;
  }

  /** Once per event and connection, however many subscriptions the connection has. */
  recheckFor(conn: LiveConnection, event: LiveEvent): Promise<boolean> {
    conn.checked ??= new WeakMap();
    let p = conn.checked.get(event);
    if (!p) conn.checked.set(event, (p = this.recheck(conn)));
    return p;
  }

  /** The records an event names, read once per node whatever the number of subscribers, oldest first. */
  recordsOf(event: LiveEvent): Promise<UsageRecord[]> {
    let p = this.records.get(event);
    if (!p) {
      p = event.usageIds.length
        ? inTenant(this.ds, event.organizationId, (em) =>
            em.getRepository(UsageRecord).findBy({ id: In(event.usageIds), organizationId: event.organizationId }),
          ).then((rows) => rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()))
        : Promise.resolve([]);
      this.records.set(event, p);
    }
    return p;
  }
}

/** OWNER and ADMIN (and their keys) see every member's usage; MEMBER and GUEST only their own. */
export function maySee(caller: Caller, record: UsageRecord): boolean {
  return record.membershipId === caller.membershipId || callerCan(caller, Permission.UsageReadAllMembers);
}
