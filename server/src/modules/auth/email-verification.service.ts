import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { Caller } from '../../common/auth/caller';
import { badInput } from '../../common/errors';
import { inScope } from '../../common/tenant';
import type { AccountMailer } from '../mail';
import { User } from '../users';
import { issueAccountToken, lockUsableToken } from './account-tokens';
import type { Throttle } from './throttle';

const INVALID_LINK = 'This confirmation link is not valid for your account: it may have expired or been used already. Ask for a new one.';

/**
 * Proving the mailbox. Sign-up leaves the email unverified and sends a link; verifyEmail
 * takes the token from that link.
 *
 * verifyEmail needs the signed-in session of the account the link was sent for (and one that
 * has replaced any temporary password). Both halves are needed: someone who signs up with an
 * address they do not own cannot read the link, and the owner of the mailbox who opens a link
 * they never asked for cannot, by that click, vouch for an account whose password someone else
 * chose. So a verified account is one whose password holder also reads the mailbox, which is
 * what addMember relies on to attach an existing account as it is.
 */
export class EmailVerificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly mailer: AccountMailer,
    private readonly throttle: Throttle,
  ) {}

  /** Queues a verification link for the user inside the caller's transaction. */
  async send(em: EntityManager, user: User): Promise<void> {
    const token = await issueAccountToken(em, {
      purpose: 'email_verification',
      userId: user.id,
      email: user.email,
      ttlMs: this.config.emailVerificationTtlHours * 3600_000,
    });
    await this.mailer.verification(em, user, token, this.config.emailVerificationTtlHours);
  }

  /** Sends a new link; false when the email is already verified (nothing is sent). */
  async resend(caller: Caller): Promise<boolean> {
    const user = await this.ds.getRepository(User).findOneByOrFail({ id: caller.userId });
    if (user.emailVerified) return false;
    const reservation = await this.throttle.reserve(this.throttle.verificationKeys(user.id));
    try {
      await inScope(this.ds, { organizationId: caller.organizationId, userId: caller.userId }, (em) => this.send(em, user));
    } finally {
      await reservation.settle('success');
    }
    return true;
  }

  async verify(caller: Caller, token: string): Promise<User> {
    // the link's row is visible in the caller's own scope only if it is theirs
    return inScope(this.ds, { organizationId: caller.organizationId, userId: caller.userId }, async (em) => {
      const row = await lockUsableToken(em, token, 'email_verification');
      const user = await em.getRepository(User).findOne({ where: { id: caller.userId }, lock: { mode: 'pessimistic_write' } });
      // a link for another account, or for an address the account no longer has, is not valid here
      if (!row || !user || row.userId !== user.id || row.email !== user.email) throw badInput(INVALID_LINK, 'token');
      await em.query(`UPDATE account_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      if (!user.emailVerified) {
        await em.getRepository(User).update({ id: user.id }, { emailVerified: true, emailVerifiedAt: new Date() });
      }
      return em.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }
}
