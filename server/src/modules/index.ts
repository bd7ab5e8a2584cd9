import type { AppModule } from '../app';
import type { Config } from '../config';
import type { MemberNotifier } from './members/member.notifier';

/** The app's background and HTTP modules (mail worker, exports…), and the member notifier. */
export function appModules(_config: Config): { list: AppModule[]; notifier?: MemberNotifier } {
  return { list: [] };
}
