import type { EntityManager } from 'typeorm';
import { loadRunwayBases, runwayOf, runwaySentence } from '../credits';
import type { BillingNotifier } from '../credits';
import type { WebhookNotifier } from '../webhooks';
import { Membership } from '../members';
import type { MemberNotifier } from '../members';
import { Organization } from '../organizations';
import { User } from '../users';
import { accountHandedOverMail } from './account.templates';
import { MailKind } from './mail.kinds';
import {
  addedExistingMail,
  credentialsMail,
  credentialsReissuedMail,
  lowBalanceMail,
  ownershipGivenMail,
  ownershipReceivedMail,
  removedMail,
  webhookDisabledMail,
  RenderedMail,
} from './mail.templates';
import { OutboxEmail } from './outbox.entity';

export interface QueuedEmail {
  organizationId: string;
  membershipId: string | null;
  kind: MailKind;
  to: string;
  mail: RenderedMail;
}

/**
 * Writes an email to the outbox with the caller's EntityManager, so it commits with the
 * change that caused it (or not at all). Nothing is sent here: the worker delivers after commit.
 */
export async function queueEmail(em: EntityManager, e: QueuedEmail): Promise<void> {
  await em.getRepository(OutboxEmail).insert({
    organizationId: e.organizationId,
    membershipId: e.membershipId,
    kind: e.kind,
    to: e.to,
    subject: e.mail.subject,
    text: e.mail.text,
    html: e.mail.html,
  });
}

const roleName = (role: string) => role.charAt(0) + role.slice(1).toLowerCase();

/** The member lifecycle's emails, queued in the outbox. */
export class OutboxMemberNotifier implements MemberNotifier {
  constructor(private readonly appUrl: string) {}

  /** What every invitation-style email says: who, where, added by whom, with which role. */
  private invitation(e: { member: Membership; user: User; organization: Organization; inviter: User }) {
    return {
      appUrl: this.appUrl,
      name: e.user.name,
      email: e.user.email,
      organizationName: e.organization.name,
      inviterName: e.inviter.name,
      role: roleName(e.member.role),
    };
  }

  async memberAdded(em: EntityManager, e: Parameters<MemberNotifier['memberAdded']>[1]): Promise<void> {
    const base = this.invitation(e);
    const password = e.existingUser ? null : e.temporaryPassword;
    if (password && e.handedOver) {
      await queueEmail(em, {
        organizationId: e.organization.id,
        membershipId: e.member.id,
        kind: MailKind.AccountHandedOver,
        to: e.user.email,
        mail: accountHandedOverMail({
          ...base,
          temporaryPassword: password,
          signInUrl: `${this.appUrl}/sign-in`,
          expiresAt: e.temporaryPasswordExpiresAt ?? new Date(),
        }),
      });
      return;
    }
    await queueEmail(em, {
      organizationId: e.organization.id,
      membershipId: e.member.id,
      kind: password ? MailKind.Credentials : MailKind.AddedExisting,
      to: e.user.email,
      mail: password ? credentialsMail({ ...base, temporaryPassword: password }) : addedExistingMail(base),
    });
  }

  async credentialsReissued(em: EntityManager, e: Parameters<MemberNotifier['credentialsReissued']>[1]): Promise<void> {
    await queueEmail(em, {
      organizationId: e.organization.id,
      membershipId: e.member.id,
      kind: MailKind.CredentialsReissued,
      to: e.user.email,
      mail: credentialsReissuedMail({ ...this.invitation(e), temporaryPassword: e.temporaryPassword }),
    });
  }

  async memberRemoved(em: EntityManager, e: Parameters<MemberNotifier['memberRemoved']>[1]): Promise<void> {
    await queueEmail(em, {
      organizationId: e.organization.id,
      membershipId: e.member.id,
      kind: MailKind.Removed,
      to: e.user.email,
      mail: removedMail({ appUrl: this.appUrl, name: e.user.name, organizationName: e.organization.name }),
    });
  }

