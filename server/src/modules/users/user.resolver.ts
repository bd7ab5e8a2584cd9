import { FieldResolver, Resolver, Root } from 'type-graphql';
import { User } from './user.entity';

/** User fields computed from the row. A User is only ever the caller's own account (viewer, AuthPayload). */
@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Boolean, { description: 'Two-factor sign-in (TOTP) is on.' })
  mfaEnabled(@Root() user: User): boolean {
    return !!user.totpEnabledAt;
  }
}
