import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors';
import { isUuid } from './validate';

export const MAX_PAGE_SIZE = 200;

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to read the next page.' })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

/** The `first` and `after` arguments of every paginated query. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: '1 to 200' })
  first: number | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

/** Validates `first`: 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined, fallback = 50): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${n}.`, 'first');
  }
  return n;
}

/** A keyset position: the sort key (a timestamp) and the row id that breaks ties. */
export interface Cursor {
  at: Date;
  id: string;
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined || after === '') return null;
  try {
    const [iso, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    const at = new Date(iso);
    if (typeof iso === 'string' && typeof id === 'string' && isUuid(id) && !Number.isNaN(at.getTime())) {
      return { at, id };
    }
  } catch {
    // fall through
  }
  throw badInput('The cursor in `after` is not one this API returned. Use pageInfo.endCursor from the previous page.', 'after');
}

/** Cuts a page read with `first + 1` rows into nodes and page info. */
export function toPage<T>(rows: T[], first: number, key: (row: T) => { at: Date; id: string }) {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage, endCursor: last ? encodeCursor(key(last).at, key(last).id) : null },
  };
}
