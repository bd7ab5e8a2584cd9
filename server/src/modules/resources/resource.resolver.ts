import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members';
import { Resource } from './resource.entity';
import { ResourceKind } from './resource.enums';
import { CreateResourceInput } from './resource.types';

@Resolver(() => Resource)
export class ResourceResolver {
  @Guard(Permission.OrganizationRead)
  @Query(() => [Resource], { description: 'Instances and agents of the organization (not deleted ones), oldest first.' })
  resources(
    @Arg('kind', () => ResourceKind, { nullable: true }) kind: ResourceKind | null,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.resources.list(caller, kind ?? null);
  }

  @Guard(Permission.ResourcesWrite)
  @Mutation(() => Resource)
  createResource(
    @Arg('input', () => CreateResourceInput) input: CreateResourceInput,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.resources.create(caller, input);
  }

  @Guard(Permission.ResourcesWrite)
  @Mutation(() => Resource)
  renameResource(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
    @CurrentCaller() caller: Caller,
  ) {
    return ctx.services.resources.rename(caller, id, name);
  }

  @Guard(Permission.ResourcesWrite)
  @Mutation(() => Boolean, { description: 'Delete a resource. Its past usage keeps showing it.' })
  deleteResource(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.resources.delete(caller, id);
  }

  @FieldResolver(() => Membership, { description: 'Who created it; still shown after that member is removed.' })
  async createdBy(@Root() r: Resource, @Ctx() ctx: Context): Promise<Membership> {
    return (await ctx.loaders.membership.load(r.createdById))!;
  }
}
