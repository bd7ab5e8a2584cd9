import {
  canAssignRole,
  canChangeRole,
  canLeave,
  canReactivate,
  canRemove,
  canResendCredentials,
  canSuspend,
  canTransferOwnership,
  MemberActor as Actor,
  MemberTarget as Target,
  PolicyRefusal as Refusal,
  formatCredits,
} from '@orgpulse/shared';
import type { MemberStatus, Role } from '@orgpulse/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { hashPassword } from '../../common/auth/passwords';
import { decodeCursor, pageSize, toPage } from '../../common/pagination';
import { cleanName, normalizeEmail, requireId, requireStrongPassword } from '../../common/validate';
import { inTenant, scopedRead } from '../../common/tenant';
import { recordAudit } from '../audit';
import { emitWebhookEvent, WebhookEventType } from '../webhooks';
import { isUniqueViolation } from '../../common/pg-errors';
import { RevokeReason, revokeSessions } from '../auth';
import { Organization } from '../organizations';
import { User } from '../users';
import { handOverAccount } from './account-handover';
import { Membership } from './member.entity';
import { loadRemovalImpacts, setRemovalImpactAtRemoval } from './member.loaders';
import { EmailStatus } from './member.enums';
import { readMembersPage } from './member.page';
import type { MemberFilter } from './member.page';
import type { MemberNotifier } from './member.notifier';

/** The most members or keys one bulk action takes (the review panel's page). */
const MAX_BULK = 100;

export interface AddMemberInput {
  name: string;
  email: string;
  temporaryPassword: string;
  role?: Role | null;
  sendEmail?: boolean | null;
}

