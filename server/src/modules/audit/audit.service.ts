import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { decodeCursor, pageSize, toPage } from '../../common/pagination';
import { inTenant } from '../../common/tenant';
import { AuditEvent } from './audit-event.entity';

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

/** Reading the audit log: management actions of the caller's organization, newest first. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  list(caller: Caller, page: { first?: number | null; after?: string | null }) {
    return inTenant(this.ds, caller.organizationId, (em) => this.listIn(em, caller, page));
  }

  private async listIn(em: EntityManager, caller: Caller, page: { first?: number | null; after?: string | null }) {
    const size = pageSize(page.first);
    const cursor = decodeCursor(page.after);
    const qb = em.getRepository(AuditEvent).createQueryBuilder('a').where('a.organization_id = :org', { org: caller.organizationId });
    const totalCount = await qb.clone().getCount();
    if (cursor) qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
    const rows = await qb
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return { ...toPage(rows, size, (a) => ({ at: a.createdAt, id: a.id })), totalCount };
  }
}
