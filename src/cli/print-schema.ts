import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from '../graphql/schema.js';

/** Where the printed schema lives: checked in, so reviewers see API changes in diffs. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

await writeFile(SCHEMA_FILE, `${printSchema(schema)}\n`);
console.log('Wrote schema.graphql');
