import { ConflictError, InvalidDataError, NotFoundError } from '../../core/errors.js';
import { adjustStockedQuantity, setStockedQuantity } from '../../domain/stock-writes.js';
import { builder } from '../builder.js';
import { raises } from '../errors.js';
import { inputArgs } from '../mutation-input.js';
import { InventoryLevelPayload, levelPayload } from './inventory-mutations.js';

const CHANGE_FROM_QUANTITY =
  'Compare-and-set: apply the change only if the level holds exactly this many units now, else CONFLICT and nothing changes. Absent: apply whatever the level holds.';

const AdjustInventoryLevelInput = builder.inputType('AdjustInventoryLevelInput', {
  description: 'A change of the units on hand of one item at one location, by a difference.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'The inventory item.' }),
    locationId: t.id({ required: true, description: 'The stock location the item is stocked at.' }),
    delta: t.int({
      required: true,
      description: 'Units to add; negative removes. The result must stay a whole number from 0 to 2147483647.',
    }),
    changeFromQuantity: t.int({ required: false, description: CHANGE_FROM_QUANTITY }),
  }),
});

const SetInventoryLevelInput = builder.inputType('SetInventoryLevelInput', {
  description: 'A new number of units on hand of one item at one location.',
  fields: (t) => ({
    inventoryItemId: t.id({ required: true, description: 'The inventory item.' }),
    locationId: t.id({ required: true, description: 'The stock location the item is stocked at.' }),
    stockedQuantity: t.int({ required: true, description: 'Units on hand: a whole number from 0 to 2147483647.' }),
    changeFromQuantity: t.int({ required: false, description: CHANGE_FROM_QUANTITY }),
  }),
});

// Each of these is one UPDATE statement, a transaction by itself: no interactive transaction is needed.
builder.mutationFields((t) => ({
  adjustInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description:
      'Adds delta units (negative: removes) to the stock of an item at a location, atomically: concurrent adjustments all count. CONFLICT when changeFromQuantity is given and the level holds another amount; INVALID_DATA when the result would leave 0..2147483647.',
    errors: raises(InvalidDataError, NotFoundError, ConflictError),
    args: inputArgs(t, AdjustInventoryLevelInput),
    resolve: (_root, { input }, { prisma }) => adjustStockedQuantity(prisma, input).then(levelPayload),
  }),
  setInventoryLevel: t.field({
    type: InventoryLevelPayload,
    description:
      'Sets the stocked units of an item at a location; with changeFromQuantity, only if the level still holds that many (compare-and-set), else CONFLICT and nothing changes.',
    errors: raises(InvalidDataError, NotFoundError, ConflictError),
    args: inputArgs(t, SetInventoryLevelInput),
    resolve: (_root, { input }, { prisma }) => setStockedQuantity(prisma, input).then(levelPayload),
  }),
}));
