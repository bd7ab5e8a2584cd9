import { Permission } from '@orgpulse/shared';
import type { Role } from '@orgpulse/shared';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { callerCan } from '../../common/auth/guard';
import { badInput, forbidden, notFound } from '../../common/errors';
import { inTenant } from '../../common/tenant';
import { cleanName, requireId } from '../../common/validate';
import { recordAudit } from '../audit';
import { emitWebhookEvent, WebhookEventType } from '../webhooks';
import { ApiKey } from './api-key.entity';
import { newSecret } from './api-key.secret';
import type { CreatedApiKey } from './api-key.types';

const MAX_ACTIVE_KEYS_PER_MEMBER = 50;
const MAX_BULK_REVOKE = 100;

/** API keys: members create and revoke their own; OWNER/ADMIN see and revoke everyone's. */
export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  async create(caller: Caller, rawName: string): Promise<CreatedApiKey> {
    // a leaked key must not be able to mint keys that outlive its revocation
    if (caller.apiKeyId) throw forbidden('API keys cannot create API keys: sign in to create one.');
    const name = cleanName(rawName, 'name', 100);
    const { secret, hash, prefix } = newSecret();
    return inTenant(this.ds, caller.organizationId, async (em) => {
      // serialises a member's concurrent creations so the limit holds
      await em.query(`SELECT 1 FROM memberships WHERE id = $1 FOR UPDATE`, [caller.membershipId]);
      const active = await em.getRepository(ApiKey).countBy({ membershipId: caller.membershipId, revokedAt: IsNull() });
      if (active >= MAX_ACTIVE_KEYS_PER_MEMBER) {
        throw badInput(`You already have ${MAX_ACTIVE_KEYS_PER_MEMBER} active API keys: revoke one you no longer use first.`, 'name');
      }
      const repo = em.getRepository(ApiKey);
      const apiKey = await repo.save(
        repo.create({
          organizationId: caller.organizationId,
          membershipId: caller.membershipId,
          name,
          prefix,
          secretHash: hash,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await recordAudit(em, caller, {
        action: 'api_key.created',
        targetId: apiKey.id,
        details: { after: { name, prefix, memberId: caller.membershipId } },
      });
      await emitWebhookEvent(em, caller.organizationId, WebhookEventType.API_KEY_CREATED, {
        apiKeyId: apiKey.id,
        name,
        prefix,
        memberId: caller.membershipId,
      });
      return { apiKey, secret };
    });
  }

  /** The caller's own keys, or every member's for OWNER/ADMIN signed in (a key sees its member's); newest first. */
  list(caller: Caller, includeRevoked: boolean): Promise<ApiKey[]> {
    return inTenant(this.ds, caller.organizationId, (em) => {
      const qb = em.getRepository(ApiKey).createQueryBuilder('k').where('k.organization_id = :org', { org: caller.organizationId });
      if (!callerCan(caller, Permission.ApiKeysManage)) qb.andWhere('k.membership_id = :me', { me: caller.membershipId });
      if (!includeRevoked) qb.andWhere('k.revoked_at IS NULL');
      return qb.orderBy('k.createdAt', 'DESC').addOrderBy('k.id', 'DESC').getMany();
    });
  }

  /** Revokes at once (the next request with it is refused). Revoking a revoked key changes nothing. */
  async revoke(caller: Caller, id: string): Promise<ApiKey> {
    const keyId = requireId(id, 'The API key', notFound);
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const key = await em
        .getRepository(ApiKey)
        .findOne({ where: { id: keyId, organizationId: caller.organizationId }, lock: { mode: 'pessimistic_write' } });
      // someone else's key is invisible to a member: the same answer as a missing one
      if (!key || (key.membershipId !== caller.membershipId && !callerCan(caller, Permission.ApiKeysManage))) throw notFound('The API key');
      return this.revokeLocked(em, caller, key);
    });
  }

  /**
   * Revokes several keys of the organization together (OWNER/ADMIN: the access review): one
   * transaction, all or nothing; any id not in the organization answers NOT_FOUND and revokes
   * none. Each key is revoked as revokeApiKey does it (audit and webhook event each).
   */
  async revokeMany(caller: Caller, ids: string[]): Promise<ApiKey[]> {
    const keyIds = [...new Set(ids)].map((id) => requireId(id, 'The API key', notFound));
    if (keyIds.length === 0) throw badInput('Choose at least one API key to revoke.', 'ids');
    if (keyIds.length > MAX_BULK_REVOKE) throw badInput(`Revoke at most ${MAX_BULK_REVOKE} API keys at once.`, 'ids');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      // the guard allowed ApiKeysManage; the write checks the actor's row again (a demotion in between counts)
      const [actor]: Array<{ role: Role; status: string }> = await em.query(
        `SELECT role, status FROM memberships WHERE id = $1 AND organization_id = $2 FOR SHARE`,
        [caller.membershipId, caller.organizationId],
      );
      if (!actor || actor.status !== 'ACTIVE' || !callerCan({ ...caller, role: actor.role }, Permission.ApiKeysManage)) throw forbidden();
      const keys = await em
        .getRepository(ApiKey)
        .createQueryBuilder('k')
        .where('k.organization_id = :org AND k.id IN (:...ids)', { org: caller.organizationId, ids: keyIds })
        .orderBy('k.id')
        .setLock('pessimistic_write')
        .getMany();
      if (keys.length !== keyIds.length) throw notFound('The API key');
      const revoked: ApiKey[] = [];
      for (const id of keyIds)
        revoked.push(
          await this.revokeLocked(
            em,
            caller,
            keys.find((k) => k.id === id)!,
          ),
        );
      return revoked;
    });
  }

  private async revokeLocked(em: EntityManager, caller: Caller, key: ApiKey): Promise<ApiKey> {
    if (key.revokedAt) return key;
    key.revokedAt = new Date();
    await em.getRepository(ApiKey).update({ id: key.id }, { revokedAt: key.revokedAt });
    await recordAudit(em, caller, {
      action: 'api_key.revoked',
      targetId: key.id,
      details: {
        before: { revokedAt: null },
        after: { revokedAt: key.revokedAt.toISOString() },
        name: key.name,
        prefix: key.prefix,
        memberId: key.membershipId,
      },
    });
    await emitWebhookEvent(em, caller.organizationId, WebhookEventType.API_KEY_REVOKED, {
      apiKeyId: key.id,
      name: key.name,
      prefix: key.prefix,
      memberId: key.membershipId,
      actorMemberId: caller.membershipId,
    });
    return key;
  }
}
