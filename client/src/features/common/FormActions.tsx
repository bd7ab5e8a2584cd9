import { Button, Group } from '@mantine/core';

interface Props {
  /** The submit button's text. */
  submitLabel: string;
  onCancel: () => void;
  loading?: boolean;
  color?: string;
}

/** The end of a dialog's form: Cancel, then the submit button. */
export function FormActions({ submitLabel, onCancel, loading, color }: Props) {
  return (
    <Group justify="flex-end" gap="xs">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
