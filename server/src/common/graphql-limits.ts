import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode } from '@orgpulse/shared';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  parse,
  SelectionSetNode,
  Source,
  TokenKind,
  validate,
  ValidationRule,
  ValueNode,
} from 'graphql';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { MAX_PAGE_SIZE } from './pagination';
import type { GraphqlErrorBody } from './refusals';

export interface QueryLimits {
  /** Nesting of fields (a fragment spread is no level of its own). */
  maxDepth: number;
  /** The same under a root `__schema` (the standard introspection query nests `ofType` ~13 levels). */
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  /**
   * Token cap (Apollo's parseOptions.maxTokens too), checked by the lexer alone before a parse:
   * the largest legitimate document here (the SPA's, GraphiQL's introspection) has well under 1,000.
   */
  maxTokens: number;
  /** Fields of one operation once every fragment is expanded where it is spread. */
  maxFields: number;
  /**
   * Fields with the same response name in one selection set (its inline fragments included).
   * graphql-js's OverlappingFieldsCanBeMerged compares them pairwise: quadratic.
   */
  maxRepeatedField: number;
  /** Fragment spreads in one selection set (the same rule compares them pairwise too). */
  maxSpreadsPerSelection: number;
  /** Each field costs 1, and what is under a field with `first` costs `first` times (see measureDocument). */
  maxCost: number;
}

const INTROSPECTION_MAX_DEPTH = 20;

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxIntrospectionDepth: INTROSPECTION_MAX_DEPTH,
  maxAliases: 60,
  maxRootFields: 60,
  maxDirectives: 30,
  maxTokens: 2000,
  maxFields: 2000,
  maxRepeatedField: 10,
  maxSpreadsPerSelection: 30,
  maxCost: 20_000,
};

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.QueryTooComplex } });
}

/** Thrown inside the pass to stop at the first limit crossed. */
class Refused extends Error {}

export interface DocumentMeasure {
  /** Per operation, in document order. */
  operations: Array<{ name: string | null; fields: number; cost: number; rootFields: number }>;
  /** How many times a fragment's body was walked (each one once, whatever the spreads). */
  fragmentWalks: Map<string, number>;
}

interface Measure {
  fields: number;
  cost: number;
}
const ZERO: Measure = { fields: 0, cost: 0 };

/** The page size a field asks for, clamped to what a resolver accepts (more is refused there). */
function pageSizeOf(
  args: readonly { name: { value: string }; value: ValueNode }[] | undefined,
  def: GraphQLField<unknown, unknown> | undefined,
  variables: Record<string, unknown>,
  variableDefaults: Map<string, ValueNode>,
): number {
  const arg = args?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  let n: unknown = undefined;
  if (arg) {
    let v: ValueNode | undefined = arg.value;
    if (v.kind === Kind.VARIABLE) {
      const name = v.name.value;
      n = variables[name];
      v = n === undefined || n === null ? variableDefaults.get(name) : undefined;
    }
    if (v?.kind === Kind.INT) n = Number(v.value);
  } else {
    const d = def?.args.find((a) => a.name === 'first' || a.name === 'last')?.defaultValue;
    n = d;
  }
  if (typeof n !== 'number' || !Number.isFinite(n)) return 1;
  return Math.max(1, Math.min(Math.trunc(n), MAX_PAGE_SIZE));
}

/**
 * One linear pass over a parsed document, before graphql-js's standard validation: every
 * selection set is walked once, every fragment body once (its measure is memoised and added
 * at each spread), so 40 fragments that each spread the next twice cost 41 walks, not 2^40.
 * Throws `Refused` at the first limit crossed. The schema is used only to find list sizes
 * (`first` defaults); unknown fields count 1 and are left to the standard rules.
 */
