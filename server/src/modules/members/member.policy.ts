import { can, Permission, roleRank } from '@orgpulse/shared';
import type { MemberStatus, Role } from '@orgpulse/shared';

/**
 * Role-change invariants as pure functions: each returns null when the action is allowed,
 * or a sentence saying why not. Services call them inside the transaction, on rows read
 * FOR UPDATE, so the answer holds when the write lands.
 */
export interface Actor {
  membershipId: string;
  role: Role;
}
export interface Target {
  id: string;
  role: Role;
  status: MemberStatus;
}

export type Refusal = { code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT'; message: string };
const refuse = (code: Refusal['code'], message: string): Refusal => ({ code, message });

function manageable(actor: Actor, target: Target): Refusal | null {
  if (!can(actor.role, Permission.MembersManage)) return refuse('FORBIDDEN', 'Only owners and admins can manage members.');
  if (target.role === 'OWNER') {
    return refuse('FORBIDDEN', 'The owner cannot be changed, suspended or removed. The owner can transfer ownership first.');
  }
  if (roleRank(target.role) > roleRank(actor.role)) return refuse('FORBIDDEN', 'You cannot manage a member above your own role.');
  if (target.status === 'REMOVED') return refuse('CONFLICT', 'This member was removed. Add them again to restore access.');
  return null;
}

export function canAssignRole(actor: Actor, role: Role): Refusal | null {
  if (!can(actor.role, Permission.MembersManage)) return refuse('FORBIDDEN', 'Only owners and admins can manage members.');
  if (role === 'OWNER') {
    return refuse('FORBIDDEN', 'OWNER cannot be granted: the owner transfers ownership instead (transferOwnership).');
  }
  if (roleRank(role) > roleRank(actor.role)) return refuse('FORBIDDEN', 'You cannot grant a role above your own.');
  return null;
}

export function canChangeRole(actor: Actor, target: Target, role: Role): Refusal | null {
  return canAssignRole(actor, role) ?? manageable(actor, target);
}

export function canRemove(actor: Actor, target: Target): Refusal | null {
  return manageable(actor, target);
}

export function canResendCredentials(actor: Actor, target: Target): Refusal | null {
  return manageable(actor, target);
}

export function canSuspend(actor: Actor, target: Target): Refusal | null {
  const refusal = manageable(actor, target);
  if (refusal) return refusal;
  if (target.id === actor.membershipId) return refuse('FORBIDDEN', 'You cannot suspend yourself.');
  if (target.status === 'SUSPENDED') return refuse('CONFLICT', 'This member is already suspended.');
  return null;
}

export function canReactivate(actor: Actor, target: Target): Refusal | null {
  const refusal = manageable(actor, target);
  if (refusal) return refusal;
  if (target.status !== 'SUSPENDED') return refuse('CONFLICT', 'Only a suspended member can be reactivated.');
  return null;
}

export function canTransferOwnership(actor: Actor, target: Target): Refusal | null {
  if (actor.role !== 'OWNER') return refuse('FORBIDDEN', 'Only the owner can transfer ownership.');
  if (target.id === actor.membershipId) return refuse('BAD_USER_INPUT', 'You are already the owner.');
  if (target.status !== 'ACTIVE') return refuse('CONFLICT', 'Ownership can only go to an active member.');
  return null;
}

/** Anyone but the owner may leave an organization on their own. */
export function canLeave(actor: Actor, target: Target): Refusal | null {
  if (target.id !== actor.membershipId) return refuse('FORBIDDEN', 'You can only leave for yourself.');
  if (target.role === 'OWNER') {
    return refuse('FORBIDDEN', 'The owner cannot leave. Transfer ownership to another member first.');
  }
  if (target.status !== 'ACTIVE') return refuse('CONFLICT', 'You are not an active member of this organization.');
  return null;
}
