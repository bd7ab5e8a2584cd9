import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Role } from '@orgpulse/shared';
import { PageInfo } from '../../common/pagination';
import { CreditsScalar } from '../../common/scalars';
import { Membership } from './member.entity';
import { RoleEnum } from './member.enums';

@ObjectType('MemberConnection')
export class MemberConnection {
  @Field(() => [Membership]) nodes: Membership[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType('AddMemberPayload')
export class AddMemberPayload {
  @Field(() => Membership) member: Membership;

  @Field({
    description:
      'True: an existing, verified account was added; its password was not touched. False: a new account, or an unverified one handed to the mailbox owner with the temporary password.',
  })
  existingUser: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Only when sendEmail was false and a new account was created: hand it over yourself.',
  })
  temporaryPassword: string | null;

  @Field(() => Date, { nullable: true, description: 'When the temporary password set here stops working (null for an existing account).' })
  temporaryPasswordExpiresAt: Date | null;
}

@InputType('AddMemberInput')
export class AddMemberInput {
  @Field() name: string;
  @Field() email: string;
  @Field({ description: 'Must meet the password policy; the member changes it at first sign-in.' }) temporaryPassword: string;
  @Field(() => RoleEnum, { defaultValue: 'MEMBER' }) role: Role;
  @Field({ defaultValue: true, description: 'Email the credentials (recommended).' }) sendEmail: boolean;
}

@InputType('UpdateMemberRoleInput')
export class UpdateMemberRoleInput {
  @Field(() => ID) memberId: string;
  @Field(() => RoleEnum) role: Role;
}

@ObjectType('RemovalImpact', { description: 'What removing a member does (docs/PRODUCT.md §3). Nothing is deleted.' })
export class RemovalImpactView {
  @Field(() => Int, { description: 'Resources they created: these stay with the organization.' })
  resourcesCreated: number;

  @Field(() => Int, { description: 'Their active API keys, which stop working at once.' })
  apiKeysRevoked: number;

  @Field(() => Int, { description: 'Their live sessions in this organization, which end.' })
  activeSessions: number;

  @Field(() => CreditsScalar, { description: 'What they spent this UTC calendar month.' })
  creditsUsedThisMonth: bigint;
}
