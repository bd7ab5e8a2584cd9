import { Permission } from '@orgpulse/shared';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Caller } from '../../common/auth/caller';
import { CurrentCaller } from '../../common/auth/current-caller';
import type { Context } from '../../context';
import { Guard } from '../../common/auth/guard';
import { PageArgs, PageInfo } from '../../common/pagination';
import { Membership } from '../members';
import { AuditEvent } from './audit-event.entity';
import type { AuditPage } from './audit.service';

@ObjectType('AuditEventConnection')
class AuditEventConnection {
  @Field(() => [AuditEvent]) nodes: AuditEvent[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** Counted only when selected (see AuditConnectionResolver). */
  count: AuditPage['count'];
}

/** The released `auditLog(first, after)` plus optional filters; all of them narrow together. */
@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only what this member did.' })
  actorId: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these actions (any of them), e.g. ["member.role_changed"].' })
  actions: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events about this member, key, resource…' })
  targetId: string | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive.' })
  from: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive.' })
  to: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Guard(Permission.AuditRead)
  @Query(() => AuditEventConnection, { description: 'Management actions, newest first, optionally filtered.' })
  auditLog(@Ctx() ctx: Context, @CurrentCaller() caller: Caller, @Args(() => AuditLogArgs) args: AuditLogArgs) {
    return ctx.services.audit.list(caller, args);
  }

  @Guard(Permission.AuditRead)
  @Query(() => [String], { description: 'The actions recorded in this organization, each once (the audit log filter’s choices).' })
  auditActions(@Ctx() ctx: Context, @CurrentCaller() caller: Caller) {
    return ctx.services.audit.actions(caller);
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

@Resolver(() => AuditEventConnection)
export class AuditConnectionResolver {
  @FieldResolver(() => Int, { description: 'Every matching event; counted only when asked for.' })
  totalCount(@Root() c: AuditEventConnection): Promise<number> {
    return c.count();
  }
}
