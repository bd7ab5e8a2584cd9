import { isRole } from '@orgpulse/shared';
import { displayCredits } from '../common/format';
import { ROLE_LABELS } from '../common/roles';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** One line of an event's details: a field and its value before and after (null: not there). */
export interface AuditChange {
  /** "Role", "Monthly limit". */
  field: string;
  before: string | null;
  after: string | null;
  /** changed: before → after; added: only after; removed: only before; note: a fact about the change. */
  kind: 'changed' | 'added' | 'removed' | 'note';
}

const LABELS: Record<string, string> = {
  requireMfa: 'Two-factor sign-in required',
  mfa: 'Two-factor sign-in',
  lowBalanceThreshold: 'Low-balance threshold',
  previousOwnerRole: 'Previous owner’s new role',
  targetRole: 'Their role',
  url: 'URL',
};

/** "monthlyLimit" -> "Monthly limit", "send_email" -> "Send email". */
export function fieldLabel(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const text = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]/g, ' ')
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fields holding credits: shown exactly, with the locale's separators. */
const CREDIT_FIELD = /(balance|amount|threshold|credits|limit|allowance)$/i;

function show(key: string, value: Json | undefined): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return CREDIT_FIELD.test(key) ? displayCredits(String(value)) : value.toLocaleString();
  if (typeof value === 'string') {
    if (isRole(value)) return ROLE_LABELS[value];
    if (CREDIT_FIELD.test(key) && /^-?\d+(\.\d+)?$/.test(value)) return displayCredits(value);
    // enum values (ACTIVE, AGENT, TOP_UP, MEMBER_ADDED) read as words
    if (/^[A-Z][A-Z_]+$/.test(value)) return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
    // snake_case codes (emailed_link) read as words too
    if (/^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, ' ');
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => show('', v)).join(', ');
  return JSON.stringify(value);
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids say nothing to a person reading the log (the target is named elsewhere). */
const hidden = (key: string) => /(^id$|Id$|^owner$)/.test(key);

/**
 * An audit event's JSON as rows a person reads: "Role: Member → Administrator" for what
 * changed, "Note: Invoice 7" for the rest. Text that is not JSON is one note as it is.
 */
export function auditChanges(data: string | null | undefined): AuditChange[] {
  if (!data) return [];
  let parsed: Json;
  try {
    parsed = JSON.parse(data) as Json;
  } catch {
    return [{ field: 'Details', before: null, after: data, kind: 'note' }];
  }
  if (!isObject(parsed)) return [{ field: 'Details', before: null, after: show('', parsed), kind: 'note' }];
  const before = isObject(parsed.before) ? parsed.before : {};
  const after = isObject(parsed.after) ? parsed.after : {};
  const rows: AuditChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (hidden(key)) continue;
    const field = fieldLabel(key);
    if (key in before && key in after) {
      const [b, a] = [show(key, before[key]), show(key, after[key])];
      if (b !== a) rows.push({ field, before: b, after: a, kind: 'changed' });
    } else if (key in after) {
      rows.push({ field, before: null, after: show(key, after[key]), kind: 'added' });
    } else {
      rows.push({ field, before: show(key, before[key]), after: null, kind: 'removed' });
    }
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'before' || key === 'after' || hidden(key)) continue;
    rows.push({ field: fieldLabel(key), before: null, after: show(key, value), kind: 'note' });
  }
  return rows;
}

/** One change as a line of text ("Role: Member → Administrator"), for titles and the tests. */
export function changeText(c: AuditChange): string {
  if (c.kind === 'changed') return `${c.field}: ${c.before} → ${c.after}`;
  if (c.kind === 'removed') return `${c.field} was ${c.before}`;
  return `${c.field}: ${c.after}`;
}

/** "member.role_changed" -> "Member role changed", "api_key.created" -> "API key created". */
export function describeAction(action: string): string {
  const text = action
    .replace(/[._]/g, ' ')
    .replace(/\bapi\b/g, 'API')
    .replace(/\bmfa\b/g, 'two-factor')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
