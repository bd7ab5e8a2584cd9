import type { EntityManager } from 'typeorm';
import { setScope } from '../../common/tenant';
import { recordAudit } from '../audit';
import { RecoveryCode, revokeSessions, useUpTokens } from '../auth';
import { User } from '../users';

/**
 * Pre-hijacking defence (issue 10). Anyone can sign up with an address they do not own and
 * wait for an organization to add that address; attached as it is, the account (and the
 * attacker's password) would then open the new organization. So addMember trusts an existing
 * account only when its email is verified (the password holder also proved the mailbox, see
 * EmailVerificationService). An unverified account is instead handed to whoever reads the
 * mailbox, in the transaction that adds the membership:
 *
 * - its password becomes the temporary password the admin chose, emailed to the address (or,
 *   with sendEmail: false, shown once to the admin, who hands it over in person); the old
 *   password stops working at once, and the new one must be changed at first sign-in and
 *   expires like any temporary password;
 * - every session of the account, in every organization, is revoked, and every API key of
 *   its memberships is revoked: nothing the previous password holder opened keeps working;
 * - the second factor and its recovery codes are removed (an attacker who enrolled their own
 *   device would otherwise still hold the account), and every outstanding reset, verification
 *   and MFA token is used up;
 * - the name becomes the one the admin entered.
 *
 * What stays: the account's memberships. An organization the previous holder created at
 * sign-up stays with the account, which the mailbox owner now controls; the previous holder
 * can no longer sign in to it (no password, no session, no key). Each such organization gets
 * an audit event `user.account_handed_over`. The email stays unverified until the new holder
 * verifies it or resets the password through the emailed link.
 *
 * Why this is safe for a real (but unverified) owner: they lose nothing they cannot get back
 * by reading their own mailbox: the email carries the new password (or the admin does), and a
 * password reset link works as well.
 */
export async function handOverAccount(
  em: EntityManager,
  user: User,
  change: { name: string; passwordHash: string; temporaryPasswordExpiresAt: Date; byOrganizationId: string },
): Promise<void> {
  await em.getRepository(User).update(
    { id: user.id },
    {
      name: change.name,
      passwordHash: change.passwordHash,
      mustChangePassword: true,
      temporaryPasswordExpiresAt: change.temporaryPasswordExpiresAt,
      passwordChangedAt: new Date(),
      totpSecret: null,
      totpPendingSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    },
  );
  // the account's own rows in every organization (sessions, memberships, tokens, codes), then
  // each other organization in turn: row-level security (docs/security.md); the scope is put
  // back to the adding organization alone at the end
  await setScope(em, { organizationId: change.byOrganizationId, userId: user.id });
  await em.getRepository(RecoveryCode).delete({ userId: user.id });
  await useUpTokens(em, user.id, ['password_reset', 'email_verification', 'mfa_login']);
  await revokeSessions(em, { userId: user.id }, 'account_handed_over');
  const revokeKeys = () =>
    em.query(
      `UPDATE api_keys SET revoked_at = now()
        WHERE revoked_at IS NULL AND membership_id IN (SELECT id FROM memberships WHERE user_id = $1)`,
      [user.id],
    );
  await revokeKeys();
  const others: Array<{ id: string; organization_id: string }> = await em.query(
    `SELECT id, organization_id FROM memberships WHERE user_id = $1 AND organization_id <> $2`,
    [user.id, change.byOrganizationId],
  );
  for (const m of others) {
    await setScope(em, { organizationId: m.organization_id, userId: user.id });
    await revokeKeys();
    await recordAudit(
      em,
      {
        organizationId: m.organization_id,
        membershipId: null as unknown as string /* no actor: the system did it (an actor from another organization must not show here) */,
      },
      {
        action: 'user.account_handed_over',
        targetId: m.id,
        details: { reason: 'unverified_email_added_elsewhere' },
      },
    );
  }
  await setScope(em, { organizationId: change.byOrganizationId });
}
