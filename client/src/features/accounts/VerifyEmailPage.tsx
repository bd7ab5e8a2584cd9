import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Stack } from '@mantine/core';
import { errorMessage } from '../../apollo/errors';
import { AuthLayout } from '../auth/AuthLayout';
import { useViewer } from '../auth/session-context';
import { LoadingState } from '../common/QueryState';
import { useVerifyEmail } from './hooks/useVerifyEmail';

type Outcome = { state: 'pending' } | { state: 'verified' } | { state: 'failed'; message: string };

/**
 * The page of a confirmation link (/verify-email?token=…). It sits behind sign-in (the
 * server confirms only from a session of the same account); the token survives the detour.
 */
function VerifyEmailPage() {
  const viewer = useViewer();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [verifyEmail] = useVerifyEmail();
  const [outcome, setOutcome] = useState<Outcome>(
    token ? { state: 'pending' } : { state: 'failed', message: 'This link has no confirmation token. Open the link from the email again.' },
  );
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (!token || sent.current === token) return;
    sent.current = token; // once per token (effects run twice in development)
    verifyEmail(token).then(
      () => setOutcome({ state: 'verified' }),
      (e: unknown) => setOutcome({ state: 'failed', message: errorMessage(e) }),
    );
  }, [token, verifyEmail]);

  return (
    <AuthLayout title="Confirm your email address" subtitle={`Signed in as ${viewer.user.email}`}>
      {outcome.state === 'pending' && <LoadingState label="Confirming your email address…" />}
      {outcome.state !== 'pending' && (
        <Stack>
          {outcome.state === 'verified' ? (
            <Alert color="teal" role="status" title="Email confirmed">
              {viewer.user.email} is confirmed. Thank you.
            </Alert>
          ) : (
            <Alert color="red" role="alert" title="Not confirmed">
              {outcome.message} You can ask for a new link from the banner in the app.
            </Alert>
          )}
          <Button component={Link} to="/" replace>
            Continue to orgpulse
          </Button>
        </Stack>
      )}
    </AuthLayout>
  );
}

export default VerifyEmailPage;
