import { useLocation, useNavigate } from 'react-router';
import { Anchor } from '@mantine/core';
import { AuthLayout } from '../auth/AuthLayout';
import { useSession, useViewer } from '../auth/session-context';
import { notifySuccess } from '../common/notify';
import { TotpEnrollment } from './components/TotpEnrollment';

/** Where a member is sent while the organization requires a second factor they have not set up. */
function MfaEnrollmentPage() {
  const viewer = useViewer();
  const session = useSession();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  return (
    <AuthLayout
      title="Set up two-factor sign-in"
      subtitle={
        <>
          <b>{viewer.organization.name}</b> requires two-factor sign-in. Set it up to continue: signing in will then also ask for a code
          from your authenticator app.
        </>
      }
      footer={
        <>
          Signed in as {viewer.user.email}.{' '}
          <Anchor component="button" type="button" onClick={() => void session.signOut().then(() => navigate('/sign-in'))}>
            Sign out
          </Anchor>
        </>
      }
    >
      <TotpEnrollment
        doneLabel="I saved my codes, continue"
        onFinished={() => {
          notifySuccess('Two-factor sign-in is on.', 'Two-factor sign-in');
          void navigate(from === '/two-factor-setup' ? '/' : from, { replace: true });
        }}
      />
    </AuthLayout>
  );
}

export default MfaEnrollmentPage;
