import DataLoader from 'dataloader';
import type { TenantDb } from '../../common/tenant';
import { STATUS_KINDS } from '../mail';

/**
 * The last delivery error of each member's latest credentials/welcome email (the email
 * behind emailStatus), or null: none sent, delivered, not failed yet, or the admin chose
 * not to email (NOT_SENT), which an older failed email must not contradict.
 */
const EMAIL_ERRORS_SQL = `
  SELECT DISTINCT ON (o.membership_id) o.membership_id, o.last_error
    FROM email_outbox o
    JOIN memberships m ON m.id = o.membership_id
   WHERE o.membership_id = ANY($1::uuid[]) AND o.kind = ANY($2::text[]) AND m.email_status <> 'NOT_SENT'
   ORDER BY o.membership_id, o.created_at DESC, o.id DESC`;

/** Per-request loaders of the members module (spread into common/loaders.ts). */
export function memberLoaders(db: TenantDb) {
  return {
    emailError: new DataLoader<string, string | null>(async (membershipIds) => {
      const rows: Array<{ membership_id: string; last_error: string | null }> = await db.run((em) =>
        em.query(EMAIL_ERRORS_SQL, [[...membershipIds], [...STATUS_KINDS]]),
      );
      const map = new Map(rows.map((r) => [r.membership_id, r.last_error]));
      return membershipIds.map((id) => map.get(id) ?? null);
    }),
  };
}
