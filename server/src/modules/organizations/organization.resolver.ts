import { Permission } from '@orgpulse/shared';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { Membership } from '../members/member.entity';
import { Organization } from './organization.entity';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Guard(Permission.OrganizationRead)
  @Query(() => Organization, { description: 'The organization of this session.' })
  async organization(@Ctx() ctx: Context): Promise<Organization> {
    return (await ctx.loaders.organization.load(ctx.caller!.organizationId))!;
  }

  @Guard(Permission.OrganizationManage)
  @Mutation(() => Organization)
  renameOrganization(@Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return ctx.services.organizations.rename(ctx.caller!, name);
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
