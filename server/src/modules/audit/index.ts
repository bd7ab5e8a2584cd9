/** The audit module's public file: what other modules may use. */
export { AuditEvent } from './audit-event.entity';
export { recordAudit } from './audit.service';
export type { AuditActor, AuditEntry } from './audit.service';
