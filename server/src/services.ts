import type { DataSource } from 'typeorm';
import type { Config } from './config';
import { AuthService } from './modules/auth/auth.service';
import { MemberService } from './modules/members/member.service';
import { MemberNotifier, silentNotifier } from './modules/members/member.notifier';
import { OrganizationService } from './modules/organizations/organization.service';

/** The app's services, built once per app and handed to resolvers through the context. */
export function createServices(ds: DataSource, config: Config, options: { notifier?: MemberNotifier } = {}) {
  const notifier = options.notifier ?? silentNotifier;
  return {
    auth: new AuthService(ds, config),
    organizations: new OrganizationService(ds),
    members: new MemberService(ds, config, () => notifier),
  };
}

export type Services = ReturnType<typeof createServices>;
