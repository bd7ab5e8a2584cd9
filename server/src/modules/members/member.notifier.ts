import type { EntityManager } from 'typeorm';
import type { Organization } from '../organizations';
import type { User } from '../users';
import type { Membership } from './member.entity';

/**
 * What the member lifecycle tells people. Each call runs inside the change's transaction,
 * so whatever it queues (the email outbox) commits with the change or not at all.
 */
export interface MemberNotifier {
  memberAdded(
    em: EntityManager,
    e: {
      member: Membership;
      user: User;
      organization: Organization;
      inviter: User;
      /** Only for a new account, when email is on: the temporary password to send. */
      temporaryPassword: string | null;
      existingUser: boolean;
      /** An unverified account was handed to the mailbox owner (account-handover.ts): the email carries its new password. */
      handedOver?: boolean;
      temporaryPasswordExpiresAt?: Date | null;
    },
  ): Promise<void>;
  credentialsReissued(
    em: EntityManager,
    e: { member: Membership; user: User; organization: Organization; inviter: User; temporaryPassword: string },
  ): Promise<void>;
  memberRemoved(em: EntityManager, e: { member: Membership; user: User; organization: Organization }): Promise<void>;
  ownershipTransferred(em: EntityManager, e: { organization: Organization; from: User; to: User }): Promise<void>;
}

/** Sends nothing: used where no mail is wanted (some tests, scripts). */
export const silentNotifier: MemberNotifier = {
  memberAdded: async () => undefined,
  credentialsReissued: async () => undefined,
  memberRemoved: async () => undefined,
  ownershipTransferred: async () => undefined,
};
