import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

const raw = (quantity: string) =>
  ({
    type: 'JSON',
    nullable: true,
    description: `Medusa's raw_${quantity}_quantity: the exact quantity as {value, precision}, as Medusa stores it next to the number.`,
  }) as const;

/** The stock of one inventory item at one location (Medusa: inventory_level). */
export const INVENTORY_LEVEL = {
  name: 'inventoryLevel',
  model: 'InventoryLevel',
  type: 'InventoryLevel',
  keys: [
    ID,
    { field: 'locationId', type: 'ID', description: 'The id of the stock location.' },
    METADATA,
    { field: 'inventoryItemId', type: 'ID', description: 'The id of the inventory item.' },
    { field: 'rawStockedQuantity', ...raw('stocked') },
    { field: 'rawReservedQuantity', ...raw('reserved') },
    { field: 'rawIncomingQuantity', ...raw('incoming') },
    ...timestamps(),
    {
      field: 'availableQuantity',
      type: 'Float',
      handWritten: true,
      description: 'Stocked minus reserved; incoming units are not available yet.',
    },
    { field: 'stockedQuantity', type: 'Float', decimal: true, description: 'Units on hand.' },
    { field: 'reservedQuantity', type: 'Float', decimal: true, description: 'Units held for orders.' },
    { field: 'incomingQuantity', type: 'Float', decimal: true, description: 'Units on their way.' },
  ],
} as const satisfies EntityDescription;
