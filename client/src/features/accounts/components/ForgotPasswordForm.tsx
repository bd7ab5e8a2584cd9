import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import { FormError } from '../../common/FormError';
import { useRequestPasswordReset } from '../hooks/useRequestPasswordReset';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').email('Enter a valid email address.'),
});
type Values = z.infer<typeof schema>;

/** Asks for a reset link. The answer never tells whether the address has an account. */
export function ForgotPasswordForm() {
  const [request, { loading }] = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const submit = handleSubmit(async ({ email }) => {
    setError(null);
    try {
      await request(email.trim());
      setSentTo(email.trim());
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  if (sentTo) {
    return (
      <Alert color="teal" role="status" title="Check your inbox">
        If an account exists for {sentTo}, we sent a link to reset its password. It works once, for 30 minutes.
      </Alert>
    );
  }

  return (
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
        <FormError message={error} />
        <Button type="submit" loading={loading} fullWidth>
          Send reset link
        </Button>
      </Stack>
    </form>
  );
}
