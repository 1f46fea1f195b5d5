import { prepareDatabase } from '../db/prepare.js';
import { runWithDatabase } from './run.js';

await runWithDatabase(async (db) => {
  const preparation = await prepareDatabase(db, (message) => console.log(`  ${message}`));
  if (preparation.mode === 'attached') {
    console.log(
      `Medusa owns this database (${preparation.markers.join(', ')}): not migrated. Every table and column the gateway needs is present.`,
    );
  } else if (preparation.appliedMigrations.length === 0) {
    console.log('Already up to date: no migration to apply.');
  } else {
    console.log(`Applied ${preparation.appliedMigrations.length} migration(s):`);
    for (const name of preparation.appliedMigrations) console.log(`  ${name}`);
  }
  return 0;
});
