import { Text } from '@mantine/core';
import { auditChanges, changeText } from '../audit-details';

const th = {
  fontWeight: 500,
  color: 'var(--mantine-color-dimmed)',
  whiteSpace: 'nowrap',
  verticalAlign: 'top',
  border: 0,
  padding: '1px 8px 1px 0',
  textAlign: 'left',
} as const;

/** An event's details as a small table: field, then before → after (or the value set, or what it was). */
export function AuditChanges({ data }: { data: string | null | undefined }) {
  const rows = auditChanges(data);
  if (rows.length === 0) return null;
  return (
    <table style={{ borderCollapse: 'collapse', fontSize: 'var(--mantine-font-size-xs)' }} data-testid="audit-changes">
      <tbody>
        {rows.map((c, i) => (
          <tr key={i} aria-label={changeText(c)}>
            <th scope="row" style={th}>
              {c.field}
            </th>
            <td style={{ overflowWrap: 'anywhere', whiteSpace: 'normal', padding: '1px 0', border: 0 }}>
              {c.kind === 'changed' ? (
                <>
                  <Text span size="xs" c="dimmed">
                    {c.before}
                  </Text>
                  <Text span size="xs" c="dimmed" aria-hidden>
                    {' → '}
                  </Text>
                  <Text span size="xs" fw={600}>
                    {c.after}
                  </Text>
                </>
              ) : (
                <Text span size="xs">
                  {c.kind === 'removed' ? `was ${c.before}` : c.after}
                </Text>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
