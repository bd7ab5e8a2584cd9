import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, execute, getNamedType, parse, GraphQLType, isInputObjectType, isNonNullType, isObjectType } from 'graphql';
import { ALL_PERMISSIONS } from '@orgpulse/shared';
import { buildAppSchema, directlyResolvedFields, printAppSchema } from '../src/schema';
import { applyGuards } from '../src/common/auth/guard';
import type { GuardExtension } from '../src/common/auth/guard';

const schema = buildAppSchema();

describe('the built schema', () => {
  test('every query and mutation declares a guard from the permission table (deny by default)', () => {
    const unguarded: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const guard = (field.extensions as Partial<GuardExtension>).guard;
        if (!guard || (guard !== 'public' && !ALL_PERMISSIONS.includes(guard))) unguarded.push(`${root.name}.${field.name}`);
      }
    }
    expect(unguarded).toEqual([]);
  });

  test('a root operation without a guard is refused at run time; a field guard answers null to others', async () => {
    const bare = applyGuards(buildSchema('type Query { open: String, row: Row } type Row { secret: String }'));
    (bare.getType('Row') as any).getFields().secret.extensions = { guard: 'members:manage', hidden: 'null', visible: () => false };
    applyGuards(bare);
    const refused = await execute({ schema: bare, document: parse('{ open }'), rootValue: { open: 'x' }, contextValue: {} });
    expect(refused.errors?.[0]?.message).toBe('This operation has no access rule and is refused.');
    expect(refused.data).toEqual({ open: null });
  });

  test("the members page's field resolvers are called directly; a field with its own guard keeps TypeGraphQL's (its authChecker)", () => {
    const direct = directlyResolvedFields();
    for (const f of ['name', 'email', 'lastActiveAt', 'invitedBy', 'emailError', 'mfaEnabled', 'temporaryPasswordExpiresAt', 'allowance'])
      expect(direct).toContain(`Member.${f}`);
    expect(direct).not.toContain('Organization.creditBalance');
    expect(Object.keys((schema.getType('Organization') as any).getFields())).toContain('creditBalance');
  });

  test("the members page's plain fields have no resolver at all (graphql-jit reads them inline); guarded ones keep theirs", () => {
    const member = (schema.getType('Member') as any).getFields();
    for (const f of ['id', 'role', 'status', 'emailStatus']) expect([f, member[f].resolve]).toEqual([f, undefined]);
    // a field under another property name keeps a resolver that reads it; a @Visible one keeps its guard
    for (const f of ['joinedAt', 'email', 'lastActiveAt', 'emailError']) expect([f, typeof member[f].resolve]).toEqual([f, 'function']);
  });

  test('only sign-up, sign-in (and its second factor), refresh and password reset are public', () => {
    const publicOps = Object.values(schema.getMutationType()!.getFields())
      .concat(Object.values(schema.getQueryType()!.getFields()))
      .filter((f) => (f.extensions as Partial<GuardExtension>).guard === 'public')
      .map((f) => f.name)
      .sort();
    expect(publicOps).toEqual(['completeMfaLogIn', 'logIn', 'refreshSession', 'requestPasswordReset', 'resetPassword', 'signUp']);
  });

  test('fields hidden from some viewers are nullable, so they can read null', () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if ((field.extensions as Partial<GuardExtension>).hidden === 'null') {
          expect([`${type.name}.${field.name}`, isNonNullType(field.type)]).toEqual([`${type.name}.${field.name}`, false]);
        }
      }
    }
    const member = schema.getType('Member');
    expect(isObjectType(member) && (member.getFields().email.extensions as Partial<GuardExtension>).guard).toBe('members:read-private');
  });

  test('no input type carries an organizationId the caller could smuggle (except choosing one to sign in to)', () => {
    const smuggled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const name of Object.keys(type.getFields())) {
        if (/organizationId/i.test(name) && type.name !== 'LogInInput') smuggled.push(`${type.name}.${name}`);
      }
    }
    expect(smuggled).toEqual([]);
  });

  test('server/schema.graphql is up to date (pnpm --filter @orgpulse/server emit-schema)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8');
    expect(committed.trim()).toBe(printAppSchema().trim());
  });

  // the released public contract, committed beside the server (server/contract/)
  const contractFile = path.join(__dirname, '..', 'contract', 'schema-contract.graphql');
  test('contains every type, field and argument of the public contract', () => {
    const contract = buildSchema(fs.readFileSync(contractFile, 'utf8'));
    const missing: string[] = [];
    for (const type of Object.values(contract.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      const ours = schema.getType(type.name);
      if (!ours) {
        missing.push(type.name);
        continue;
      }
      if ((isObjectType(type) || isInputObjectType(type)) && (isObjectType(ours) || isInputObjectType(ours))) {
        const fields = ours.getFields() as Record<string, { type: any; args?: readonly { name: string }[] }>;
        for (const [name, f] of Object.entries(type.getFields())) {
          if (!fields[name]) missing.push(`${type.name}.${name}`);
          else if (String(getNamedType(fields[name].type as GraphQLType)) !== String(getNamedType(f.type as GraphQLType)))
            missing.push(`${type.name}.${name} type`);
          for (const arg of 'args' in f ? f.args : []) {
            if (!fields[name]?.args?.some((a) => a.name === arg.name)) missing.push(`${type.name}.${name}(${arg.name})`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
