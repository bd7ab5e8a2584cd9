import { useState, type FormEvent } from 'react';
import { Badge, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import { useSession, useViewer } from '../../auth/session-context';
import { FormError } from '../../common/FormError';
import { notifySuccess } from '../../common/notify';
import { useDisableTotp } from '../hooks/useDisableTotp';
import { TotpEnrollment } from './TotpEnrollment';

function DisableTotpForm({ onCancel }: { onCancel: () => void }) {
  const [disable, { loading }] = useDisableTotp();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError('Enter your current password.');
      return;
    }
    setError(null);
    try {
      await disable(password);
      notifySuccess('Two-factor sign-in is off. Your recovery codes no longer work.', 'Two-factor sign-in off');
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <FormError message={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={loading}>
            Turn off two-factor sign-in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Settings → Security: the state of two-factor sign-in, set it up, or turn it off with the password. */
export function TwoFactorSection() {
  const viewer = useViewer();
  const { mfaEnrollmentRequired } = useSession();
  const [enrolling, setEnrolling] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const enabled = viewer.user.mfaEnabled;

  // kept while enrolling: the recovery codes stay on screen after the viewer turns "enabled"
  if (enrolling || !enabled) {
    return (
      <Stack>
        {!enrolling && (
          <Text size="sm" c="dimmed">
            {mfaEnrollmentRequired ? 'Your organization requires two-factor sign-in. ' : ''}
            With two-factor sign-in, a password alone is not enough: signing in also asks for a code from an authenticator app on your
            phone.
          </Text>
        )}
        <TotpEnrollment onStarted={() => setEnrolling(true)} onFinished={() => setEnrolling(false)} />
      </Stack>
    );
  }

  return (
    <Stack>
      <Group gap="xs">
        <Text size="sm">Status:</Text>
        <Badge color="teal" variant="light">
          On
        </Badge>
      </Group>
      {disabling ? (
        <DisableTotpForm onCancel={() => setDisabling(false)} />
      ) : (
        <Group justify="flex-start">
          <Button variant="light" color="red" onClick={() => setDisabling(true)}>
            Turn off two-factor sign-in
          </Button>
        </Group>
      )}
    </Stack>
  );
}
