import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[\s\S]*?`\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql['"];?/;
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * What the client preset's Babel/SWC plugin does, for Vite: in `*.graphql.ts` files, each
 * `graphql(\`query Name …\`)` call becomes the generated document itself (`NameDocument`,
 * or `NameFragmentDoc` for a fragment), copied from `src/gql/graphql.ts`. Without it the
 * generated `graphql()` function, a map of every document, lands in every page.
 */
export function typedDocuments(generatedModule: string): Plugin {
  const read = () => new Map([...readFileSync(generatedModule, 'utf8').matchAll(GENERATED)].map((m) => [m[1], m[2]]));
  return {
    name: 'orgpulse:typed-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.graphql\.ts$/.test(id) || !IMPORT.test(code)) return null;
      this.addWatchFile(generatedModule);
      const documents = read();
      const body = code.replace(CALL, (_match, kind: string, name: string) => {
        const identifier = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(identifier);
        if (!document) this.error(`${id}: ${identifier} is not in ${generatedModule}; run \`pnpm codegen\`.`);
        return `(${document})`;
      });
      if (/\bgraphql\(/.test(body)) this.error(`${id}: a graphql() call was not recognised; name every operation.`);
      return { code: body.replace(IMPORT, ''), map: null };
    },
  };
}
