import { can, Permission } from './permissions';
import { roleRank } from './roles';
import type { MemberStatus, Role } from './roles';

/**
 * Role-change invariants as pure functions: each returns null when the action is allowed,
 * or a sentence saying why not. The server calls them inside the transaction, on rows read
 * FOR UPDATE, so the answer holds when the write lands; the SPA calls the same functions to
 * decide which row actions to offer.
 */
export interface MemberActor {
  membershipId: string;
  role: Role;
}
export interface MemberTarget {
  id: string;
  role: Role;
  status: MemberStatus;
}

export type PolicyRefusal = { code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT'; message: string };
const refuse = (code: PolicyRefusal['code'], message: string): PolicyRefusal => ({ code, message });

/** Whether the actor may manage this member at all (change, suspend, remove, resend credentials). */
export function canManageMember(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  if (!can(actor.role, Permission.MembersManage)) return refuse('FORBIDDEN', 'Only owners and admins can manage members.');
  if (target.role === 'OWNER') {
    return refuse('FORBIDDEN', 'The owner cannot be changed, suspended or removed. The owner can transfer ownership first.');
  }
  if (roleRank(target.role) > roleRank(actor.role)) return refuse('FORBIDDEN', 'You cannot manage a member above your own role.');
  if (target.status === 'REMOVED') return refuse('CONFLICT', 'This member was removed. Add them again to restore access.');
  return null;
}

export function canAssignRole(actor: MemberActor, role: Role): PolicyRefusal | null {
  if (!can(actor.role, Permission.MembersManage)) return refuse('FORBIDDEN', 'Only owners and admins can manage members.');
  if (role === 'OWNER') {
    return refuse('FORBIDDEN', 'OWNER cannot be granted: the owner transfers ownership instead (transferOwnership).');
  }
  if (roleRank(role) > roleRank(actor.role)) return refuse('FORBIDDEN', 'You cannot grant a role above your own.');
  return null;
}

export function canChangeRole(actor: MemberActor, target: MemberTarget, role: Role): PolicyRefusal | null {
  return canAssignRole(actor, role) ?? canManageMember(actor, target);
}

export function canRemove(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  return canManageMember(actor, target);
}

export function canResendCredentials(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  return canManageMember(actor, target);
}

export function canSuspend(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  const refusal = canManageMember(actor, target);
  if (refusal) return refusal;
  if (target.id === actor.membershipId) return refuse('FORBIDDEN', 'You cannot suspend yourself.');
  if (target.status === 'SUSPENDED') return refuse('CONFLICT', 'This member is already suspended.');
  return null;
}

export function canReactivate(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  const refusal = canManageMember(actor, target);
  if (refusal) return refusal;
  if (target.status !== 'SUSPENDED') return refuse('CONFLICT', 'Only a suspended member can be reactivated.');
  return null;
}

export function canTransferOwnership(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  if (actor.role !== 'OWNER') return refuse('FORBIDDEN', 'Only the owner can transfer ownership.');
  if (target.id === actor.membershipId) return refuse('BAD_USER_INPUT', 'You are already the owner.');
  if (target.status !== 'ACTIVE') return refuse('CONFLICT', 'Ownership can only go to an active member.');
  return null;
}

/** Anyone but the owner may leave an organization on their own. */
export function canLeave(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  if (target.id !== actor.membershipId) return refuse('FORBIDDEN', 'You can only leave for yourself.');
  if (target.role === 'OWNER') {
    return refuse('FORBIDDEN', 'The owner cannot leave. Transfer ownership to another member first.');
  }
  if (target.status !== 'ACTIVE') return refuse('CONFLICT', 'You are not an active member of this organization.');
  return null;
}

/**
 * Setting (or removing) a member's monthly allowance: the rank rules of managing a member
 * (never the owner, never above one's rank, not a removed member), and never one's own
 * limit, so an admin cannot lift their own. The owner alone may set their own allowance
 * (to cap their own spending).
 */
export function canSetAllowance(actor: MemberActor, target: MemberTarget): PolicyRefusal | null {
  if (actor.role === 'OWNER' && target.id === actor.membershipId) return null;
  if (target.id === actor.membershipId && can(actor.role, Permission.MembersManage)) {
    return refuse('FORBIDDEN', 'You cannot change your own allowance: ask the owner or another admin.');
  }
  if (target.role === 'OWNER' && can(actor.role, Permission.MembersManage)) {
    return refuse('FORBIDDEN', "Only the owner can set the owner's allowance.");
  }
  return canManageMember(actor, target);
}
