import type { EntityManager } from 'typeorm';
import type { User } from '../users';
import { passwordResetMail, verifyEmailMail } from './account.templates';
import { MailKind } from './mail.kinds';
import { queueEmail } from './mail.notifier';

/**
 * Queues the account emails (verification and reset links) in the outbox, inside the
 * caller's transaction. Outbox rows belong to an organization: an account email is filed
 * under the transaction's organization when the user belongs to it (row-level security: the
 * row must be in the tenant being written), else under the user's most recently used
 * membership (every account has one, removed ones included); it names no other organization.
 */
export class AccountMailer {
  constructor(private readonly appUrl: string) {}

  private async organizationOf(em: EntityManager, userId: string): Promise<string | null> {
    const [row]: Array<{ organization_id: string }> = await em.query(
      `SELECT organization_id FROM memberships WHERE user_id = $1
        ORDER BY (organization_id = app_organization_id()) IS TRUE DESC, (status = 'ACTIVE') DESC, last_active_at DESC NULLS LAST, created_at ASC LIMIT 1`,
      [userId],
    );
    return row?.organization_id ?? null;
  }

  async verification(em: EntityManager, user: User, token: string, ttlHours: number): Promise<void> {
    const organizationId = await this.organizationOf(em, user.id);
    if (!organizationId) return;
    const link = `${this.appUrl}/verify-email?token=${encodeURIComponent(token)}`;
    await queueEmail(em, {
      organizationId,
      membershipId: null,
      kind: MailKind.VerifyEmail,
      to: user.email,
      mail: verifyEmailMail({ name: user.name, link, ttlHours }),
    });
  }

  async passwordReset(em: EntityManager, user: User, token: string, ttlMinutes: number): Promise<void> {
    const organizationId = await this.organizationOf(em, user.id);
    if (!organizationId) return;
    const link = `${this.appUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await queueEmail(em, {
      organizationId,
      membershipId: null,
      kind: MailKind.PasswordReset,
      to: user.email,
      mail: passwordResetMail({ name: user.name, link, ttlMinutes }),
    });
  }
}
