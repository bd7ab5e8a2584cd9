import { useMemo } from 'react';
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { periodsOf, toApiRange, type DayRange } from '../date-range';
import type { StackBucket, StackBy } from '../stack';

type StackResult = Record<string, StackBucket[]>;

/**
 * One usageSummary per period, aliased p0…pN in one request (at most 31: a day each, or a
 * few days each over long ranges). The API has no day × operation grouping; the server
 * answers all the aliases of a request from its rollups together.
 */
export function stackDocument(periods: DayRange[], by: StackBy): TypedDocumentNode<StackResult, Record<string, never>> {
  const fields = periods.map((p, i) => {
    const { from, to } = toApiRange(p);
    return `p${i}: usageSummary(from: "${from}", to: "${to}", groupBy: ${by}) { key label credits count }`;
  });
  return gql(`query DashboardStack {\n${fields.join('\n')}\n}`) as TypedDocumentNode<StackResult, Record<string, never>>;
}

export function useStackedUsage(range: DayRange, by: StackBy) {
  const periods = useMemo(() => periodsOf(range), [range]);
  const document = useMemo(() => stackDocument(periods, by), [periods, by]);
  const { data, error, refetch } = useQuery(document);
  const buckets = data ? periods.map((_, i) => data[`p${i}`] ?? []) : null;
  return { periods, buckets, error, refetch };
}
