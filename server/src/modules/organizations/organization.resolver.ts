import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members';
import { Organization } from './organization.entity';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Guard(Permission.OrganizationRead)
  @Query(() => Organization, { description: 'The organization of this session.' })
  async organization(@Ctx() ctx: Context, @CurrentCaller() caller: Caller): Promise<Organization> {
    return (await ctx.loaders.organization.load(caller.organizationId))!;
  }

  @Guard(Permission.OrganizationManage)
  @Mutation(() => Organization)
  renameOrganization(@Arg('name', () => String) name: string, @Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.organizations.rename(caller, name);
  }

  @Guard(Permission.OrganizationManage)
  @Mutation(() => Organization, {
    description: 'Require a second factor of every member: those without one can only enrol (MFA_ENROLLMENT_REQUIRED) until they do.',
  })
  setRequireMfa(@Arg('required', () => Boolean) required: boolean, @Ctx() ctx: Context) {
    return ctx.services.organizations.setRequireMfa(ctx.caller!, required);
  }

  @FieldResolver(() => Membership)
  async owner(@Root() org: Organization, @Ctx() ctx: Context): Promise<Membership> {
    return (await ctx.loaders.ownerOf.load(org.id))!;
  }

  @FieldResolver(() => Int, { description: 'Active and suspended members (removed ones are not counted).' })
  memberCount(@Root() org: Organization, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.memberCount.load(org.id);
  }
}