export function measureDocument(
  doc: DocumentNode,
  limits: QueryLimits = DEFAULT_LIMITS,
  schema?: GraphQLSchema,
  variables: Record<string, unknown> = {},
): DocumentMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const variableDefaults = new Map<string, ValueNode>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    if (def.kind === Kind.OPERATION_DEFINITION)
      for (const v of def.variableDefinitions ?? []) if (v.defaultValue) variableDefaults.set(v.variable.name.value, v.defaultValue);
  }
  const memo = new Map<string, Measure | 'walking'>();
  const walks = new Map<string, number>();
  const typeNamed = (name: string | undefined) => (schema && name ? schema.getType(name) : undefined);

  const fragment = (name: string): Measure => {
    const known = memo.get(name);
    // a cycle is invalid (NoFragmentCycles), and graphql-js's overlap rule can recurse past the stack on one
    if (known === 'walking') throw new Refused(`Cannot spread fragment "${name}" within itself.`);
    if (known) return known;
    const def = fragments.get(name);
    if (!def) return ZERO; // unknown: KnownFragmentNames refuses it
    memo.set(name, 'walking');
    walks.set(name, (walks.get(name) ?? 0) + 1);
    const m = selectionSet(def.selectionSet, typeNamed(def.typeCondition.name.value), new Map(), { spreads: 0 });
    memo.set(name, m);
    return m;
  };

  /** `keys` and `spreads` are shared with the inline fragments of the same set (graphql-js merges them). */
  const selectionSet = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    keys: Map<string, number>,
    spreads: { spreads: number },
  ): Measure => {
    let fields = 0;
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const seen = (keys.get(key) ?? 0) + 1;
        keys.set(key, seen);
        if (seen > limits.maxRepeatedField) {
          throw new Refused(
            `The query repeats the field "${key}" too often in one selection (more than ${limits.maxRepeatedField} times).`,
          );
        }
        const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[sel.name.value] : undefined;
        const child = sel.selectionSet
          ? selectionSet(sel.selectionSet, def ? getNamedType(def.type) : undefined, new Map(), { spreads: 0 })
          : ZERO;
        fields += 1 + child.fields;
        cost += 1 + (child === ZERO ? 0 : pageSizeOf(sel.arguments, def, variables, variableDefaults) * child.cost);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const m = selectionSet(sel.selectionSet, sel.typeCondition ? typeNamed(sel.typeCondition.name.value) : type, keys, spreads);
        fields += m.fields;
        cost += m.cost;
      } else {
        spreads.spreads += 1;
        if (spreads.spreads > limits.maxSpreadsPerSelection) {
          throw new Refused(`The query spreads too many fragments in one selection (more than ${limits.maxSpreadsPerSelection}).`);
        }
        const m = fragment(sel.name.value);
        fields += m.fields;
        cost += m.cost;
      }
      if (fields > limits.maxFields) throw new Refused(`The query asks for too many fields (more than ${limits.maxFields}).`);
      if (cost > limits.maxCost) throw new Refused(`The query is too costly (more than ${limits.maxCost}; a list counts \`first\` times).`);
    }
    return { fields, cost };
  };

  const operations: DocumentMeasure['operations'] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const rootFields = def.selectionSet.selections.length;
    if (rootFields > limits.maxRootFields) {
      throw new Refused(`The operation asks for too many top-level fields (more than ${limits.maxRootFields}).`);
    }
    const root = schema?.getRootType(def.operation) ?? undefined;
    const m = selectionSet(def.selectionSet, root, new Map(), { spreads: 0 });
    operations.push({ name: def.name?.value ?? null, ...m, rootFields });
  }
  // unused fragments too: the standard rules walk them all the same
  for (const name of fragments.keys()) fragment(name);
  return { operations, fragmentWalks: walks };
}

/**
 * graphql-armor's depth, alias and directive rules (2.4.2+: a fragment named `__schema`
 * is measured like any other, GHSA-224p-v68g-5g8f). Each memoises fragments: linear.
 * Two depth rules: `maxDepth` ignoring a root `__schema` field, and `maxIntrospectionDepth` for all.
 */
function armorRules(limits: QueryLimits, refuse: (message: string) => void): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: false };
  const depth = () => refuse(`The query is nested too deeply (more than ${limits.maxDepth} levels).`);
  return [
    maxDepthRule({ ...common, n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, onReject: [depth] }),
    maxDepthRule({ ...common, n: limits.maxIntrospectionDepth, flattenFragments: true, ignoreIntrospection: false, onReject: [depth] }),
    maxAliasesRule({
      ...common,
      n: limits.maxAliases,
      allowList: [],
      onReject: [() => refuse(`The query uses too many aliases (more than ${limits.maxAliases}).`)],
    }),
    maxDirectivesRule({
      ...common,
      n: limits.maxDirectives,
      onReject: [() => refuse(`The query uses too many directives (more than ${limits.maxDirectives}).`)],
    }),
  ];
}

/** measureDocument's refusal as a GraphQL error, or null (and the measure handed to `onMeasure`). */
function measured(
  doc: DocumentNode,
  limits: QueryLimits,
  schema: GraphQLSchema,
  variables: Record<string, unknown>,
  onMeasure?: (measure: DocumentMeasure) => void,
): GraphQLError | null {
  try {
    const measure = measureDocument(doc, limits, schema, variables);
    onMeasure?.(measure);
    return null;
  } catch (err) {
    if (err instanceof Refused) return limitError(err.message);
    throw err;
  }
}

