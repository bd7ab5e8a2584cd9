import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type ExecutionResult,
  execute,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  printSchema,
  typeFromAST,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];

/**
 * GraphQL execution by graphql-jit (issue 11): each operation is compiled once into a
 * function that walks its selection set directly, instead of graphql-js interpreting the
 * document on every request (per field: a field lookup, an argument map, an info object and a
 * path; on a members page ~700 fields, and most of the bytes a request allocated). Apollo
 * Server 5 has no executor option; a gateway is its documented place for one: it hands
 * Apollo our schema (Apollo still parses, validates, runs every plugin and formats errors
 * as before) and gets the executor. Compiled operations are kept per document and operation
 * name (an LRU of `maxOperations`; the documents are Apollo's parsed and validated ones).
 * Resolvers, scalars' serialize, the `@Visible` guards and the authChecker run as they did.
 *
 * Queries only: mutations and subscriptions stay with graphql-js (their serial order, and few
 * fields each). The variables are coerced by graphql-js first, so a bad variable is answered
 * exactly as before (Apollo's 400 BAD_USER_INPUT needs graphql-js's errors); graphql-jit then
 * gets them with the input fields' defaults filled in (withInputDefaults, below). A document
 * graphql-jit cannot compile is executed by graphql-js.
 */
export function jitGateway(schema: GraphQLSchema, maxOperations = 1000): Gateway {
  const compiled = new LRUCache<string, CompiledQuery>({ max: maxOperations });
  const sdl = printSchema(schema);
  return {
    async load() {
      return {
        executor: async (request): Promise<ExecutionResult> => {
          const { document, operation, context } = request;
          const variables = request.request.variables ?? {};
          const byGraphqlJs = () =>
            execute({ schema, document, contextValue: context, variableValues: variables, operationName: request.operationName });
          // mutations and subscriptions as before: graphql-js (few per page, and their serial order is graphql-js's)
          if (operation?.operation !== 'query') {
            return byGraphqlJs();
          }
          // the variables coerced by graphql-js first: its errors are the ones Apollo answers 400 BAD_USER_INPUT for
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
          if (coerced.errors) return { errors: coerced.errors };
          const key = `${request.queryHash}\0${request.operationName ?? ''}`;
          let query = compiled.get(key);
          if (!query) {
            const made = compileQuery(schema, document, request.operationName ?? undefined);
            // not compilable: graphql-js answers it
            if (!isCompiledQuery(made)) {
              return byGraphqlJs();
            }
            compiled.set(key, (query = made));
          }
          return (await query.query(undefined, context, withInputDefaults(schema, operation, variables))) as ExecutionResult;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: sdl });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * The variables with every omitted input-object field that has a default given it, as the
 * client would have sent it (its serialized form). graphql-js does that while coercing; graphql-jit
 * 0.8.9 refuses an omitted non-null field even when it has a default (`role: Role! = MEMBER`),
 * so its coercion gets them filled in. A variable the client sent is copied, never changed.
 */
function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let out = variables;
  for (const def of operation?.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    if (!(name in variables)) continue;
    const type = typeFromAST(schema, def.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const filled = fillDefaults(type, variables[name]);
    if (filled !== variables[name]) {
      if (out === variables) out = { ...variables };
      out[name] = filled;
    }
  }
  return out;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  if (isNonNullType(type)) return fillDefaults(type.ofType, value);
  if (value === null || value === undefined || typeof value !== 'object') return value;
  if (isListType(type)) {
    if (!Array.isArray(value)) return fillDefaults(type.ofType, value);
    let list: unknown[] = value;
    value.forEach((item, i) => {
      const filled = fillDefaults(type.ofType, item);
      if (filled === item) return;
      if (list === value) list = [...value];
      list[i] = filled;
    });
    return list;
  }
  if (!isInputObjectType(type) || Array.isArray(value)) return value;
  const given = value as Record<string, unknown>;
  let obj = given;
  for (const field of Object.values(type.getFields())) {
    const has = Object.prototype.hasOwnProperty.call(given, field.name);
    const next = has
      ? fillDefaults(field.type, given[field.name])
      : field.defaultValue !== undefined
        ? external(field.type, field.defaultValue)
        : undefined;
    if (next === undefined || (has && next === given[field.name])) continue;
    if (obj === given) obj = { ...given };
    obj[field.name] = next;
  }
  return obj;
}

/** A default value (internal, as the schema holds it) in the form a client sends. */
function external(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return external(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((v) => external(type.ofType, v)) : external(type.ofType, value);
  if (isLeafType(type)) return type.serialize(value);
  const obj: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    const v = (value as Record<string, unknown>)[field.name];
    if (v !== undefined) obj[field.name] = external(field.type, v);
  }
  return obj;
}
