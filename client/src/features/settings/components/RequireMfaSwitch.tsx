import { Switch, Text } from '@mantine/core';
import { useViewer } from '../../auth/session-context';
import { notifyError, notifySuccess } from '../../common/notify';
import { useSetRequireMfa } from '../hooks/useSetRequireMfa';

/** The organization's second-factor policy (OWNER/ADMIN). Members without one must enrol before anything else. */
export function RequireMfaSwitch({ requireMfa }: { requireMfa: boolean | undefined }) {
  const viewer = useViewer();
  const [setRequireMfa, { loading }] = useSetRequireMfa();

  const change = async (required: boolean) => {
    try {
      await setRequireMfa(required);
      notifySuccess(
        required
          ? 'Every member must now use two-factor sign-in. Those without it are asked to set it up first.'
          : 'Two-factor sign-in is optional again.',
        'Organization updated',
      );
    } catch (e) {
      notifyError(e);
    }
  };

  return (
    <>
      <Switch
        label="Require two-factor authentication"
        description="Members without a second factor can only set one up until they do. API keys keep working."
        checked={requireMfa ?? false}
        disabled={requireMfa === undefined || loading}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
      {!viewer.user.mfaEnabled && !requireMfa && (
        <Text size="xs" c="dimmed">
          You have not set up two-factor sign-in yourself: turning this on asks you to set it up right away.
        </Text>
      )}
    </>
  );
}
