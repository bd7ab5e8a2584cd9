import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  /** Parser token cap (Apollo's parseOptions.maxTokens). */
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 60, maxRootFields: 60, maxDirectives: 30, maxTokens: 6000 };

/**
 * Introspection (`__schema`, `__type` at the root) runs no SQL, but the standard query that
 * GraphiQL and codegen send nests `ofType` about 13 levels: it gets this depth instead.
 * Only real root fields count, never a fragment's name.
 */
const INTROSPECTION_MAX_DEPTH = 20;
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * Measures every operation, following fragment spreads (each fragment counted where it is
 * spread, whatever its name: a fragment called `__schema` is measured like any other).
 */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
  acc: { depth: number; aliases: number; directives: number },
  limits: QueryLimits,
): void {
  if (depth > acc.depth) acc.depth = depth;
  if (acc.depth > limits.maxDepth || acc.aliases > limits.maxAliases) return; // already over: stop early
  for (const sel of set.selections) {
    acc.directives += sel.directives?.length ?? 0;
    if (sel.kind === Kind.FIELD) {
      if (sel.alias) acc.aliases += 1;
      if (sel.selectionSet) measure(sel.selectionSet, fragments, depth + 1, seen, acc, limits);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      measure(sel.selectionSet, fragments, depth, seen, acc, limits);
    } else {
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue; // unknown or cyclic spreads are reported by the standard rules
      seen.add(frag.name.value);
      measure(frag.selectionSet, fragments, depth, seen, acc, limits);
      seen.delete(frag.name.value);
    }
  }
}

/** A validation rule refusing documents that are too deep, too aliased or too wide. */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const doc = context.getDocument();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of doc.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    return {
      OperationDefinition(op: OperationDefinitionNode) {
        const acc = { depth: 0, aliases: 0, directives: 0 };
        let tooDeep = false;
        for (const sel of op.selectionSet.selections) {
          const one = { depth: 0, aliases: acc.aliases, directives: acc.directives };
          const introspection = sel.kind === Kind.FIELD && INTROSPECTION_ROOTS.has(sel.name.value);
          const maxDepth = introspection ? INTROSPECTION_MAX_DEPTH : limits.maxDepth;
          measure({ kind: Kind.SELECTION_SET, selections: [sel] }, fragments, 1, new Set(), one, { ...limits, maxDepth });
          acc.aliases = one.aliases;
          acc.directives = one.directives;
          acc.depth = Math.max(acc.depth, one.depth);
          if (one.depth > maxDepth) tooDeep = true;
        }
        if (tooDeep) {
          context.reportError(limitError(`The query is nested too deeply (more than ${limits.maxDepth} levels).`));
        }
        if (acc.aliases > limits.maxAliases) {
          context.reportError(limitError(`The query uses too many aliases (more than ${limits.maxAliases}).`));
        }
        if (acc.directives > limits.maxDirectives) {
          context.reportError(limitError(`The query uses too many directives (more than ${limits.maxDirectives}).`));
        }
        if (op.selectionSet.selections.length > limits.maxRootFields) {
          context.reportError(limitError(`The operation asks for too many top-level fields (more than ${limits.maxRootFields}).`));
        }
      },
    };
  };
}
