import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconMailExclamation } from '@tabler/icons-react';
import { useViewer } from '../../auth/session-context';
import { notifyError, notifySuccess } from '../../common/notify';
import { useResendVerificationEmail } from '../hooks/useResendVerificationEmail';

/** Shown in the app frame until the viewer's email address is confirmed. */
export function EmailVerificationBanner() {
  const viewer = useViewer();
  const [resend, { loading }] = useResendVerificationEmail();
  const [sent, setSent] = useState(false);
  if (viewer.user.emailVerified) return null;

  const onResend = async () => {
    try {
      const emailed = await resend();
      setSent(emailed);
      if (emailed) notifySuccess(`We sent a new confirmation link to ${viewer.user.email}.`, 'Email sent');
      else notifySuccess('Your email address is already confirmed.', 'Nothing to do');
    } catch (e) {
      notifyError(e, 'Could not send the email');
    }
  };

  return (
    <Alert
      color="yellow"
      icon={<IconMailExclamation size={18} />}
      title="Confirm your email address"
      mb="md"
      data-testid="email-unverified"
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm" style={{ flex: 1, minWidth: 220 }}>
          {viewer.user.email} is not verified yet. Open the link we emailed you{sent ? ' (a new one is on its way)' : ''}; it works while
          you are signed in.
        </Text>
        <Button size="xs" variant="light" color="yellow" loading={loading} onClick={() => void onResend()}>
          Resend verification email
        </Button>
      </Group>
    </Alert>
  );
}
