/**
 * `pnpm api:check`: the emitted schema (server/schema.graphql) against the released one
 * (server/schema.released.graphql), with @graphql-inspector/core.
 *
 * - breaking: fails, listing what broke. Removing a field, argument, input field or enum
 *   value that was already `@deprecated` in the released schema is allowed (the
 *   deprecation policy, docs/api/deprecation.md), and so is removing a type only such
 *   deprecated members referred to;
 * - dangerous (a new enum value, a changed default…): printed, passes;
 * - safe: passes.
 *
 * Options (for tests and other checkouts): --baseline <file> --schema <file>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  buildSchema,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  GraphQLNamedType,
  GraphQLType,
} from 'graphql';

const SERVER = path.resolve(__dirname, '..', '..');
export const DEFAULT_PATHS = {
  baseline: path.join(SERVER, 'schema.released.graphql'),
  schema: path.join(SERVER, 'schema.graphql'),
  changelog: path.join(SERVER, '..', 'CHANGELOG.md'),
};

export interface ApiChange {
  type: string;
  path: string | undefined;
  message: string;
}

export interface ApiReport {
  /** Breaking changes not allowed by the deprecation policy: the check fails. */
  breaking: ApiChange[];
  /** Removals of what the released schema had deprecated: breaking, but allowed. */
  allowedRemovals: ApiChange[];
  dangerous: ApiChange[];
  safe: ApiChange[];
}

const REMOVALS = new Set(['FIELD_REMOVED', 'INPUT_FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'FIELD_ARGUMENT_REMOVED']);

const named = (type: GraphQLType): GraphQLNamedType => (isNonNullType(type) || isListType(type) ? named(type.ofType) : type);

/** The deprecation reason of `Type.member` or `Type.field.arg` in `schema`, if it was deprecated. */
function deprecationOf(schema: GraphQLSchema, where: string): string | null | undefined {
  const [typeName, member, arg] = where.split('.');
  const type = schema.getType(typeName);
  if (!type || !member) return undefined;
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return undefined;
    if (arg === undefined) return field.deprecationReason;
    if ('args' in field) return field.args.find((a) => a.name === arg)?.deprecationReason;
  }
  return undefined;
}

/** True when every reference to `typeName` in `schema` is a deprecated field, argument or input field. */
function onlyDeprecatedUse(schema: GraphQLSchema, typeName: string): boolean {
  let used = false;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (named(field.type).name === typeName) {
        used = true;
        if (!field.deprecationReason) return false;
      }
      for (const arg of 'args' in field ? field.args : []) {
        if (named(arg.type).name === typeName && !field.deprecationReason && !arg.deprecationReason) return false;
        if (named(arg.type).name === typeName) used = true;
      }
    }
  }
  return used;
}

function allowedByPolicy(released: GraphQLSchema, change: Change): boolean {
  if (!change.path) return false;
  if (REMOVALS.has(change.type)) return Boolean(deprecationOf(released, change.path));
  if (change.type === 'TYPE_REMOVED') return onlyDeprecatedUse(released, change.path);
  return false;
}

/** Compares two SDL texts: what the new one breaks, endangers or adds. */
export async function compareSchemas(releasedSdl: string, currentSdl: string): Promise<ApiReport> {
  const released = buildSchema(releasedSdl);
  const current = buildSchema(currentSdl);
  const report: ApiReport = { breaking: [], allowedRemovals: [], dangerous: [], safe: [] };
  for (const change of await diff(released, current)) {
    const entry: ApiChange = { type: change.type, path: change.path, message: change.message };
    switch (change.criticality.level) {
      case CriticalityLevel.Breaking:
        (allowedByPolicy(released, change) ? report.allowedRemovals : report.breaking).push(entry);
        break;
      case CriticalityLevel.Dangerous:
        report.dangerous.push(entry);
        break;
      default:
        report.safe.push(entry);
    }
  }
  return report;
}

export const hasChanges = (r: ApiReport) => r.breaking.length + r.allowedRemovals.length + r.dangerous.length + r.safe.length > 0;

const list = (changes: ApiChange[]) => changes.map((c) => `- ${c.path ? `\`${c.path}\`: ` : ''}${c.message}`).join('\n');

/** The text the check prints. */
export function describe(report: ApiReport): string {
  const out: string[] = [];
  if (report.breaking.length) {
    out.push(
      `BREAKING: ${report.breaking.length} change(s) against the released schema (deprecate first, remove after a release):`,
      list(report.breaking),
    );
  }
  if (report.allowedRemovals.length) out.push('Removed after a deprecation (allowed):', list(report.allowedRemovals));
  if (report.dangerous.length) out.push('DANGEROUS (clients may behave differently):', list(report.dangerous));
  if (report.safe.length) out.push(`Safe: ${report.safe.length} change(s).`);
  if (!hasChanges(report)) out.push('No changes against the released schema.');
  return out.join('\n');
}

/** A dated CHANGELOG.md section for a release. */
export function changelogEntry(report: ApiReport, date: string): string {
  const sections: string[] = [`## API ${date}`];
  if (report.allowedRemovals.length) {
    sections.push('### Breaking (removed after a deprecation)', list(report.allowedRemovals));
  }
  if (report.dangerous.length) sections.push('### Dangerous', list(report.dangerous));
  const described = report.safe.filter((c) => c.type.includes('DESCRIPTION'));
  const safe = report.safe.filter((c) => !c.type.includes('DESCRIPTION'));
  if (report.safe.length) {
    const note = described.length ? `\n- ${described.length} description(s) added or changed` : '';
    sections.push('### Safe additions and changes', list(safe) + note);
  }
  return `${sections.join('\n\n')}\n`;
}

export function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function pathsFrom(argv: readonly string[]) {
  return {
    baseline: path.resolve(argValue(argv, 'baseline') ?? DEFAULT_PATHS.baseline),
    schema: path.resolve(argValue(argv, 'schema') ?? DEFAULT_PATHS.schema),
    changelog: path.resolve(argValue(argv, 'changelog') ?? DEFAULT_PATHS.changelog),
  };
}

async function main() {
  const paths = pathsFrom(process.argv.slice(2));
  const report = await compareSchemas(fs.readFileSync(paths.baseline, 'utf8'), fs.readFileSync(paths.schema, 'utf8'));
  const text = describe(report);
  if (report.breaking.length) {
    process.stderr.write(`${text}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${text}\n`);
  }
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 2;
  });
}