  async ownershipTransferred(em: EntityManager, e: Parameters<MemberNotifier['ownershipTransferred']>[1]): Promise<void> {
    const organizationName = e.organization.name;
    const memberships = await em.getRepository(Membership).find({
      where: [
        { organizationId: e.organization.id, userId: e.to.id },
        { organizationId: e.organization.id, userId: e.from.id },
      ],
    });
    const membershipOf = (userId: string) => memberships.find((m) => m.userId === userId)?.id ?? null;
    await queueEmail(em, {
      organizationId: e.organization.id,
      membershipId: membershipOf(e.to.id),
      kind: MailKind.OwnershipReceived,
      to: e.to.email,
      mail: ownershipReceivedMail({ appUrl: this.appUrl, name: e.to.name, organizationName, fromName: e.from.name }),
    });
    await queueEmail(em, {
      organizationId: e.organization.id,
      membershipId: membershipOf(e.from.id),
      kind: MailKind.OwnershipGiven,
      to: e.from.email,
      mail: ownershipGivenMail({ appUrl: this.appUrl, name: e.from.name, organizationName, toName: e.to.name, toEmail: e.to.email }),
    });
  }
}

/** The organization's active OWNERs and ADMINs, oldest first: who gets alerts. */
export function managers(
  em: EntityManager,
  organizationId: string,
): Promise<Array<{ membership_id: string; name: string; email: string }>> {
  return em
    .getRepository(Membership)
    .createQueryBuilder('m')
    .innerJoin(User, 'u', 'u.id = m.user_id')
    .select(['m.id AS membership_id', 'u.name AS name', 'u.email AS email'])
    .where('m.organization_id = :org', { org: organizationId })
    .andWhere(`m.status = 'ACTIVE'`)
    .andWhere(`m.role IN ('OWNER', 'ADMIN')`)
    .orderBy('m.created_at', 'ASC')
    .getRawMany();
}

/** Billing alerts, queued in the outbox: one email to each active OWNER and ADMIN. */
export class OutboxBillingNotifier implements BillingNotifier {
  constructor(private readonly appUrl: string) {}

  async lowBalanceCrossed(em: EntityManager, e: Parameters<BillingNotifier['lowBalanceCrossed']>[1]): Promise<void> {
    const organization = await em.getRepository(Organization).findOneByOrFail({ id: e.organizationId });
    // read in the crossing's own transaction: the spend that crossed is in the rollup already
    const basis = (await loadRunwayBases(em, [e.organizationId])).get(e.organizationId);
    const runway = basis ? runwaySentence(runwayOf(e.balanceMicros, basis.spent, basis.basisDays)) : null;
    const recipients = await managers(em, e.organizationId);
    for (const r of recipients) {
      await queueEmail(em, {
        organizationId: e.organizationId,
        membershipId: r.membership_id,
        kind: MailKind.LowBalance,
        to: r.email,
        mail: lowBalanceMail({
          appUrl: this.appUrl,
          name: r.name,
          organizationName: organization.name,
          balanceMicros: e.balanceMicros,
          thresholdMicros: e.thresholdMicros,
          runway,
        }),
      });
    }
  }
}

/** Webhook alerts, queued in the outbox: one email to each active OWNER and ADMIN. */
export class OutboxWebhookNotifier implements WebhookNotifier {
  constructor(private readonly appUrl: string) {}

  async endpointDisabled(em: EntityManager, e: Parameters<WebhookNotifier['endpointDisabled']>[1]): Promise<void> {
    const organization = await em.getRepository(Organization).findOneByOrFail({ id: e.organizationId });
    for (const r of await managers(em, e.organizationId)) {
      await queueEmail(em, {
        organizationId: e.organizationId,
        membershipId: r.membership_id,
        kind: MailKind.WebhookDisabled,
        to: r.email,
        mail: webhookDisabledMail({
          appUrl: this.appUrl,
          name: r.name,
          organizationName: organization.name,
          url: e.url,
          failures: e.failures,
          lastError: e.lastError,
        }),
      });
    }
  }
}
