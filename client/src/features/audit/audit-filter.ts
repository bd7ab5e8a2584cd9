import { toApiRange, type DayRange } from '../dashboard/date-range';

/** What the audit log page is narrowed to; empty parts narrow nothing. */
export interface AuditFilter {
  actorId: string | null;
  actions: string[];
  /** An id as typed or clicked; sent only when it looks like one. */
  targetId: string;
  range: DayRange | null;
}

export const NO_FILTER: AuditFilter = { actorId: null, actions: [], targetId: '', range: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isTargetValid = (target: string) => target.trim() === '' || UUID.test(target.trim());

/** The auditLog variables of a filter (the same the CSV export gets). */
export function filterVariables(f: AuditFilter) {
  const range = f.range ? toApiRange(f.range) : null;
  const target = f.targetId.trim();
  return {
    actorId: f.actorId,
    actions: f.actions.length > 0 ? f.actions : null,
    targetId: target !== '' && UUID.test(target) ? target : null,
    from: range?.from ?? null,
    to: range?.to ?? null,
  };
}

/** The CSV export's query string of a filter. */
export function filterQuery(f: AuditFilter): URLSearchParams {
  const v = filterVariables(f);
  const q = new URLSearchParams();
  if (v.actorId) q.set('actorId', v.actorId);
  for (const a of v.actions ?? []) q.append('action', a);
  if (v.targetId) q.set('targetId', v.targetId);
  if (v.from) q.set('from', v.from);
  if (v.to) q.set('to', v.to);
  return q;
}

export const isFiltered = (f: AuditFilter) => f.actorId !== null || f.actions.length > 0 || f.targetId.trim() !== '' || f.range !== null;
