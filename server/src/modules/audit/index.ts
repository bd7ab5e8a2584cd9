/** The audit module's public file: what other modules may use. */
export { recordAudit } from './audit.service';
