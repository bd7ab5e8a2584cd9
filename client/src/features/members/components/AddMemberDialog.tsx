import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Alert, Button, Group, Modal, PasswordInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { ASSIGNABLE_ROLES, generatePassword } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import { formatDateTime } from '../../common/format';
import { notifySuccess } from '../../common/notify';
import { temporaryPasswordExpiry } from '../temporary-password';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from '../../common/roles';
import { PasswordStrengthMeter } from '../../password/PasswordStrengthMeter';
import { refinePassword } from '../../password/password-schema';
import { useAddMember } from '../hooks/useAddMember';
import { CopyableSecret } from '../../common/CopyableSecret';
import { FormError } from '../../common/FormError';
import { FormActions } from '../../common/FormActions';

const schema = z
  .object({
    name: z.string().trim().min(1, 'Enter the member’s name.').max(200, 'Use at most 200 characters.'),
    email: z.string().trim().min(1, 'Enter an email address.').email('Enter a valid email address.'),
    temporaryPassword: z.string(),
    role: z.enum(['ADMIN', 'MEMBER', 'GUEST']),
    sendEmail: z.boolean(),
  })
  .superRefine((values, ctx) =>
    refinePassword(ctx, 'temporaryPassword', values.temporaryPassword, { email: values.email, name: values.name }),
  );

type Values = z.infer<typeof schema>;

const DEFAULTS: Values = { name: '', email: '', temporaryPassword: '', role: 'MEMBER', sendEmail: true };

interface Handover {
  name: string;
  email: string;
  password: string;
  expiresAt: string | null;
}

const expiryNote = (expiresAt: string | null | undefined) =>
  expiresAt ? ` The temporary password ${temporaryPasswordExpiry(expiresAt)} (${formatDateTime(expiresAt)}).` : '';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** The "Add User" form (docs/PRODUCT.md §3): name, email, temporary password (or Generate), role, send email. */
export function AddMemberDialog({ opened, onClose }: Props) {
  const [addMember, { loading }] = useAddMember();
  const [handover, setHandover] = useState<Handover | null>(null);
  const [passwordVisible, setPasswordVisible] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: DEFAULTS, mode: 'onTouched' });
  const { register, control, handleSubmit, watch, setValue, getValues, formState, reset } = form;
  const [password, email, name, sendEmail] = watch(['temporaryPassword', 'email', 'name', 'sendEmail']);

  const close = () => {
    reset(DEFAULTS);
    setHandover(null);
    setSubmitError(null);
    setPasswordVisible(false);
    onClose();
  };

  const generate = () => {
    const { email: e, name: n } = getValues();
    setValue('temporaryPassword', generatePassword({ email: e, name: n }), { shouldValidate: true, shouldDirty: true });
    setPasswordVisible(true);
  };

  const submit = handleSubmit(async (values) => {
    setSubmitError(null);
    try {
      const result = await addMember({
        name: values.name.trim(),
        email: values.email.trim(),
        temporaryPassword: values.temporaryPassword,
        role: values.role,
        sendEmail: values.sendEmail,
      });
      const who = result.member.name;
      if (result.existingUser) {
        notifySuccess(
          `${who} already had an account: they were added to the organization with their own password, and ${values.sendEmail ? 'were emailed that they were added' : 'were not emailed'}.`,
          'Member added',
        );
        close();
      } else if (result.temporaryPassword) {
        setHandover({
          name: who,
          email: values.email.trim(),
          password: result.temporaryPassword,
          expiresAt: result.temporaryPasswordExpiresAt,
        });
      } else {
        notifySuccess(
          `${who} will receive an email with the temporary password and must change it at first sign-in.${expiryNote(result.temporaryPasswordExpiresAt)}`,
          'Member added',
        );
        close();
      }
    } catch (error) {
      setSubmitError(errorMessage(error));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={handover ? 'Hand over the temporary password' : 'Add user'} size="lg" centered>
      {handover ? (
        <Stack>
          <Text size="sm">
            <b>{handover.name}</b> was added, but no email was sent. Give them this temporary password through a channel you trust; they
            must change it when they first sign in as <b>{handover.email}</b>.
          </Text>
          {handover.expiresAt && (
            <Text size="sm" data-testid="temporary-password-expiry">
              The temporary password {temporaryPasswordExpiry(handover.expiresAt)} ({formatDateTime(handover.expiresAt)}): after that,
              resend the credentials.
            </Text>
          )}
          <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
            It is shown only this once.
          </Alert>
          <CopyableSecret value={handover.password} testId="temporary-password" style={{ fontSize: 16 }} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <TextInput
              label="Name"
              required
              autoComplete="off"
              {...register('name')}
              error={formState.errors.name?.message}
              data-autofocus
            />
            <TextInput
              label="Email"
              type="email"
              required
              autoComplete="off"
              {...register('email')}
              error={formState.errors.email?.message}
            />
            <Stack gap={6}>
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <PasswordInput
                  style={{ flex: 1 }}
                  label="Temporary password"
                  description="The user must change it at first sign-in."
                  required
                  autoComplete="new-password"
                  visible={passwordVisible}
                  onVisibilityChange={setPasswordVisible}
                  {...register('temporaryPassword')}
                  error={formState.errors.temporaryPassword?.message}
                />
                <Button variant="light" leftSection={<IconWand size={16} />} onClick={generate}>
                  Generate Password
                </Button>
              </Group>
              <PasswordStrengthMeter password={password} userInputs={[email, name]} />
            </Stack>
            <Controller
              control={control}
              name="role"
              render={({ field }) => (
                <Select
                  label="Role"
                  data={ASSIGNABLE_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  allowDeselect={false}
                  description={ROLE_DESCRIPTIONS[field.value]}
                />
              )}
            />
            <Controller
              control={control}
              name="sendEmail"
              render={({ field }) => (
                <Switch
                  label="Send email"
                  description="Email the user their temporary password and a sign-in link."
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                />
              )}
            />
            {!sendEmail && (
              <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title="Not recommended">
                The user will not be told they were added. You will see the temporary password once, after adding, and must give it to them
                yourself.
              </Alert>
            )}
            <FormError message={submitError} />
            <FormActions submitLabel="Add user" onCancel={close} loading={loading} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}
