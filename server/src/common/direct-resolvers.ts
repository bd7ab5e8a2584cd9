import { getMetadataStorage } from 'type-graphql';
import { GraphQLSchema, isObjectType } from 'graphql';
import type { GraphQLFieldResolver } from 'graphql';

type Method = (...args: unknown[]) => unknown;

/**
 * TypeGraphQL calls every `@FieldResolver` through a wrapper that, on each call, builds a
 * resolver-data object, looks up the resolver instance, runs the (empty) middleware chain,
 * sorts and maps the parameter list and converts the root to its class: on a members page
 * that is ~650 calls and ~5% of the request's CPU (issue 11). A field resolver whose
 * parameters are only `@Root()` (the whole row) and `@Ctx()` (the whole context), with no
 * `@Authorized` roles and no middleware, gets exactly those two values from that wrapper
 * whenever the row already is an instance of the object type's class (the conversion then
 * returns it as it is): it is then called directly, with the same arguments, on one instance
 * of its resolver class (resolver classes here are stateless). Any other row, and any other
 * field resolver, keeps TypeGraphQL's wrapper. Runs on the built schema before applyGuards
 * (which wraps the `@Visible` fields). Returns the fields it made direct, as `Type.field`
 * (schema.test.ts checks the members page's are).
 */
export function directFieldResolvers(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL's own type for classes
  const instances = new Map<Function, Record<string, Method>>();
  const made: string[] = [];
  for (const r of storage.fieldResolvers) {
    if (r.kind !== 'external' || !r.getObjectType || r.roles || (r.middlewares?.length ?? 0) > 0) continue;
    const params = [...(r.params ?? [])].sort((a, b) => a.index - b.index);
    const shape = params.map((p, i) =>
      p.index !== i ? null : p.kind === 'root' && !p.propertyName ? 'root' : p.kind === 'context' && !p.propertyName ? 'context' : null,
    );
    if (shape.includes(null)) continue;
    const kinds = shape.join(',');
    if (!['root', 'root,context', 'context,root'].includes(kinds)) continue;
    const objectClass = r.getObjectType() as new () => unknown;
    // the class TypeGraphQL converts the row to (the parameter's declared type) must be the object type's own
    const rootParam = params.find((p) => p.kind === 'root') as { getType?: () => unknown } | undefined;
    if (rootParam?.getType && rootParam.getType() !== objectClass) continue;
    for (const o of storage.objectTypes) {
      if (o.target !== objectClass) continue;
      const type = schema.getType(o.name);
      const field = isObjectType(type) ? type.getFields()[r.schemaName] : undefined;
      if (!field?.resolve) continue;
      const wrapped: GraphQLFieldResolver<unknown, unknown> = field.resolve;
      let instance = instances.get(r.target);
      if (!instance) instances.set(r.target, (instance = new (r.target as new () => Record<string, Method>)()));
      const method = instance[r.methodName].bind(instance);
      field.resolve =
        kinds === 'root'
          ? (root, args, context, info) => (root instanceof objectClass ? method(root) : wrapped(root, args, context, info))
          : kinds === 'root,context'
            ? (root, args, context, info) => (root instanceof objectClass ? method(root, context) : wrapped(root, args, context, info))
            : (root, args, context, info) => (root instanceof objectClass ? method(context, root) : wrapped(root, args, context, info));
      made.push(`${o.name}.${r.schemaName}`);
    }
  }
  return made;
}

/**
 * TypeGraphQL gives every plain `@Field` (a property, no field resolver) a resolver that, on
 * each call, builds a resolver-data object and runs the (empty) middleware chain to read
 * `root[property]`: on a members page that is ~600 calls, and those objects were ~8% of the
 * bytes a request allocates (issue 11). A plain field with no `@Authorized` roles and no
 * middleware reads the same property directly: with no resolver at all where the property has
 * the field's name and is no method (graphql-jit compiles those to an inline property read,
 * where a resolver, even one that only reads the property, costs closures, an info object and
 * a promise check per field and row: a third of the bytes a members page allocated), else
 * with a resolver that reads the property (not graphql's default resolver, which would read
 * the schema name and call a function-valued property). Runs on the built schema
 * before applyGuards (which wraps the `@Visible` fields). Returns the fields it made direct.
 */
export function directPlainFields(schema: GraphQLSchema): string[] {
  const storage = getMetadataStorage();
  const made: string[] = [];
  const hasResolver = (target: unknown, name: string) =>
    storage.fieldResolvers.some((r) => r.getObjectType?.() === target && r.methodName === name);
  for (const o of storage.objectTypes) {
    const type = schema.getType(o.name);
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    // the object type's own fields and those it inherits, the class's own last (as TypeGraphQL builds them)
    const target = o.target as { prototype: object };
    const metadata = storage.fields.filter((f) => f.target === o.target || target.prototype instanceof (f.target as new () => object));
    for (const [schemaName, field] of Object.entries(fields)) {
      if (!field.resolve) continue;
      const meta = metadata.filter((f) => f.schemaName === schemaName).sort((a, b) => depth(b.target) - depth(a.target))[0];
      if (!meta || meta.roles || (meta.middlewares?.length ?? 0) > 0 || (meta.params?.length ?? 0) > 0) continue;
      if (hasResolver(meta.target, meta.name)) continue;
      const property = meta.name;
      // the same name and never a method: no resolver at all. graphql-jit then reads the property inline
      // (no resolver call, no closures and no info object per field and row; graphql-js's default reads it too)
      field.resolve =
        property === schemaName && !isMethod(target.prototype, property)
          ? undefined
          : (root) => (root as Record<string, unknown>)[property];
      made.push(`${o.name}.${schemaName}`);
    }
  }
  return made;
}

/** Whether the class chain of `proto` defines `name` as a method (a property read would then be a function, not its value). */
function isMethod(proto: object | null, name: string): boolean {
  for (let p = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return typeof d.value === 'function';
  }
  return false;
}

/** How far down its class chain a class is (a subclass's field wins over its parent's). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeGraphQL's own type for classes
function depth(target: Function): number {
  let n = 0;
  for (let p = Object.getPrototypeOf(target); p && p !== Function.prototype; p = Object.getPrototypeOf(p)) n++;
  return n;
}
