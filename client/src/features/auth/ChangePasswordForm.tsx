import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { errorMessage } from '../../apollo/errors';
import { PasswordStrengthMeter } from '../password/PasswordStrengthMeter';
import { refinePassword } from '../password/password-schema';
import { useChangePassword } from './hooks/useChangePassword';
import { useViewer } from './session-context';
import { FormError } from '../common/FormError';

function makeSchema(email: string, name: string) {
  return z
    .object({
      currentPassword: z.string().min(1, 'Enter your current password.'),
      newPassword: z.string(),
      confirmPassword: z.string(),
    })
    .superRefine((v, ctx) => {
      refinePassword(ctx, 'newPassword', v.newPassword, { email, name });
      if (v.newPassword && v.newPassword === v.currentPassword) {
        ctx.addIssue({ code: 'custom', path: ['newPassword'], message: 'Choose a password different from the current one.' });
      }
      if (v.confirmPassword !== v.newPassword) {
        ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'The two passwords differ.' });
      }
    });
}
type Values = z.infer<ReturnType<typeof makeSchema>>;

interface Props {
  /** Label of the current password field (the temporary one on the forced page). */
  currentLabel?: string;
  submitLabel?: string;
  onChanged?: () => void;
}

export function ChangePasswordForm({ currentLabel = 'Current password', submitLabel = 'Change password', onChanged }: Props) {
  const viewer = useViewer();
  const [changePassword, { loading }] = useChangePassword();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, watch, reset } = useForm<Values>({
    resolver: zodResolver(makeSchema(viewer.user.email, viewer.user.name)),
    mode: 'onTouched',
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  const newPassword = watch('newPassword');

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      await changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      reset();
      onChanged?.();
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <PasswordInput
          label={currentLabel}
          autoComplete="current-password"
          required
          {...register('currentPassword')}
          error={formState.errors.currentPassword?.message}
        />
        <Stack gap={6}>
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            {...register('newPassword')}
            error={formState.errors.newPassword?.message}
          />
          <PasswordStrengthMeter password={newPassword} userInputs={[viewer.user.email, viewer.user.name]} />
        </Stack>
        <PasswordInput
          label="Confirm new password"
          autoComplete="new-password"
          required
          {...register('confirmPassword')}
          error={formState.errors.confirmPassword?.message}
        />
        <FormError message={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