function enforce(refusal: Refusal | null): void {
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

const actorOf = (caller: Caller): Actor => ({ membershipId: caller.membershipId, role: caller.role });
const targetOf = (m: Membership): Target => ({ id: m.id, role: m.role, status: m.status });

/** The member lifecycle (docs/PRODUCT.md §3): add, change role, remove, suspend, transfer. */
/** The webhook event of a status change (leaving is a removal by oneself: member.removed too). */
const STATUS_EVENTS: Record<string, WebhookEventType | undefined> = {
  'member.removed': WebhookEventType.MEMBER_REMOVED,
  'member.left': WebhookEventType.MEMBER_REMOVED,
  'member.suspended': WebhookEventType.MEMBER_SUSPENDED,
  'member.reactivated': WebhookEventType.MEMBER_REACTIVATED,
};

export class MemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly config: Config,
    private readonly notifier: () => MemberNotifier,
    /** Re-checks the caller's password, throttled (AuthService.confirmPassword). */
    private readonly confirmPassword: (caller: Caller, password: string, ip: string) => Promise<User>,
    /** The user's memberships in every organization (AuthService.organizationCount, a cross-tenant count). */
    private readonly organizationCount: (userId: string) => Promise<number>,
  ) {}

  /** One page and the count: one statement in one round trip (member.page.ts, common/tenant.ts scopedRead). */
  async list(caller: Caller, filter: MemberFilter) {
    const first = pageSize(filter.first);
    const cursor = decodeCursor(filter.after);
    const scope = { organizationId: caller.organizationId };
    const { nodes, totalCount } = await readMembersPage(
      // prepared: parsed and planned once per connection, not on every page
      (sql, params) => scopedRead(this.ds, scope, sql, params, { prepared: true }),
      caller,
      filter,
      first,
      cursor,
    );
    return { ...toPage(nodes, first, (m) => ({ at: m.createdAt, id: m.id })), totalCount };
  }

  /** A member of the caller's organization; any other id is simply not found. */
  async get(caller: Caller, id: string): Promise<Membership> {
    const memberId = requireId(id, 'The member', notFound);
    const member = await inTenant(this.ds, caller.organizationId, (em) =>
      em.getRepository(Membership).findOneBy({ id: memberId, organizationId: caller.organizationId }),
    );
    if (!member) throw notFound('The member');
    return member;
  }

  /**
   * Adds a member. A verified existing account is attached as it is (its password untouched);
   * an unverified one is handed to the mailbox owner (account-handover.ts) and answers
   * `existingUser: false`, like a new account.
   */
  async add(caller: Caller, input: AddMemberInput) {
    const role = input.role ?? 'MEMBER';
    enforce(canAssignRole(actorOf(caller), role));
    const name = cleanName(input.name);
    const email = normalizeEmail(input.email);
    const sendEmail = input.sendEmail ?? true;
    const existing = await this.ds.getRepository(User).findOneBy({ email });
    let passwordHash: string | null = null;
    if (!existing?.emailVerified) {
      requireStrongPassword(input.temporaryPassword, { email, name }, 'temporaryPassword');
      passwordHash = await hashPassword(input.temporaryPassword, this.config.bcryptCost);
    }
    const temporaryPasswordExpiresAt = new Date(Date.now() + this.config.tempPasswordTtlDays * 86_400_000);
    try {
      return await inTenant(this.ds, caller.organizationId, async (em) => {
        // the account row is locked: a verification or a second hand-over cannot interleave
        let user = existing
          ? await em.getRepository(User).findOne({ where: { id: existing.id }, lock: { mode: 'pessimistic_write' } })
          : null;
        if (existing && !user) throw conflict(`${email} changed meanwhile. Try again.`);
        if (user && !user.emailVerified && !passwordHash) {
          // verified when we looked, unverified now: cannot happen (verification is one-way); refuse rather than guess
          throw conflict(`${email} changed meanwhile. Try again.`);
        }
        const existingUser = !!user?.emailVerified;
        const handOver = !!user && !existingUser;
        if (!user) {
          user = await em.getRepository(User).save(
            em.getRepository(User).create({
              name,
              email,
              passwordHash: passwordHash!,
              mustChangePassword: true,
              temporaryPasswordExpiresAt,
            }),
          );
        }
        const repo = em.getRepository(Membership);
        let member = await repo.findOne({
          where: { organizationId: caller.organizationId, userId: user.id },
          lock: { mode: 'pessimistic_write' },
        });
        const emailStatus = sendEmail ? EmailStatus.PENDING : EmailStatus.NOT_SENT;
        if (member && member.status !== 'REMOVED') {
          throw conflict(`${email} is already a member of this organization.`);
        }
        if (handOver) {
          await handOverAccount(em, user, {
            name,
            passwordHash: passwordHash!,
            temporaryPasswordExpiresAt,
            byOrganizationId: caller.organizationId,
          });
          user = await em.getRepository(User).findOneByOrFail({ id: user.id });
        }
        if (member) {
          // a removed member comes back: same membership, so their history stays in one place
          await repo.update(
            { id: member.id },
            { role, status: 'ACTIVE', invitedById: caller.membershipId, emailStatus, statusChangedAt: new Date() },
          );
          member = await repo.findOneByOrFail({ id: member.id });
        } else {
          member = await repo.save(
            repo.create({
              organizationId: caller.organizationId,
              userId: user.id,
              role,
              status: 'ACTIVE',
              invitedById: caller.membershipId,
              emailStatus,
            }),
          );
        }
        await recordAudit(em, caller, {
          action: 'member.added',
          targetId: member.id,
          details: { after: { email, role, status: 'ACTIVE' }, existingUser, sendEmail, ...(handOver ? { handedOver: true } : {}) },
        });
        await emitWebhookEvent(em, caller.organizationId, WebhookEventType.MEMBER_ADDED, {
          memberId: member.id,
          userId: user.id,
          email,
          name: user.name,
          role,
          actorMemberId: caller.membershipId,
        });
        if (sendEmail) {
          const [organization, inviter] = await this.orgAndInviter(em, caller);
          await this.notifier().memberAdded(em, {
            member,
            user,
            organization,
            inviter,
            existingUser,
            handedOver: handOver,
            temporaryPassword: existingUser ? null : input.temporaryPassword,
            temporaryPasswordExpiresAt: existingUser ? null : temporaryPasswordExpiresAt,
          });
        }
        return {
          member,
          existingUser,
          temporaryPassword: !sendEmail && !existingUser ? input.temporaryPassword : null,
          temporaryPasswordExpiresAt: existingUser ? null : temporaryPasswordExpiresAt,
        };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key') || isUniqueViolation(err, 'memberships_org_user_key')) {
        throw conflict(`${email} was just added by someone else. Refresh the member list.`);
      }
      throw err;
    }
  }

  private async orgAndInviter(em: EntityManager, caller: Caller): Promise<[Organization, User]> {
    return Promise.all([
      em.getRepository(Organization).findOneByOrFail({ id: caller.organizationId }),
      em.getRepository(User).findOneByOrFail({ id: caller.userId }),
    ]);
  }

  /**
   * Reads the target row FOR UPDATE in the caller's organization, with the actor's own row:
   * the policy is then applied to what was read (a concurrent demotion of the actor counts).
   */
  private async lockTarget(em: EntityManager, caller: Caller, memberId: string): Promise<{ member: Membership; actor: Actor }> {
    const { members, actor } = await this.lockTargets(em, caller, [memberId]);
    return { member: members[0], actor };
  }

  /** Like lockTarget for several members at once (one statement); any id not in the organization: NOT_FOUND. */
  private async lockTargets(em: EntityManager, caller: Caller, memberIds: string[]): Promise<{ members: Membership[]; actor: Actor }> {
    const ids = memberIds.map((id) => requireId(id, 'The member', notFound));
    // lock the targets and the actor together, in id order, so two admins acting on each
    // other queue instead of deadlocking; re-reading the actor applies a concurrent demotion
    const rows = await em
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.organization_id = :org AND m.id IN (:...ids)', { org: caller.organizationId, ids: [...ids, caller.membershipId] })
      .orderBy('m.id')
      .setLock('pessimistic_write')
      .getMany();
    const actor = rows.find((r) => r.id === caller.membershipId);
    const members = ids.map((id) => rows.find((r) => r.id === id));
    if (!actor || actor.status !== 'ACTIVE' || members.some((m) => !m)) throw notFound('The member');
    return { members: members as Membership[], actor: { membershipId: actor.id, role: actor.role } };
  }

  async updateRole(caller: Caller, memberId: string, role: Role): Promise<Membership> {
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const { member, actor } = await this.lockTarget(em, caller, memberId);
      enforce(canChangeRole(actor, targetOf(member), role));
      if (member.role === role) return member;
      await em.getRepository(Membership).update({ id: member.id }, { role });
      await recordAudit(em, caller, {
        action: 'member.role_changed',
        targetId: member.id,
        details: { before: { role: member.role }, after: { role } },
      });
      await emitWebhookEvent(em, caller.organizationId, WebhookEventType.MEMBER_ROLE_CHANGED, {
        memberId: member.id,
        before: { role: member.role },
        after: { role },
        actorMemberId: caller.membershipId,
      });
      return { ...member, role } as Membership;
    });
  }

  private async setStatus(
    caller: Caller,
    memberId: string,
    status: MemberStatus,
    check: (a: Actor, t: Target) => Refusal | null,
    action: string,
    notify = true,
  ) {
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const { member, actor } = await this.lockTarget(em, caller, memberId);
      enforce(check(actor, targetOf(member)));
      return this.applyStatus(em, caller, member, status, action, notify);
    });
  }

  /** One member's status change on its locked row, after the policy allowed it: sessions, audit, webhook, email. */
  private async applyStatus(em: EntityManager, caller: Caller, member: Membership, status: MemberStatus, action: string, notify: boolean) {
    // what the removal ends, read before it ends it (the dialog showed the same figures)
    const impact = status === 'REMOVED' ? (await loadRemovalImpacts(em, [member.id])).get(member.id)! : null;
    await em.getRepository(Membership).update({ id: member.id }, { status, statusChangedAt: new Date() });
    if (status !== 'ACTIVE') {
      // access ends at once: the auth check already refuses a non-active membership;
      // revoking its sessions also ends refresh tokens for good
      await revokeSessions(em, { membershipId: member.id }, action as RevokeReason);
    }
    await recordAudit(em, caller, {
      action,
      targetId: member.id,
      details: {
        before: { status: member.status },
        after: impact
          ? {
              status,
              apiKeysRevoked: impact.apiKeysRevoked,
              sessionsEnded: impact.activeSessions,
              resourcesKept: impact.resourcesCreated,
              creditsUsedThisMonth: formatCredits(impact.creditsUsedThisMonth),
            }
          : { status },
      },
    });
    const event = STATUS_EVENTS[action];
    if (event) {
      await emitWebhookEvent(em, caller.organizationId, event, {
        memberId: member.id,
        before: { status: member.status },
        after: { status },
        actorMemberId: caller.membershipId,
      });
    }
    const updated = { ...member, status } as Membership;
    if (impact) setRemovalImpactAtRemoval(updated, impact);
    if (status === 'REMOVED' && notify) {
      const [organization, user] = await Promise.all([
        em.getRepository(Organization).findOneByOrFail({ id: caller.organizationId }),
        em.getRepository(User).findOneByOrFail({ id: member.userId }),
      ]);
      await this.notifier().memberRemoved(em, { member: updated, user, organization });
    }
    return updated;
  }

  /** The caller leaves the organization (not the owner): like a removal, by themselves. */
  leave(caller: Caller) {
    return this.setStatus(caller, caller.membershipId, 'REMOVED', canLeave, 'member.left', false);
  }

  remove(caller: Caller, memberId: string) {
    return this.setStatus(caller, memberId, 'REMOVED', canRemove, 'member.removed');
  }

  suspend(caller: Caller, memberId: string) {
    return this.setStatus(caller, memberId, 'SUSPENDED', canSuspend, 'member.suspended');
  }

  /**
   * Suspends several members together (the access review): one transaction, all or nothing.
   * Every target is locked with the actor and checked by the same policy as suspendMember
   * before anything changes; each suspension is then what suspendMember does (sessions end,
   * one member.suspended audit event and webhook event each).
   */
  async suspendMany(caller: Caller, memberIds: string[]): Promise<Membership[]> {
    const ids = [...new Set(memberIds)];
    if (ids.length === 0) throw badInput('Choose at least one member to suspend.', 'memberIds');
    if (ids.length > MAX_BULK) throw badInput(`Suspend at most ${MAX_BULK} members at once.`, 'memberIds');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const { members, actor } = await this.lockTargets(em, caller, ids);
      for (const member of members) {
        const refusal = canSuspend(actor, targetOf(member));
        if (refusal) throw new AppError(refusal.code, refusal.message, { memberId: member.id });
      }
      const updated: Membership[] = [];
      for (const member of members) updated.push(await this.applyStatus(em, caller, member, 'SUSPENDED', 'member.suspended', true));
      return updated;
    });
  }

  reactivate(caller: Caller, memberId: string) {
    return this.setStatus(caller, memberId, 'ACTIVE', canReactivate, 'member.reactivated');
  }

  /**
   * Sets a new temporary password (with a fresh expiry: TEMP_PASSWORD_TTL_DAYS) and queues it,
   * for a member who never signed in and whose account exists only through this organization
   * (no admin can reset the password of an account someone else uses). A member who signed in
   * once and let the temporary password expire uses the password-reset link instead.
   */
  async resendCredentials(caller: Caller, memberId: string, temporaryPassword: string): Promise<Membership> {
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const { member, actor } = await this.lockTarget(em, caller, memberId);
      enforce(canResendCredentials(actor, targetOf(member)));
      const user = await em.getRepository(User).findOneOrFail({ where: { id: member.userId }, lock: { mode: 'pessimistic_write' } });
      const others = await this.organizationCount(user.id);
      if (user.lastSignInAt || !user.mustChangePassword || others > 1) {
        throw conflict(`${user.name} has already signed in and manages their own password. They can change it in their settings.`);
      }
      const passwordHash = await hashPassword(temporaryPassword, this.config.bcryptCost);
      const temporaryPasswordExpiresAt = new Date(Date.now() + this.config.tempPasswordTtlDays * 86_400_000);
      await em.getRepository(User).update({ id: user.id }, { passwordHash, temporaryPasswordExpiresAt, passwordChangedAt: new Date() });
      await revokeSessions(em, { userId: user.id }, 'credentials_resent');
      await em.getRepository(Membership).update({ id: member.id }, { emailStatus: EmailStatus.PENDING });
      const updated = { ...member, emailStatus: EmailStatus.PENDING } as Membership;
      await recordAudit(em, caller, {
        action: 'member.credentials_resent',
        targetId: member.id,
      });
      const [organization, inviter] = await this.orgAndInviter(em, caller);
      await this.notifier().credentialsReissued(em, { member: updated, user, organization, inviter, temporaryPassword });
      return updated;
    });
  }

  /** Hands the organization to another member; the old owner becomes ADMIN. Atomic. */
  async transferOwnership(caller: Caller, memberId: string, currentPassword: string, ip: string): Promise<Organization> {
    const user = await this.confirmPassword(caller, currentPassword, ip);
    return inTenant(this.ds, caller.organizationId, async (em) => {
      // lock the organization's owner row first: concurrent transfers queue here
      const owner = await em.getRepository(Membership).findOne({
        where: { organizationId: caller.organizationId, role: 'OWNER' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!owner || owner.id !== caller.membershipId) throw new AppError('FORBIDDEN', 'Only the owner can transfer ownership.');
      const { member: target, actor } = await this.lockTarget(em, caller, memberId);
      enforce(canTransferOwnership(actor, targetOf(target)));
      await em.getRepository(Membership).update({ id: owner.id }, { role: 'ADMIN' });
      await em.getRepository(Membership).update({ id: target.id }, { role: 'OWNER' });
      await recordAudit(em, caller, {
        action: 'ownership.transferred',
        targetId: target.id,
        details: { before: { owner: owner.id, targetRole: target.role }, after: { owner: target.id, previousOwnerRole: 'ADMIN' } },
      });
      await emitWebhookEvent(em, caller.organizationId, WebhookEventType.OWNERSHIP_TRANSFERRED, {
        previousOwnerMemberId: owner.id,
        newOwnerMemberId: target.id,
      });
      const organization = await em.getRepository(Organization).findOneByOrFail({ id: caller.organizationId });
      const to = await em.getRepository(User).findOneByOrFail({ id: target.userId });
      await this.notifier().ownershipTransferred(em, { organization, from: user, to });
      return organization;
    });
  }
}
