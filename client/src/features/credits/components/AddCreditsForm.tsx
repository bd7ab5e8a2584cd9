import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { formatCredits, parseCredits } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import { displayCredits } from '../../common/format';
import { notifySuccess } from '../../common/notify';
import { positiveCredits } from '../credit-input';
import { useAddCredits } from '../hooks/useAddCredits';
import { FormError } from '../../common/FormError';

const schema = z.object({ amount: positiveCredits, note: z.string().max(500, 'Use at most 500 characters.') });
type Values = z.infer<typeof schema>;

export function AddCreditsForm() {
  const [addCredits, { loading }] = useAddCredits();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState, reset } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { amount: '', note: '' },
  });

  const submit = handleSubmit(async (values) => {
    setError(null);
    try {
      const amount = formatCredits(parseCredits(values.amount));
      const { data } = await addCredits(amount, values.note.trim() || null);
      notifySuccess(`Added ${displayCredits(amount)} credits. Balance: ${displayCredits(data?.addCredits.balanceAfter)}.`, 'Credits added');
      reset();
    } catch (e) {
      setError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Group align="flex-start" grow wrap="wrap">
          <TextInput
            label="Amount"
            description="Exact decimal, up to 6 digits after the point."
            inputMode="decimal"
            placeholder="100"
            required
            {...register('amount')}
            error={formState.errors.amount?.message}
          />
          <TextInput
            label="Note"
            description="Optional, e.g. an invoice number."
            {...register('note')}
            error={formState.errors.note?.message}
          />
        </Group>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            Add credits
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
