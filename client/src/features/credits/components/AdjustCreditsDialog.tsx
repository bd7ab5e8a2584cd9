import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Group, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { ErrorCode, formatCredits, parseCredits } from '@orgpulse/shared';
import { errorCode, errorMessage } from '../../../apollo/errors';
import { displayCredits } from '../../common/format';
import { notifySuccess } from '../../common/notify';
import { positiveCredits } from '../credit-input';
import { useAdjustCredits } from '../hooks/useAdjustCredits';
import { FormError } from '../../common/FormError';
import { FormActions } from '../../common/FormActions';

export const NOTE_MAX = 500;
// The server accepts tabs and line breaks in a note, but no other control characters.
// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const schema = z.object({
  direction: z.enum(['add', 'remove']),
  amount: positiveCredits,
  note: z
    .string()
    .trim()
    .min(1, 'Say why the balance is adjusted.')
    .max(NOTE_MAX, `Use at most ${NOTE_MAX} characters.`)
    .refine((note) => !CONTROL.test(note), 'The reason contains characters that are not allowed.'),
});
type Values = z.infer<typeof schema>;

const DEFAULTS: Values = { direction: 'add', amount: '', note: '' };

/** What a failed adjustment means for the person who submitted it. */
function adjustmentError(error: unknown): string {
  switch (errorCode(error)) {
    case ErrorCode.InsufficientCredits:
      return 'This would take the balance below zero. Nothing was changed.';
    case ErrorCode.Forbidden:
      return 'Only owners and administrators can adjust the balance.';
    case ErrorCode.Conflict:
      return 'This adjustment was already submitted with other details. Check the transactions before you submit again.';
    case ErrorCode.BadUserInput:
    case ErrorCode.RateLimited:
      return errorMessage(error);
    default:
      // No clear answer from the server: it may or may not have applied the adjustment.
      return `${errorMessage(error)} Submitting again will not apply the adjustment twice.`;
  }
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The balance shown on the page, if loaded. */
  balance?: string | null;
}

/** Correct the balance up or down. The reason is required and is kept in the ledger and the audit log. */
export function AdjustCreditsDialog({ opened, onClose, balance }: Props) {
  const [adjustCredits, { loading }] = useAdjustCredits();
  const [submitError, setSubmitError] = useState<string | null>(null);
  const { register, control, handleSubmit, formState, reset, watch } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const direction = watch('direction');
  const noteLength = watch('note').trim().length;

  const close = () => {
    reset(DEFAULTS);
    setSubmitError(null);
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    setSubmitError(null);
    const micros = parseCredits(values.amount);
    const amount = formatCredits(values.direction === 'remove' ? -micros : micros);
    const note = values.note.trim();
    try {
      const transaction = await adjustCredits(amount, note);
      const verb = values.direction === 'remove' ? 'Removed' : 'Added';
      notifySuccess(
        `${verb} ${displayCredits(formatCredits(micros))} credits. Balance: ${displayCredits(transaction.balanceAfter)}.`,
        'Balance adjusted',
      );
      close();
    } catch (error) {
      setSubmitError(adjustmentError(error));
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Adjust balance" centered>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            Correct the balance up or down, for example after a billing mistake. Purchases go through Add credits.
            {balance != null && ` Current balance: ${displayCredits(balance)}.`}
          </Text>
          <Controller
            control={control}
            name="direction"
            render={({ field }) => (
              <Radio.Group label="Direction" value={field.value} onChange={(value) => field.onChange(value)}>
                <Group mt="xs">
                  <Radio value="add" label="Add credits" />
                  <Radio value="remove" label="Remove credits" />
                </Group>
              </Radio.Group>
            )}
          />
          <TextInput
            label={direction === 'remove' ? 'Amount to remove' : 'Amount to add'}
            description="Exact decimal, up to 6 digits after the point."
            inputMode="decimal"
            placeholder="25"
            autoComplete="off"
            required
            data-autofocus
            {...register('amount')}
            error={formState.errors.amount?.message}
          />
          <Textarea
            label="Reason"
            description={`Kept in the ledger and the audit log (${noteLength}/${NOTE_MAX} characters).`}
            placeholder="e.g. Refund for the outage of 3 March"
            autosize
            minRows={2}
            maxRows={6}
            required
            {...register('note')}
            error={formState.errors.note?.message}
          />
          <FormError message={submitError} />
          <FormActions submitLabel="Adjust balance" onCancel={close} loading={loading} color={direction === 'remove' ? 'red' : undefined} />
        </Stack>
      </form>
    </Modal>
  );
}
