import { prepareDatabase } from '../db/prepare.js';
import { seedDemoCatalog } from '../db/seed.js';
import { runWithDatabase } from './run.js';

await runWithDatabase(async (db) => {
  const preparation = await prepareDatabase(db);
  if (preparation.mode === 'attached') {
    console.error("This is a Medusa store's database: the demo catalog is never written into it.");
    return 1;
  }
  const summary = await seedDemoCatalog(db.prisma, (message) => console.log(`  ${message}`));
  console.log(
    `Seeded the demo catalog: ${summary.products} products, ${summary.variants} variants, ` +
      `${summary.inventoryItems} inventory items, ${summary.stockLocations} stock locations.`,
  );
  return 0;
});
