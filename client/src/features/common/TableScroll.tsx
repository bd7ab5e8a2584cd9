import type { CSSProperties, ReactNode } from 'react';
import './data-table.css';

interface Props {
  minWidth: number;
  label?: string;
  /** On a phone, stack each row into a card instead of scrolling sideways (see DataTable). */
  stack?: boolean;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a phone, with the native scrollbar (lighter than
 * Mantine's ScrollArea, and keyboard-scrollable: it is focusable and labelled).
 */
export function TableScroll({ minWidth, label, stack, children }: Props) {
  return (
    <div
      className="op-table-scroll"
      data-stack={stack || undefined}
      style={{ '--op-table-min-width': `${minWidth}px` } as CSSProperties}
      tabIndex={label ? 0 : undefined}
      role={label ? 'region' : undefined}
      aria-label={label}
    >
      <div className="op-table-scroll-inner">{children}</div>
    </div>
  );
}
