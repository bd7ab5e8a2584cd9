import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/caller';
import { badInput, notFound } from '../../common/errors';
import { inTenant, scopedEntities } from '../../common/tenant';
import { cleanName, requireId } from '../../common/validate';
import { recordAudit } from '../audit';
import { Resource } from './resource.entity';
import { ResourceKind } from './resource.enums';

const KINDS = new Set<string>(Object.values(ResourceKind));

/** Instances and agents: everyone in the organization sees them; OWNER/ADMIN/MEMBER change them. */
export class ResourceService {
  constructor(private readonly ds: DataSource) {}

  /** Live resources, oldest first: one read in one round trip (scopedEntities). */
  list(caller: Caller, kind: ResourceKind | null): Promise<Resource[]> {
    const params: unknown[] = [caller.organizationId];
    const byKind = kind ? ` AND kind = $${params.push(kind)}` : '';
    return scopedEntities(
      this.ds,
      { organizationId: caller.organizationId },
      Resource,
      `organization_id = $1 AND deleted_at IS NULL${byKind} ORDER BY created_at ASC, id ASC`,
      params,
    );
  }

  async create(caller: Caller, input: { kind: ResourceKind; name: string }): Promise<Resource> {
    if (!KINDS.has(input.kind)) throw badInput('kind must be INSTANCE or AGENT.', 'kind');
    const name = cleanName(input.name, 'name');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const repo = em.getRepository(Resource);
      const resource = await repo.save(
        repo.create({ organizationId: caller.organizationId, kind: input.kind, name, createdById: caller.membershipId, deletedAt: null }),
      );
      await recordAudit(em, caller, {
        action: 'resource.created',
        targetId: resource.id,
        details: { after: { kind: resource.kind, name } },
      });
      return resource;
    });
  }

  async rename(caller: Caller, id: string, rawName: string): Promise<Resource> {
    const resourceId = requireId(id, 'The resource', notFound);
    const name = cleanName(rawName, 'name');
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const resource = await this.lockLive(em, caller, resourceId);
      if (resource.name === name) return resource;
      await em.getRepository(Resource).update({ id: resource.id }, { name });
      await recordAudit(em, caller, {
        action: 'resource.renamed',
        targetId: resource.id,
        details: { before: { name: resource.name }, after: { name } },
      });
      return Object.assign(resource, { name });
    });
  }

  /** Marks the resource deleted: it leaves the list, but past usage still shows it. */
  async delete(caller: Caller, id: string): Promise<boolean> {
    const resourceId = requireId(id, 'The resource', notFound);
    return inTenant(this.ds, caller.organizationId, async (em) => {
      const resource = await this.lockLive(em, caller, resourceId);
      await em.getRepository(Resource).update({ id: resource.id }, { deletedAt: new Date() });
      await recordAudit(em, caller, {
        action: 'resource.deleted',
        targetId: resource.id,
        details: { before: { kind: resource.kind, name: resource.name } },
      });
      return true;
    });
  }

  private async lockLive(em: EntityManager, caller: Caller, id: string): Promise<Resource> {
    const resource = await em.getRepository(Resource).findOne({
      where: { id, organizationId: caller.organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!resource || resource.deletedAt) throw notFound('The resource');
    return resource;
  }
}
