import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways on a phone, with the native scrollbar (lighter than
 * Mantine's ScrollArea, and keyboard-scrollable: it is focusable and labelled).
 */
export function TableScroll({ minWidth, label, children }: { minWidth: number; label?: string; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }} tabIndex={label ? 0 : undefined} role={label ? 'region' : undefined} aria-label={label}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
