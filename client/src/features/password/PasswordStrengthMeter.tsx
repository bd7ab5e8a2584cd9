import { Group, Progress, Stack, Text } from '@mantine/core';
import { usePasswordStrength } from './usePasswordStrength';

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'];
const COLORS = ['red', 'red', 'yellow', 'teal', 'green'];

interface Props {
  password: string;
  /** The account's email and name: a password must not contain them. */
  userInputs?: string[];
}

/**
 * Four bars and a word for how guessable the password is. The policy decides whether it
 * is accepted; a password the policy refuses never shows as strong.
 */
export function PasswordStrengthMeter({ password, userInputs = [] }: Props) {
  const { policy, score, warning } = usePasswordStrength(password, userInputs);
  if (!password) return null;
  const shown = policy.ok ? (score ?? 2) : Math.min(score ?? 1, 1);
  const label = policy.ok ? (score === null ? 'Meets the policy' : LABELS[shown]) : 'Does not meet the policy';
  const color = policy.ok ? COLORS[shown] : 'red';

  return (
    <Stack gap={4} data-testid="password-strength">
      <Group gap={4} grow aria-hidden>
        {[1, 2, 3, 4].map((bar) => (
          <Progress key={bar} size={4} value={shown >= bar || (bar === 1 && password) ? 100 : 0} color={color} />
        ))}
      </Group>
      <Text size="xs" c={color} aria-live="polite">
        Strength: {label}
      </Text>
      {policy.ok && warning && (
        <Text size="xs" c="dimmed">
          {warning}
        </Text>
      )}
    </Stack>
  );
}
