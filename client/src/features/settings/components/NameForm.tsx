import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { errorMessage } from '../../../apollo/errors';
import { notifySuccess } from '../../common/notify';

interface Props {
  label: string;
  initial: string;
  save: (name: string) => Promise<unknown>;
  saved: string;
}

/** One name field with Save: the profile name and the organization name. */
export function NameForm({ label, initial, save, saved }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Enter a name.');
    setError(null);
    setSaving(true);
    try {
      await save(trimmed);
      notifySuccess(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          label={label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          style={{ flex: '1 1 240px' }}
        />
        <Button type="submit" mt={25} loading={saving} disabled={name.trim() === initial}>
          Save
        </Button>
      </Group>
    </form>
  );
}
