import { canSetAllowance, formatCredits, MAX_MICROS } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { AppError, badInput, notFound } from '../../common/errors';
import { inTenant } from '../../common/tenant';
import { requireId } from '../../common/validate';
import { recordAudit } from '../audit';
import { microsOrNull } from '../../common/money';
import { Membership } from '../members';
import { ensureBalanceRow } from './balance.rows';

const fmt = (v: bigint | null) => (v === null ? null : formatCredits(v));

/**
 * Per-member monthly allowances on the organization's shared balance. The allowance lives on
 * memberships.monthly_allowance; credit_balances.allowance_member_ids lists the members who
 * have one, so the fast spend statement can send them to the locked slow path (SPEND_ORGS_SQL).
 * Both change here only, in one transaction that holds the balance row's lock: a spend is
 * decided either entirely before the change (old rule) or entirely after it (new rule).
 */
export class AllowanceService {
  constructor(private readonly ds: DataSource) {}

  /**
   * OWNER/ADMIN set (or remove with null) a member's monthly allowance, under the member
   * policy's rank rules (canSetAllowance: never the owner's unless one is the owner, never
   * one's own, never above one's rank). Audited.
   */
  async set(caller: Caller, memberId: string, monthlyLimit: bigint | null): Promise<Membership> {
    const id = requireId(memberId, 'The member', notFound);
    if (monthlyLimit !== null && (typeof monthlyLimit !== 'bigint' || monthlyLimit <= 0n)) {
      throw badInput('A monthly allowance must be greater than 0 (send null to remove it).', 'monthlyLimit');
    }
    if (monthlyLimit !== null && monthlyLimit > MAX_MICROS) {
      throw badInput(`A monthly allowance can be at most ${formatCredits(MAX_MICROS)}.`, 'monthlyLimit');
    }
    const org = caller.organizationId;
    return inTenant(this.ds, org, async (em) => {
      // the balance row first (spends lock only it), then the member: one order, no deadlock
      await ensureBalanceRow(em, org);
      await em.query(`SELECT 1 FROM credit_balances WHERE organization_id = $1 FOR UPDATE`, [org]);
      // the target and the actor, in id order (as MemberService.lockTarget): the rank rules
      // are applied to the rows as locked, so a concurrent demotion of the actor counts
      const rows = await em
        .getRepository(Membership)
        .createQueryBuilder('m')
        .where('m.organization_id = :org AND m.id IN (:...ids)', { org, ids: [id, caller.membershipId] })
        .orderBy('m.id')
        .setLock('pessimistic_write')
        .getMany();
      const member = rows.find((r) => r.id === id);
      const actor = rows.find((r) => r.id === caller.membershipId);
      if (!member || !actor || actor.status !== 'ACTIVE') throw notFound('The member');
      const refusal = canSetAllowance(
        { membershipId: actor.id, role: actor.role },
        { id: member.id, role: member.role, status: member.status },
      );
      if (refusal) throw new AppError(refusal.code, refusal.message);
      const before = microsOrNull(member.monthlyAllowance);
      if (before === monthlyLimit) return member;
      await em.query(`UPDATE memberships SET monthly_allowance = $2 WHERE id = $1`, [id, monthlyLimit?.toString() ?? null]);
      await em.query(
        `UPDATE credit_balances
            SET allowance_member_ids = array_remove(allowance_member_ids, $2::uuid) || CASE WHEN $3::boolean THEN ARRAY[$2::uuid] ELSE '{}'::uuid[] END
          WHERE organization_id = $1`,
        [org, id, monthlyLimit !== null],
      );
      await recordAudit(em, caller, {
        action: 'member.allowance_changed',
        targetId: id,
        details: { before: { monthlyLimit: fmt(before) }, after: { monthlyLimit: fmt(monthlyLimit) } },
      });
      return { ...member, monthlyAllowance: monthlyLimit } as Membership;
    });
  }
}
