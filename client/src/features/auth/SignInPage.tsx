import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useLocation, useNavigate } from 'react-router';
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
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
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { email: '', password: '' },
  });

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      const payload = await logIn({ email: values.email.trim(), password: values.password });
      if (payload) void navigate(payload.user.mustChangePassword ? '/change-password' : from, { replace: true });
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
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...register('email')}
            error={formState.errors.email?.message}
            data-autofocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...register('password')}
            error={formState.errors.password?.message}
          />
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
