import { Permission } from '@orgpulse/shared';
import { Args, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { PageArgs, PageInfo } from '../../common/pagination';
import { Membership } from '../members';
import { AuditEvent } from './audit-event.entity';

@ObjectType('AuditEventConnection')
class AuditEventConnection {
  @Field(() => [AuditEvent]) nodes: AuditEvent[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Guard(Permission.AuditRead)
  @Query(() => AuditEventConnection, { description: 'Management actions, newest first.' })
  auditLog(@Ctx() ctx: Context, @CurrentCaller() caller: Caller, @Args(() => PageArgs) { first, after }: PageArgs) {
    return ctx.services.audit.list(caller, { first, after });
  }

  @FieldResolver(() => Membership, { nullable: true })
  actor(@Root() e: AuditEvent, @Ctx() ctx: Context) {
    return e.actorMembershipId ? ctx.loaders.membership.load(e.actorMembershipId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'JSON text with before/after.' })
  data(@Root() e: AuditEvent): string | null {
    return e.details ? JSON.stringify(e.details) : null;
  }
}
