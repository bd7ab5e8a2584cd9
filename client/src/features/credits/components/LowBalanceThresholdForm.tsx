import { useState } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { CreditFormatError, formatCredits, parseCredits } from '@orgpulse/shared';
import { errorMessage } from '../../../apollo/errors';
import { notifySuccess } from '../../common/notify';
import { useSetLowBalanceThreshold } from '../hooks/useSetLowBalanceThreshold';

export function LowBalanceThresholdForm({ current }: { current: string | null }) {
  const [setThreshold, { loading }] = useSetLowBalanceThreshold();
  const [value, setValue] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    let threshold: string | null = null;
    if (value.trim()) {
      try {
        const micros = parseCredits(value);
        if (micros < 0n) throw new CreditFormatError('The threshold cannot be negative.');
        threshold = formatCredits(micros);
      } catch (e) {
        setError(e instanceof Error ? e.message : 'Enter an amount such as 50.');
        return;
      }
    }
    try {
      await setThreshold(threshold);
      notifySuccess(
        threshold === null ? 'Low-balance warnings are off.' : `You will be warned below ${threshold} credits.`,
        'Threshold saved',
      );
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <form onSubmit={save} noValidate>
      <Stack>
        <TextInput
          label="Low-balance threshold"
          description="Warn on the dashboard (and by email) when the balance falls below this. Leave empty to turn off."
          inputMode="decimal"
          placeholder="e.g. 50"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          error={error}
        />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={loading}>
            Save threshold
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
