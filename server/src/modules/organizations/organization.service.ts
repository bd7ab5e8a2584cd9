import type { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { inTenant } from '../../common/tenant';
import { badInput } from '../../common/errors';
import { cleanName } from '../../common/validate';
import { recordAudit } from '../audit';
import { Organization } from './organization.entity';

export class OrganizationService {
  constructor(private readonly ds: DataSource) {}

  async rename(caller: Caller, rawName: string): Promise<Organization> {
    const name = cleanName(rawName, 'name');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const org = await em
        .getRepository(Organization)
        .findOneOrFail({ where: { id: caller.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (org.name === name) return org;
      await em.getRepository(Organization).update({ id: org.id }, { name });
      await recordAudit(em, caller, {
        action: 'organization.renamed',
        targetId: org.id,
        details: { before: { name: org.name }, after: { name } },
      });
      return { ...org, name };
    });
  }

  /** Turns the second-factor policy on or off (OWNER/ADMIN), audited. Sessions pick it up on their next request. */
  async setRequireMfa(caller: Caller, required: boolean): Promise<Organization> {
    if (typeof required !== 'boolean') throw badInput('required must be true or false.', 'required');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const org = await em
        .getRepository(Organization)
        .findOneOrFail({ where: { id: caller.organizationId }, lock: { mode: 'pessimistic_write' } });
      if (org.requireMfa === required) return org;
      await em.getRepository(Organization).update({ id: org.id }, { requireMfa: required });
      await recordAudit(em, caller, {
        action: 'organization.require_mfa_changed',
        targetId: org.id,
        details: { before: { requireMfa: org.requireMfa }, after: { requireMfa: required } },
      });
      return { ...org, requireMfa: required };
    });
  }
}
