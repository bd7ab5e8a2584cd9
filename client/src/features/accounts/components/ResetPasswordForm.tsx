import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, PasswordInput, Stack } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import { FormError } from '../../common/FormError';
import { PasswordStrengthMeter } from '../../password/PasswordStrengthMeter';
import { refinePassword } from '../../password/password-schema';
import { useResetPassword } from '../hooks/useResetPassword';

const schema = z.object({ newPassword: z.string(), confirmPassword: z.string() }).superRefine((v, ctx) => {
  refinePassword(ctx, 'newPassword', v.newPassword);
  if (v.confirmPassword !== v.newPassword) {
    ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords differ.' });
  }
});
type Values = z.infer<typeof schema>;

/** The new password for a reset link's token, under the shared policy. */
export function ResetPasswordForm({ token, onReset }: { token: string; onReset: () => void }) {
  const [resetPassword, { loading }] = useResetPassword();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    mode: 'onTouched',
    defaultValues: { newPassword: '', confirmPassword: '' },
  });
  const newPassword = watch('newPassword');

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      await resetPassword(token, values.newPassword);
      onReset();
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Stack gap={6}>
          <PasswordInput
            label="New password"
            description={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`}
            autoComplete="new-password"
            required
            {...register('newPassword')}
            error={formState.errors.newPassword?.message}
            data-autofocus
          />
          <PasswordStrengthMeter password={newPassword} />
        </Stack>
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          {...register('confirmPassword')}
          error={formState.errors.confirmPassword?.message}
        />
        <FormError message={error} />
        <Button type="submit" loading={loading} fullWidth>
          Set new password
        </Button>
      </Stack>
    </form>
  );
}
