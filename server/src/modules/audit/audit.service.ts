import type { EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  organizationId: string;
  actorMembershipId: string | null;
  action: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes an audit event inside the caller's transaction, so it lands with the change or not at all. */
export async function recordAudit(em: EntityManager, entry: AuditEntry): Promise<void> {
  await em.getRepository(AuditEvent).insert({
    organizationId: entry.organizationId,
    actorMembershipId: entry.actorMembershipId,
    action: entry.action,
    targetId: entry.targetId ?? null,
    details: (entry.details ?? null) as never,
  });
}
