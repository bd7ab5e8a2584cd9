import { Navigate, useLocation, useNavigate } from 'react-router';
import { Anchor, Text } from '@mantine/core';
import { notifySuccess } from '../common/notify';
import { AuthLayout } from './AuthLayout';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './session-context';

/** Where a member lands after signing in with a temporary password: nothing else works until it changes. */
function ChangePasswordPage() {
  const session = useSession();
  const navigate = useNavigate();
  // where the member was going (e.g. an email confirmation link), kept across the change
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  if (!session.viewer) return <Navigate to="/sign-in" replace />;
  const { viewer } = session;

  return (
    <AuthLayout
      title="Choose your own password"
      subtitle={
        <>
          {viewer.user.name}, you signed in to <b>{viewer.organization.name}</b> with a temporary password. Replace it to continue.
        </>
      }
      footer={
        <>
          Not you?{' '}
          <Anchor component="button" type="button" onClick={() => void session.signOut().then(() => navigate('/sign-in'))}>
            Sign out
          </Anchor>
        </>
      }
    >
      <Text size="sm" c="dimmed">
        Signed in as {viewer.user.email}
      </Text>
      <ChangePasswordForm
        currentLabel="Temporary password"
        submitLabel="Set password and continue"
        onChanged={() => {
          notifySuccess('Your password is changed. Other sessions were signed out.', 'Password changed');
          void navigate(from, { replace: true });
        }}
      />
    </AuthLayout>
  );
}

export default ChangePasswordPage;
