import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Link, useNavigate } from 'react-router';
import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@orgpulse/shared';
import { errorMessage } from '../../apollo/errors';
import { PasswordStrengthMeter } from '../password/PasswordStrengthMeter';
import { refinePassword } from '../password/password-schema';
import { AuthLayout } from './AuthLayout';
import { useSignUp } from './hooks/useSignUp';
import { FormError } from '../common/FormError';

const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name.').max(200, 'Use at most 200 characters.'),
    email: z.string().trim().min(1, 'Enter your email address.').email('Enter a valid email address.'),
    password: z.string(),
    organizationName: z.string().trim().min(1, 'Name your organization.').max(200, 'Use at most 200 characters.'),
  })
  .superRefine((v, ctx) => refinePassword(ctx, 'password', v.password, { email: v.email, name: v.name }));
type Values = z.infer<typeof schema>;

function SignUpPage() {
  const [signUp, { loading }] = useSignUp();
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { name: '', email: '', password: '', organizationName: '' },
  });
  const [password, email, name] = watch(['password', 'email', 'name']);

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      const payload = await signUp({
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
        organizationName: values.organizationName.trim(),
      });
      if (payload) void navigate('/members', { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <AuthLayout
      title="Create your organization"
      subtitle="You will be its owner, with every permission."
      footer={
        <>
          Already have an account?{' '}
          <Anchor component={Link} to="/sign-in">
            Sign in
          </Anchor>
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            {...register('name')}
            error={formState.errors.name?.message}
            data-autofocus
          />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...register('email')}
            error={formState.errors.email?.message}
          />
          <Stack gap={6}>
            <PasswordInput
              label="Password"
              description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`}
              autoComplete="new-password"
              required
              {...register('password')}
              error={formState.errors.password?.message}
            />
            <PasswordStrengthMeter password={password} userInputs={[email, name]} />
          </Stack>
          <TextInput
            label="Organization name"
            autoComplete="organization"
            required
            {...register('organizationName')}
            error={formState.errors.organizationName?.message}
          />
          <FormError message={error} />
          <Button type="submit" loading={loading} fullWidth>
            Create organization
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}

export default SignUpPage;
