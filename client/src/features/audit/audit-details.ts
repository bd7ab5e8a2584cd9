import { isRole } from '@orgpulse/shared';
import { ROLE_LABELS } from '../common/roles';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** "existingUser" -> "existing user", "balance" -> "balance". */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.]/g, ' ')
    .toLowerCase();
}

function show(value: Json | undefined): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') {
    if (isRole(value)) return ROLE_LABELS[value];
    // enum values (ACTIVE, AGENT, TOP_UP) read as words
    if (/^[A-Z][A-Z_]+$/.test(value)) return value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

const isObject = (v: Json | undefined): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids say nothing to a person reading the log (the target is named elsewhere). */
const hidden = (key: string) => /(^id$|Id$)/.test(key);

/**
 * An audit event's JSON, as lines a person reads: "role: Member → Administrator" for what
 * changed, "note: Invoice 7" for the rest. Text that is not JSON is shown as it is.
 */
export function describeAuditData(data: string | null | undefined): string[] {
  if (!data) return [];
  let parsed: Json;
  try {
    parsed = JSON.parse(data) as Json;
  } catch {
    return [data];
  }
  if (!isObject(parsed)) return [show(parsed)];
  const before = isObject(parsed.before) ? parsed.before : {};
  const after = isObject(parsed.after) ? parsed.after : {};
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (hidden(key)) continue;
    if (key in before && key in after) {
      if (show(before[key]) !== show(after[key])) lines.push(`${words(key)}: ${show(before[key])} → ${show(after[key])}`);
    } else if (key in after) {
      lines.push(`${words(key)}: ${show(after[key])}`);
    } else {
      lines.push(`${words(key)} was ${show(before[key])}`);
    }
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (key === 'before' || key === 'after' || hidden(key)) continue;
    lines.push(`${words(key)}: ${show(value)}`);
  }
  return lines;
}
