import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { MfaStep } from '../accounts/components/MfaStep';
import type { AuthPayloadFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../apollo/errors';
import { AuthLayout } from './AuthLayout';
import { useLogIn } from './hooks/useLogIn';
import { FormError } from '../common/FormError';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.'),
});
type Values = z.infer<typeof schema>;

function SignInPage() {
  const [logIn, { loading }] = useLogIn();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as { from?: string; notice?: string } | null;
  const from = state?.from ?? '/';
  const [mfaToken, setMfaToken] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const proceed = (payload: AuthPayloadFieldsFragment) =>
    void navigate(payload.user.mustChangePassword ? '/change-password' : from, {
      replace: true,
      state: payload.user.mustChangePassword ? { from } : undefined,
    });

  if (mfaToken) {
    return (
      <AuthLayout title="Two-factor sign-in" subtitle="Your password was right. One more step to prove it is you.">
        <MfaStep mfaToken={mfaToken} onSignedIn={proceed} onCancel={() => setMfaToken(null)} />
      </AuthLayout>
    );
  }

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      const result = await logIn({ email: values.email.trim(), password: values.password });
      if (result && 'mfaToken' in result) setMfaToken(result.mfaToken);
      else if (result) proceed(result.signedIn);
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <AuthLayout
      title="Sign in"
      subtitle="Welcome back. Sign in to your organization."
      footer={
        <>
          New to orgpulse?{' '}
          <Anchor component={Link} to="/sign-up">
            Create an organization
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {state?.notice && (
            <Alert color="teal" role="status">
              {state.notice}
            </Alert>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...register('email')}
            error={formState.errors.email?.message}
            data-autofocus
          />
          <Stack gap={4}>
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              {...register('password')}
              error={formState.errors.password?.message}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot password?
              </Anchor>
            </Group>
          </Stack>
          <FormError message={error} />
          <Button type="submit" loading={loading} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

export default SignInPage;
