import { adjustStockedQuantity, setStockedQuantity } from '../../domain/stock-writes.js';
import { builder } from '../builder.js';
import { InventoryLevelPayload, levelPayload } from './inventory-mutations.js';

// Each of these is one UPDATE statement, a transaction by itself: no interactive transaction is needed.
builder.mutationFields((t) => ({
  adjustInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description:
      'Adds delta units (negative: removes) to the stock of an item at a location, atomically: concurrent adjustments all count. CONFLICT when expectedStockedQuantity is given and the level holds another amount; INVALID_DATA when the result would leave 0..2147483647.',
    errors: {},
    args: {
      inventoryItemId: t.arg.id({ required: true }),
      locationId: t.arg.id({ required: true }),
      delta: t.arg.int({ required: true }),
      expectedStockedQuantity: t.arg.int({
        required: false,
        description: 'Apply only if the level holds exactly this many units now.',
      }),
    },
    resolve: (_root, args, { prisma }) => adjustStockedQuantity(prisma, args, []).then(levelPayload),
  }),
  setInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description:
      'Sets the stocked units of an item at a location; with compareStockedQuantity, only if the level still holds that many (compare-and-set), else CONFLICT and nothing changes.',
    errors: {},
    args: {
      inventoryItemId: t.arg.id({ required: true }),
      locationId: t.arg.id({ required: true }),
      stockedQuantity: t.arg.int({ required: true, description: 'A whole number from 0 to 2147483647.' }),
      compareStockedQuantity: t.arg.int({
        required: false,
        description: 'Apply only if the level holds exactly this many units now.',
      }),
    },
    resolve: (_root, args, { prisma }) => setStockedQuantity(prisma, args, []).then(levelPayload),
  }),
}));
