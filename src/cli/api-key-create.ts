import { parseArgs } from 'node:util';
import { createSecretApiKey } from '../auth/api-keys.js';
import { prepareDatabase } from '../db/prepare.js';
import { runWithDatabase } from './run.js';

const USAGE = `Usage: npm run api-key:create -- --title <title> [--created-by <user id>]
  Creates a secret API key (sk_...) in Medusa's api_key table and prints it once.
  Send it as Authorization: Basic <key>.`;

let values: { title?: string; 'created-by'?: string };
try {
  ({ values } = parseArgs({ options: { title: { type: 'string' }, 'created-by': { type: 'string' } }, strict: true }));
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const title = values.title?.trim();
if (!title) {
  console.error(`--title is required and must not be empty\n${USAGE}`);
  process.exit(2);
}

await runWithDatabase(async (db) => {
  await prepareDatabase(db, (message) => console.log(`  ${message}`));
  // Medusa records who made a key; keys made outside its admin (such as its default one) have "".
  const key = await createSecretApiKey(db.prisma, { title, createdBy: values['created-by'] ?? '' });
  console.log(`Created secret API key ${key.id} "${key.title}" (${key.redacted}).`);
  console.log('The key is shown only this once; store it now:');
  console.log(`  ${key.token}`);
  console.log(`Send it as: Authorization: Basic ${key.token}`);
  return 0;
});
