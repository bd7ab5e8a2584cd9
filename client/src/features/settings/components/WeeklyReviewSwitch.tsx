import { Switch } from '@mantine/core';
import { notifyError, notifySuccess } from '../../common/notify';
import { useSetWeeklyAccessReviewEmail } from '../hooks/useSetWeeklyAccessReviewEmail';

/** The weekly access review email to owners and admins (OWNER/ADMIN turn it on or off). */
export function WeeklyReviewSwitch({ enabled }: { enabled: boolean | undefined }) {
  const [setWeeklyEmail, { loading }] = useSetWeeklyAccessReviewEmail();

  const change = async (on: boolean) => {
    try {
      await setWeeklyEmail(on);
      notifySuccess(
        on ? 'Owners and admins get the access review by email every week.' : 'The weekly access review email is off.',
        'Organization updated',
      );
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <Switch
      label="Weekly access review email"
      description="Every week, owners and admins get what the Members page's review lists: inactive members, temporary passwords never changed, admins without a second factor, unused API keys."
      checked={enabled ?? false}
      disabled={enabled === undefined || loading}
      onChange={(event) => void change(event.currentTarget.checked)}
    />
  );
}