/**
 * Checks a parsed document against every limit, linearly; returns the first refusal or null.
 * Run it before graphql-js's standard validation (whose OverlappingFieldsCanBeMerged is quadratic).
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  doc: DocumentNode,
  variables: Record<string, unknown> = {},
  limits: QueryLimits = DEFAULT_LIMITS,
  onMeasure?: (measure: DocumentMeasure) => void,
): GraphQLError | null {
  // the memoised pass first: it stops at the first limit crossed, without type information
  const measureRefusal = measured(doc, limits, schema, variables, onMeasure);
  if (measureRefusal) return measureRefusal;
  let refusal: string | null = null;
  validate(
    schema,
    doc,
    armorRules(limits, (m) => {
      refusal ??= m;
    }),
    { maxErrors: 1 },
  );
  if (refusal) return limitError(refusal);
  return null;
}

/** The GraphQL document and variables of a POST (JSON body) or GET (query string) request. */
function requestDocument(req: Request): { query: string; variables: Record<string, unknown> } | null {
  const src = (req.method === 'GET' ? req.query : req.body) as { query?: unknown; variables?: unknown } | undefined;
  if (!src || typeof src.query !== 'string') return null;
  let variables: unknown = src.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined; // Apollo answers a malformed `variables` itself
    }
  }
  return { query: src.query, variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {} };
}

/** The cost of the operation a request runs (by operationName, else its only one), as the middleware measured it; 0 if none. */
export function operationCost(measured: DocumentMeasure['operations'] | undefined, operationName: string | null | undefined): number {
  if (!measured?.length) return 0;
  const op = operationName ? measured.find((o) => o.name === operationName) : measured.length === 1 ? measured[0] : undefined;
  return op?.cost ?? 0;
}

/**
 * Whether the document has more than `max` tokens, by the lexer alone (no syntax tree, stops at
 * `max + 1`). A token is at least one character, so a shorter text never has.
 */
function overTokens(query: string, max: number): boolean {
  if (query.length <= max) return false;
  const lexer = new Lexer(new Source(query));
  try {
    for (let n = 0; n <= max; n++) if (lexer.advance().kind === TokenKind.EOF) return false;
  } catch {
    return false; // not lexable: the parse says where
  }
  return true;
}

/** How a refusal is answered (app.ts: RefusalGuard.refuse, which counts it and adds `extensions.cost`). */
export type Refuse = (req: Request, res: Response, status: number, error: GraphqlErrorBody) => void;

const plainRefuse: Refuse = (_req, res, status, error) => {
  res.status(status).json({ errors: [error] });
};

/** Documents that parsed and passed the structural rules, by their text (bounded by count and total size). */
function documentCache(): LRUCache<string, DocumentNode> {
  return new LRUCache<string, DocumentNode>({ max: 1000, maxSize: 4 * 1024 * 1024, sizeCalculation: (_doc, query) => query.length + 1 });
}

/**
 * Express middleware in front of Apollo: parses the document (with the token cap) and checks
 * every limit before Apollo builds the context (no SQL, even for a presented token) and before
 * graphql-js's standard validation. Answers itself, before Apollo: over a limit, HTTP 400
 * QUERY_TOO_COMPLEX; a document that does not parse, HTTP 400 GRAPHQL_PARSE_FAILED as Apollo
 * would (so it is not parsed twice).
 *
 * A document that passed is kept parsed (by its text, least recently used first out): the next
 * request with the same text skips the parse and the structural rules (depth, aliases,
 * directives: they do not depend on variables), but is measured again with its own variables and
 * operation every time, so its cost (which `first` in the variables drives) is always its own.
 */
export function queryLimitsMiddleware(
  schema: GraphQLSchema,
  limits: QueryLimits = DEFAULT_LIMITS,
  refuse: Refuse = plainRefuse,
): RequestHandler {
  const passed = documentCache();
  return (req, res, next) => {
    const request = requestDocument(req);
    if (!request) return next();
    let doc = passed.get(request.query);
    let refusal: GraphQLError | null;
    const onMeasure = (m: DocumentMeasure) => {
      res.locals.queryCost = m.operations; // read by the rate limits (common/rate-limit.ts): measured once
    };
    if (doc) {
      refusal = measured(doc, limits, schema, request.variables, onMeasure);
    } else {
      if (overTokens(request.query, limits.maxTokens)) {
        return refuse(req, res, 400, {
          message: `The document has too many tokens (more than ${limits.maxTokens}).`,
          extensions: { code: ErrorCode.QueryTooComplex },
        });
      }
      try {
        doc = parse(request.query, { maxTokens: limits.maxTokens });
      } catch (err) {
        const e = err instanceof GraphQLError ? err : new GraphQLError('Syntax Error: the document could not be read.');
        return refuse(req, res, 400, {
          message: e.message,
          ...(e.locations ? { locations: e.locations } : {}),
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        });
      }
      refusal = checkQueryLimits(schema, doc, request.variables, limits, onMeasure);
      if (!refusal) passed.set(request.query, doc);
    }
    if (!refusal) return next();
    refuse(req, res, 400, { message: refusal.message, extensions: { code: ErrorCode.QueryTooComplex } });
  };
}
