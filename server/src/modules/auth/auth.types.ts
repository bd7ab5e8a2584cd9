import { Field, InputType, ObjectType, ID } from 'type-graphql';
import { Membership } from '../members';
import { Organization } from '../organizations';
import { User } from '../users';

@ObjectType('AuthPayload', { description: 'A signed-in session: a short-lived access token and a rotating refresh token.' })
export class AuthPayload {
  @Field({ description: 'JWT for `Authorization: Bearer`, valid for 15 minutes.' })
  accessToken: string;

  @Field({ description: 'Opaque, single use: trade it for a new pair with refreshSession. Also set as an httpOnly cookie.' })
  refreshToken: string;

  @Field(() => User)
  user: User;

  @Field(() => Membership)
  member: Membership;

  @Field(() => Organization)
  organization: Organization;
}

@ObjectType('Viewer', { description: 'The caller: their account, their membership in the session organization, what they may do.' })
export class Viewer {
  @Field(() => User)
  user: User;

  @Field(() => Membership)
  member: Membership;

  @Field(() => Organization)
  organization: Organization;

  @Field(() => [Organization], { description: 'Every organization the user is an active member of.' })
  organizations: Organization[];

  @Field(() => [String], { description: 'What this viewer may do, from the shared permission table.' })
  permissions: string[];
}

@InputType('SignUpInput')
export class SignUpInput {
  @Field() name: string;
  @Field() email: string;
  @Field({ description: 'At least 15 characters; not a common password; not containing your name or email.' }) password: string;
  @Field() organizationName: string;
}

@InputType('LogInInput')
export class LogInInput {
  @Field() email: string;
  @Field() password: string;
  @Field(() => ID, { nullable: true, description: 'Open this organization; default: the one used most recently.' })
  organizationId?: string | null;
}

@InputType('ChangePasswordInput')
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field() newPassword: string;
}

@ObjectType('SessionInfo', { description: 'One of your signed-in sessions (a device or browser).' })
export class SessionInfo {
  @Field(() => ID) id: string;
  @Field(() => Organization) organization: Organization;
  @Field(() => String, { nullable: true }) userAgent: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When its refresh token was last used.' }) lastRefreshedAt: Date | null;
  @Field({ description: 'True for the session making this request.' }) current: boolean;
}

@ObjectType('TotpEnrollment', { description: 'A new TOTP secret, to scan (QR code) or type into an authenticator app.' })
export class TotpEnrollment {
  @Field({ description: 'Base32.' }) secret: string;
  @Field({ description: 'otpauth://totp/…' }) otpauthUri: string;
  @Field({ description: 'The otpauth URI as an SVG QR code.' }) qrCodeSvg: string;
}
