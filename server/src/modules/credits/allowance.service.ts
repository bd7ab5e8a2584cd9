import { formatCredits, MAX_MICROS } from '@orgpulse/shared';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { badInput, notFound } from '../../common/errors';
import { inTenant } from '../../common/tenant';
import { requireId } from '../../common/validate';
import { recordAudit } from '../audit';
import { micros, microsOrNull } from '../../common/money';
import { Membership } from '../members';
import { ensureBalanceRow } from './balance.rows';

const fmt = (v: bigint | null) => (v === null ? null : formatCredits(v));

/**
 * Per-member monthly allowances on the organization's shared balance. The allowance lives on
 * memberships.monthly_allowance; credit_balances.allowance_member_ids lists the members who
 * have one, so the fast spend statement can send them to the locked slow path (SPEND_SQL).
 * Both change here only, in one transaction that holds the balance row's lock: a spend is
 * decided either entirely before the change (old rule) or entirely after it (new rule).
 */
export class AllowanceService {
  constructor(private readonly ds: DataSource) {}

  /** OWNER/ADMIN set (or remove with null) a member's monthly allowance. Audited. */
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
      const member = await em.getRepository(Membership).findOne({
        where: { id, organizationId: org },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw notFound('The member');
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
