import { parseArgs } from 'node:util';
import { prepareDatabase } from '../db/prepare.js';
import { seedDemoCatalog } from '../seed/demo.js';
import { seedGeneratedProducts } from '../seed/generated-catalog.js';
import { runWithDatabase } from './run.js';

const USAGE = `Usage: npm run seed                       the demo catalog, into an empty database
       npm run seed -- --products <n>    n more generated products (3 variants each), into any database the gateway owns`;

const { values } = parseArgs({ options: { products: { type: 'string' } } });
const generated = values.products === undefined ? null : Number(values.products);
if (generated !== null && !(Number.isInteger(generated) && generated > 0)) {
  console.error(`--products takes a whole number above 0 (got "${values.products}")\n${USAGE}`);
  process.exit(2);
}

await runWithDatabase(async (db) => {
  const progress = (message: string) => console.log(`  ${message}`);
  const preparation = await prepareDatabase(db, progress);
  if (preparation.mode === 'attached') {
    console.error("This is a Medusa store's database: the gateway never writes demo data into it.");
    return 1;
  }
  if (generated !== null) {
    const variants = await seedGeneratedProducts(db.prisma, generated, progress);
    console.log(`Generated ${generated} products with ${variants} variants.`);
    return 0;
  }
  const summary = await seedDemoCatalog(db.prisma, progress);
  console.log(
    `Seeded the demo catalog: ${summary.products} products, ${summary.variants} variants, ` +
      `${summary.inventoryItems} inventory items, ${summary.stockLocations} stock locations.`,
  );
  return 0;
});
