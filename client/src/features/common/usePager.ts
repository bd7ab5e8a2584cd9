import { useCallback, useState } from 'react';

export interface Pager {
  /** The cursor to pass as `after` for the current page (null on the first page). */
  after: string | null;
  /** 0-based page number. */
  page: number;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  reset: () => void;
}

/** Cursor pagination with a back stack: Next follows `pageInfo.endCursor`, Previous pops. */
export function usePager(): Pager {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setStack((s) => [...s, endCursor]);
  }, []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { after: stack[stack.length - 1], page: stack.length - 1, next, previous, reset };
}
