import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { buildSchema, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Generate from the server's emitted schema once it implements the whole public contract;
 * until then (or when it is absent) from the contract itself, whose names the server keeps.
 */
const serverSchema = resolve(__dirname, '../server/schema.graphql');
const contractCandidates = [
  resolve(__dirname, '../../shared/product/schema-contract.graphql'),
  '/work/shared/product/schema-contract.graphql',
];

function missingFromServer(server: GraphQLSchema, contract: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(contract.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type))) continue;
    const theirs = server.getType(type.name);
    if (!theirs || !(isObjectType(theirs) || isInputObjectType(theirs))) {
      missing.push(type.name);
      continue;
    }
    const fields = theirs.getFields();
    for (const name of Object.keys(type.getFields())) if (!fields[name]) missing.push(`${type.name}.${name}`);
  }
  return missing;
}

function chooseSchema(): string {
  const contractPath = contractCandidates.find((path) => existsSync(path));
  if (!existsSync(serverSchema)) {
    if (!contractPath) throw new Error('No GraphQL schema: neither server/schema.graphql nor the contract was found.');
    return contractPath;
  }
  if (!contractPath) return serverSchema;
  const missing = missingFromServer(buildSchema(readFileSync(serverSchema, 'utf8')), buildSchema(readFileSync(contractPath, 'utf8')));
  if (missing.length === 0) return serverSchema;
  console.warn(`server/schema.graphql lacks ${missing.length} contract item(s) (${missing.slice(0, 5).join(', ')}…): using the contract.`);
  return contractPath;
}

const config: CodegenConfig = {
  schema: chooseSchema(),
  documents: ['src/**/*.graphql.ts'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', Credits: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};
export default config;
