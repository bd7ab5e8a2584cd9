import { useState, type FormEvent } from 'react';
import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import { FormError } from '../../common/FormError';
import type { AuthPayloadFieldsFragment } from '../../../gql/graphql';
import { useCompleteMfaLogIn } from '../hooks/useCompleteMfaLogIn';

interface Props {
  /** From the MFA_REQUIRED answer to logIn: 5 minutes, single use. */
  mfaToken: string;
  onSignedIn: (payload: AuthPayloadFieldsFragment) => void;
  /** Back to the email and password (e.g. once the mfaToken has expired). */
  onCancel: () => void;
}

/** The second step of signing in: the 6-digit code of the authenticator app, or a recovery code. */
export function MfaStep({ mfaToken, onSignedIn, onCancel }: Props) {
  const [complete, { loading }] = useCompleteMfaLogIn();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const value = recovery ? code.trim() : code.replace(/\s+/g, '');
    if (!recovery && !/^\d{6}$/.test(value)) {
      setFieldError('Enter the 6 digits your authenticator app shows.');
      return;
    }
    if (recovery && !value) {
      setFieldError('Enter one of your recovery codes.');
      return;
    }
    setFieldError(null);
    try {
      const payload = await complete(mfaToken, value);
      if (payload) onSignedIn(payload);
    } catch (e) {
      setError(errorMessage(e));
      setCode('');
    }
  };

  const toggle = () => {
    setRecovery((r) => !r);
    setCode('');
    setFieldError(null);
    setError(null);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">
          {recovery
            ? 'Enter one of the recovery codes you saved when you set up two-factor sign-in. Each works once.'
            : 'Open your authenticator app and enter the 6-digit code it shows for orgpulse.'}
        </Text>
        <TextInput
          key={recovery ? 'recovery' : 'totp'}
          label={recovery ? 'Recovery code' : 'Authentication code'}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          inputMode={recovery ? 'text' : 'numeric'}
          maxLength={recovery ? 32 : 7}
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fieldError}
          data-autofocus
          autoFocus
        />
        <FormError message={error} />
        <Button type="submit" loading={loading} fullWidth>
          Verify and sign in
        </Button>
        <Group justify="space-between">
          <Anchor component="button" type="button" size="sm" onClick={toggle}>
            {recovery ? 'Use the authenticator app' : 'Use a recovery code instead'}
          </Anchor>
          <Anchor component="button" type="button" size="sm" c="dimmed" onClick={onCancel}>
            Start over
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
