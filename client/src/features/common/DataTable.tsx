import type { CSSProperties, HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import './data-table.css';

/**
 * Plain semantic tables styled like Mantine's. Mantine's Table drags its ScrollArea and
 * floating-ui along (~16 kB gzip) into every page that lists something; this does not.
 * Wide tables scroll sideways inside <TableScroll>, or, with <TableScroll stack>, turn into
 * one card per row on a phone: cells flow in a line, a `label` is shown before its value,
 * the `primary` cell takes the first line and the `actions` cell the last.
 * The explicit roles keep the table's semantics when CSS changes how its parts display.
 */
type Align = 'left' | 'right' | 'center';
interface CellProps {
  ta?: Align;
  w?: number | string;
  maw?: number | string;
  children?: ReactNode;
}
interface StackProps {
  /** Shown before the value when the row stacks on a phone (the header row is hidden there). */
  label?: string;
  /** Where the cell goes when the row stacks: its own first line, or its own last line. */
  cell?: 'primary' | 'actions';
}

const cellStyle = ({ ta, w, maw }: CellProps, style?: CSSProperties): CSSProperties => ({
  textAlign: ta,
  width: w,
  maxWidth: maw,
  ...style,
});

function Root({
  children,
  highlightOnHover,
  verticalSpacing,
}: {
  children: ReactNode;
  highlightOnHover?: boolean;
  verticalSpacing?: 'sm' | number;
}) {
  const padding = verticalSpacing === 'sm' ? 10 : (verticalSpacing ?? 7);
  return (
    <table
      className="op-table"
      role="table"
      data-hover={highlightOnHover || undefined}
      style={{ '--op-table-py': `${padding}px` } as CSSProperties}
    >
      {children}
    </table>
  );
}

const Thead = (props: HTMLAttributes<HTMLTableSectionElement>) => <thead role="rowgroup" {...props} />;
const Tbody = (props: HTMLAttributes<HTMLTableSectionElement>) => <tbody role="rowgroup" {...props} />;
const Tr = ({ c, style, ...props }: HTMLAttributes<HTMLTableRowElement> & { c?: 'dimmed' }) => (
  <tr role="row" {...props} style={c === 'dimmed' ? { color: 'var(--mantine-color-dimmed)', ...style } : style} />
);
const Th = ({ ta, w, maw, style, ...props }: CellProps & ThHTMLAttributes<HTMLTableCellElement>) => (
  <th scope="col" role="columnheader" {...props} style={cellStyle({ ta, w, maw }, style)} />
);
const Td = ({ ta, w, maw, style, label, cell, ...props }: CellProps & StackProps & TdHTMLAttributes<HTMLTableCellElement>) => (
  <td role="cell" data-label={label} data-cell={cell} {...props} style={cellStyle({ ta, w, maw }, style)} />
);

/** The header of a column of row actions: no visible text, named "Actions" for screen readers. */
const ActionsTh = () => (
  <Th>
    <span className="visually-hidden">Actions</span>
  </Th>
);

export const Table = Object.assign(Root, { Thead, Tbody, Tr, Th, Td, ActionsTh });
