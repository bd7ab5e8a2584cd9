import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Anchor } from '@mantine/core';
import { AuthLayout } from '../auth/AuthLayout';
import { useSession } from '../auth/session-context';
import { ResetPasswordForm } from './components/ResetPasswordForm';

/** The page of a reset link (/reset-password?token=…): a new password, then sign in with it. */
function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSession();
  const navigate = useNavigate();

  const onReset = async () => {
    // the reset ended every session of the account, this tab's too
    if (session.status === 'authenticated') await session.signOut();
    void navigate('/sign-in', {
      replace: true,
      state: { notice: 'Your password is reset and every session was signed out. Sign in with the new password.' },
    });
  };

  return (
    <AuthLayout
      title="Choose a new password"
      subtitle="Setting it signs you out everywhere and confirms your email address."
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} onReset={() => void onReset()} />
      ) : (
        <Alert color="red" role="alert">
          This link has no reset token. Open the link from the email again, or{' '}
          <Anchor component={Link} to="/forgot-password">
            ask for a new one
          </Anchor>
          .
        </Alert>
      )}
    </AuthLayout>
  );
}

export default ResetPasswordPage;
