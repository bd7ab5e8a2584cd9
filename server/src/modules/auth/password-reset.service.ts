import type { DataSource } from 'typeorm';
import type { Config } from '../../config';
import { badInput } from '../../common/errors';
import { hashPassword } from '../../common/auth/passwords';
import { requireStrongPassword } from '../../common/validate';
import { recordAudit } from '../audit';
import type { AccountMailer } from '../mail';
import { User } from '../users';
import { issueAccountToken, lockUsableToken, useUpTokens } from './account-tokens';
import { revokeSessions } from './session.revoke';
import type { Throttle } from './throttle';

const INVALID_LINK = 'This reset link is not valid: it may have expired or been used already. Ask for a new one.';

/**
 * Forgotten passwords. `request` answers the same for every email, doing the same work either
 * way (a token is drawn, hashed and stored; for an unknown address it is stored without a user
 * and can never be used), so neither the answer nor its time says whether an account exists.
 * The link is single-use, stored hashed, and works for 30 minutes. Using it proves the mailbox,
 * so it also verifies the email; it ends every session of the account.
 */
export class PasswordResetService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly mailer: AccountMailer,
    private readonly throttle: Throttle,
  ) {}

  async request(rawEmail: string, ip: string): Promise<boolean> {
    const email = String(rawEmail ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 320);
    const reservation = await this.throttle.reserve(this.throttle.resetRequestKeys(email, ip));
    try {
      await this.ds.transaction(async (em) => {
        const user = email ? await em.getRepository(User).findOneBy({ email }) : null;
        const token = await issueAccountToken(em, {
          purpose: 'password_reset',
          userId: user?.id ?? null,
          email,
          ttlMs: this.config.passwordResetTtlMinutes * 60_000,
        });
        if (user) await this.mailer.passwordReset(em, user, token, this.config.passwordResetTtlMinutes);
      });
    } finally {
      await reservation.settle('success');
    }
    return true;
  }

  async reset(token: string, newPassword: string, ip: string): Promise<boolean> {
    const reservation = await this.throttle.reserve(this.throttle.resetKeys(ip));
    let ok = false;
    try {
      const found = await this.ds.transaction((em) => lockUsableToken(em, token, 'password_reset'));
      if (!found) throw badInput(INVALID_LINK, 'token');
      const user = await this.ds.getRepository(User).findOneByOrFail({ id: found.userId! });
      requireStrongPassword(newPassword, { email: user.email, name: user.name }, 'newPassword');
      const passwordHash = await this.throttle.bcrypt(() => hashPassword(newPassword, this.config.bcryptCost));
      await this.ds.transaction(async (em) => {
        // checked again on the locked row: two parallel resets with one link, one wins
        const row = await lockUsableToken(em, token, 'password_reset');
        if (!row) throw badInput(INVALID_LINK, 'token');
        await em.getRepository(User).update(
          { id: user.id },
          {
            passwordHash,
            mustChangePassword: false,
            temporaryPasswordExpiresAt: null,
            passwordChangedAt: new Date(),
            emailVerified: true,
            emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
          },
        );
        await useUpTokens(em, user.id, ['password_reset', 'mfa_login']);
        await revokeSessions(em, { userId: user.id }, 'password_reset');
        const memberships: Array<{ id: string; organization_id: string }> = await em.query(
          `SELECT id, organization_id FROM memberships WHERE user_id = $1`,
          [user.id],
        );
        for (const m of memberships) {
          await recordAudit(
            em,
            { organizationId: m.organization_id, membershipId: m.id },
            {
              action: 'user.password_reset',
              targetId: m.id,
              details: { via: 'emailed_link' },
            },
          );
        }
      });
      ok = true;
      return true;
    } finally {
      await reservation.settle(ok ? 'success' : 'failure');
    }
  }
}
