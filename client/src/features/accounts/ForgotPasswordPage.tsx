import { Link } from 'react-router';
import { Anchor } from '@mantine/core';
import { AuthLayout } from '../auth/AuthLayout';
import { ForgotPasswordForm } from './components/ForgotPasswordForm';

function ForgotPasswordPage() {
  return (
    <AuthLayout
      title="Reset your password"
      subtitle="Enter the email address you sign in with. We will email you a link to choose a new password."
      footer={
        <Anchor component={Link} to="/sign-in">
          Back to sign in
        </Anchor>
      }
    >
      <ForgotPasswordForm />
    </AuthLayout>
  );
}

export default ForgotPasswordPage;
