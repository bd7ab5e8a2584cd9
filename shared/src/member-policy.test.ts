import {
  canAssignRole,
  canChangeRole,
  canReactivate,
  canRemove,
  canSetAllowance,
  canSuspend,
  canTransferOwnership,
  MemberTarget,
} from './member-policy';

const owner = { membershipId: 'o', role: 'OWNER' as const };
const admin = { membershipId: 'a', role: 'ADMIN' as const };
const member = { membershipId: 'm', role: 'MEMBER' as const };
const guest = { membershipId: 'g', role: 'GUEST' as const };
const t = (id: string, role: MemberTarget['role'], status: MemberTarget['status'] = 'ACTIVE'): MemberTarget => ({ id, role, status });

describe('member policy', () => {
  test('OWNER is never granted, by anyone', () => {
    for (const actor of [owner, admin]) {
      expect(canAssignRole(actor, 'OWNER')?.code).toBe('FORBIDDEN');
      expect(canChangeRole(actor, t('x', 'ADMIN'), 'OWNER')?.code).toBe('FORBIDDEN');
    }
    expect(canChangeRole(admin, t('a', 'ADMIN'), 'OWNER')?.message).toMatch(/transfer/);
  });

  test('the owner is never demoted, removed or suspended', () => {
    for (const actor of [owner, admin]) {
      expect(canChangeRole(actor, t('o', 'OWNER'), 'ADMIN')?.code).toBe('FORBIDDEN');
      expect(canRemove(actor, t('o', 'OWNER'))?.code).toBe('FORBIDDEN');
      expect(canSuspend(actor, t('o', 'OWNER'))?.code).toBe('FORBIDDEN');
    }
  });

  test('owners and admins manage admins, members and guests', () => {
    for (const actor of [owner, admin]) {
      for (const role of ['ADMIN', 'MEMBER', 'GUEST'] as const) {
        expect(canChangeRole(actor, t('x', role), 'MEMBER')).toBeNull();
        expect(canRemove(actor, t('x', role))).toBeNull();
        expect(canSuspend(actor, t('x', role))).toBeNull();
      }
    }
  });

  test('members and guests manage nobody', () => {
    for (const actor of [member, guest]) {
      expect(canAssignRole(actor, 'GUEST')?.code).toBe('FORBIDDEN');
      expect(canChangeRole(actor, t('x', 'GUEST'), 'GUEST')?.code).toBe('FORBIDDEN');
      expect(canRemove(actor, t('x', 'GUEST'))?.code).toBe('FORBIDDEN');
      expect(canSuspend(actor, t('x', 'GUEST'))?.code).toBe('FORBIDDEN');
      expect(canReactivate(actor, t('x', 'GUEST', 'SUSPENDED'))?.code).toBe('FORBIDDEN');
    }
  });

  test('status rules: removed members are final until re-added; only suspended ones reactivate; nobody suspends themselves', () => {
    expect(canChangeRole(admin, t('x', 'MEMBER', 'REMOVED'), 'GUEST')?.code).toBe('CONFLICT');
    expect(canRemove(admin, t('x', 'MEMBER', 'REMOVED'))?.code).toBe('CONFLICT');
    expect(canReactivate(admin, t('x', 'MEMBER', 'ACTIVE'))?.code).toBe('CONFLICT');
    expect(canReactivate(admin, t('x', 'MEMBER', 'SUSPENDED'))).toBeNull();
    expect(canSuspend(admin, t('a', 'ADMIN'))?.code).toBe('FORBIDDEN');
    expect(canSuspend(admin, t('x', 'MEMBER', 'SUSPENDED'))?.code).toBe('CONFLICT');
  });

  test('only the owner transfers ownership, to another active member', () => {
    expect(canTransferOwnership(owner, t('a', 'ADMIN'))).toBeNull();
    expect(canTransferOwnership(owner, t('m', 'MEMBER'))).toBeNull();
    expect(canTransferOwnership(admin, t('m', 'MEMBER'))?.code).toBe('FORBIDDEN');
    expect(canTransferOwnership(owner, t('o', 'OWNER'))?.code).toBe('BAD_USER_INPUT');
    expect(canTransferOwnership(owner, t('m', 'MEMBER', 'SUSPENDED'))?.code).toBe('CONFLICT');
  });

  test('allowances: rank rules, never the owner (but the owner for themselves), never oneself', () => {
    expect(canSetAllowance(admin, t('o', 'OWNER'))?.code).toBe('FORBIDDEN');
    expect(canSetAllowance(admin, t('a', 'ADMIN'))?.message).toMatch(/your own/);
    expect(canSetAllowance(admin, t('a2', 'ADMIN'))).toBeNull();
    expect(canSetAllowance(admin, t('m', 'MEMBER'))).toBeNull();
    expect(canSetAllowance(admin, t('x', 'MEMBER', 'SUSPENDED'))).toBeNull();
    expect(canSetAllowance(admin, t('x', 'MEMBER', 'REMOVED'))?.code).toBe('CONFLICT');
    expect(canSetAllowance(owner, t('o', 'OWNER'))).toBeNull();
    expect(canSetAllowance(owner, t('a', 'ADMIN'))).toBeNull();
    for (const actor of [member, guest]) {
      expect(canSetAllowance(actor, t(actor.membershipId, actor.role))?.code).toBe('FORBIDDEN');
      expect(canSetAllowance(actor, t('g2', 'GUEST'))?.code).toBe('FORBIDDEN');
    }
  });
});
