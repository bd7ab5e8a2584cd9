import fs from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../schema';

const file = path.resolve(__dirname, '..', '..', 'schema.graphql');
fs.writeFileSync(file, `${printAppSchema()}\n`);
process.stdout.write(`wrote ${file}\n`);
