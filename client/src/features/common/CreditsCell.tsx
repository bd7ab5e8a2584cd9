import { Text } from '@mantine/core';
import { Table } from './DataTable';
import { displayCredits } from './format';

/**
 * A right-aligned table cell with an exact credit amount in monospace. `signed` shows the
 * sign and colours it (ledger amounts: +10 in teal, -2.5 in red).
 */
export function CreditsCell({ amount, label, signed = false }: { amount: string; label?: string; signed?: boolean }) {
  const negative = amount.trim().startsWith('-');
  return (
    <Table.Td ta="right" label={label}>
      <Text size="sm" ff="monospace" c={signed ? (negative ? 'red' : 'teal') : undefined}>
        {signed && !negative ? '+' : ''}
        {displayCredits(amount)}
      </Text>
    </Table.Td>
  );
}
