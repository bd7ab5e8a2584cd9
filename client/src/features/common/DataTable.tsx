import type { CSSProperties, HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';
import './data-table.css';

/**
 * Plain semantic tables styled like Mantine's. Mantine's Table drags its ScrollArea and
 * floating-ui along (~16 kB gzip) into every page that lists something; this does not.
 * Wide tables scroll sideways inside <TableScroll>.
 */
type Align = 'left' | 'right' | 'center';
interface CellProps {
  ta?: Align;
  w?: number | string;
  maw?: number | string;
  children?: ReactNode;
}

const cellStyle = ({ ta, w, maw }: CellProps, style?: CSSProperties): CSSProperties => ({ textAlign: ta, width: w, maxWidth: maw, ...style });

function Root({ children, highlightOnHover, verticalSpacing }: { children: ReactNode; highlightOnHover?: boolean; verticalSpacing?: 'sm' | number }) {
  const padding = verticalSpacing === 'sm' ? 10 : (verticalSpacing ?? 7);
  return (
    <table className="op-table" data-hover={highlightOnHover || undefined} style={{ '--op-table-py': `${padding}px` } as CSSProperties}>
      {children}
    </table>
  );
}

const Thead = (props: HTMLAttributes<HTMLTableSectionElement>) => <thead {...props} />;
const Tbody = (props: HTMLAttributes<HTMLTableSectionElement>) => <tbody {...props} />;
const Tr = ({ c, style, ...props }: HTMLAttributes<HTMLTableRowElement> & { c?: 'dimmed' }) => (
  <tr {...props} style={c === 'dimmed' ? { color: 'var(--mantine-color-dimmed)', ...style } : style} />
);
const Th = ({ ta, w, maw, style, ...props }: CellProps & ThHTMLAttributes<HTMLTableCellElement>) => (
  <th scope="col" {...props} style={cellStyle({ ta, w, maw }, style)} />
);
const Td = ({ ta, w, maw, style, ...props }: CellProps & TdHTMLAttributes<HTMLTableCellElement>) => (
  <td {...props} style={cellStyle({ ta, w, maw }, style)} />
);

export const Table = Object.assign(Root, { Thead, Tbody, Tr, Th, Td });
