import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { badInput, notFound } from '../../common/errors';
import { Cursor, decodeCursor, pageSize, toPage } from '../../common/pagination';
import { inTenant } from '../../common/tenant';
import { requireId } from '../../common/validate';
import { AuditEvent } from './audit-event.entity';
import { actionsIn, actorNamesIn, AuditScope, countIn, pageIn } from './audit.query';

/** Who did it: a membership of an organization (usually the Caller). */
export type AuditActor = Pick<Caller, 'organizationId' | 'membershipId'>;

export interface AuditEntry {
  /** e.g. member.added, credits.adjusted. */
  action: string;
  targetId?: string | null;
  /** Usually { before, after } plus what else explains the change. */
  details?: Record<string, unknown>;
}

/** Writes an audit event inside the caller's transaction, so it lands with the change or not at all. */
export async function recordAudit(em: EntityManager, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await em.getRepository(AuditEvent).insert({
    organizationId: actor.organizationId,
    actorMembershipId: actor.membershipId,
    action: entry.action,
    targetId: entry.targetId ?? null,
    details: (entry.details ?? null) as never,
  });
}

/** The audit log's optional filters, as a client sends them. */
export interface AuditFilter {
  actorId?: string | null;
  actions?: string[] | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const MAX_ACTIONS = 30;
const ACTION = /^[a-z][a-z0-9_.]{0,59}$/;

/** A page of the log; `count` runs only when totalCount is selected. */
export interface AuditPage {
  nodes: AuditEvent[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  count: () => Promise<number>;
}

/** Reading the audit log: management actions of the caller's organization, newest first. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** Checks a filter against the caller's organization: an actor of another organization is NOT_FOUND. */
  async scope(caller: Caller, filter: AuditFilter): Promise<AuditScope> {
    const org = caller.organizationId;
    const from = filter.from ?? null;
    const to = filter.to ?? null;
    if (from && to && from >= to) throw badInput('`from` must be before `to`.', 'from');
    const actions = [...new Set(filter.actions ?? [])];
    if (actions.length > MAX_ACTIONS) throw badInput(`Filter by at most ${MAX_ACTIONS} actions at once.`, 'actions');
    const wrong = actions.find((a) => !ACTION.test(a));
    if (wrong !== undefined) throw badInput(`"${wrong.slice(0, 60)}" is not an action name such as member.role_changed.`, 'actions');
    const targetId = filter.targetId ? requireId(filter.targetId, 'The target', notFound) : null;
    let actorId: string | null = null;
    if (filter.actorId) {
      actorId = requireId(filter.actorId, 'The member', notFound);
      const [m] = await inTenant(this.ds, org, (em) =>
        em.query('SELECT 1 FROM memberships WHERE id = $1 AND organization_id = $2', [actorId, org]),
      );
      if (!m) throw notFound('The member');
    }
    return { organizationId: org, actorId, actions, targetId, from, to };
  }

  async list(caller: Caller, filter: AuditFilter & { first?: number | null; after?: string | null }): Promise<AuditPage> {
    const size = pageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const scope = await this.scope(caller, filter);
    const rows = await inTenant(this.ds, scope.organizationId, (em) => pageIn(em, scope, cursor, size + 1));
    let counted: Promise<number> | undefined;
    return {
      ...toPage(rows, size, (a) => ({ at: a.createdAt, id: a.id })),
      count: () => (counted ??= inTenant(this.ds, scope.organizationId, (em) => countIn(em, scope))),
    };
  }

  /** The action names recorded in the caller's organization (for the filter's choices). */
  actions(caller: Caller): Promise<string[]> {
    return inTenant(this.ds, caller.organizationId, (em) => actionsIn(em, caller.organizationId));
  }

  /** Every matching event, newest first, `batch` at a time, each batch its own short transaction (the CSV export). */
  async *exportPages(scope: AuditScope, batch = 1000): AsyncGenerator<{ rows: AuditEvent[]; names: Map<string, string> }> {
    let cursor: Cursor | null = null;
    for (;;) {
      const { rows, names } = await inTenant(this.ds, scope.organizationId, async (em) => {
        const page = await pageIn(em, scope, cursor, batch);
        return { rows: page, names: await actorNamesIn(em, page) };
      });
      if (rows.length > 0) yield { rows, names };
      if (rows.length < batch) return;
      const last = rows[rows.length - 1];
      cursor = { at: last.createdAt, id: last.id };
    }
  }
}
