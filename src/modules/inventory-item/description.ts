import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

const dimension = { description: 'A whole number, in the unit the shop uses.', body: 'whole-number' } as const;
const total = (words: string) =>
  ({
    type: 'Float',
    nullable: true,
    handWritten: true,
    description: `${words} over all locations; null when the item has no level anywhere.`,
    rest: { whenNull: 'zero-at-root' },
  }) as const;

/** An inventory item (Medusa: inventory_item). */
export const INVENTORY_ITEM = {
  name: 'inventoryItem',
  model: 'InventoryItem',
  type: 'InventoryItem',
  keys: [
    ID,
    {
      field: 'sku',
      type: 'String',
      nullable: true,
      description: 'Stock keeping unit; unique among live rows of its kind.',
      write: { description: 'Stock keeping unit; unique among live items.' },
      filter: 'Stock keeping unit; unique among live rows of its kind.',
    },
    {
      field: 'originCountry',
      type: 'String',
      nullable: true,
      description: 'Country of origin, as customs documents want it.',
      write: {},
      filter: 'Exact countries of origin.',
    },
    {
      field: 'hsCode',
      type: 'String',
      nullable: true,
      description: 'Harmonized System code, for customs.',
      write: {},
      filter: 'Exact Harmonized System codes.',
    },
    {
      field: 'midCode',
      type: 'String',
      nullable: true,
      description: "Manufacturer's identification code, for customs.",
      write: {},
      filter: 'Exact manufacturer identification codes.',
    },
    {
      field: 'material',
      type: 'String',
      nullable: true,
      description: 'What it is made of.',
      write: {},
      filter: 'Exact materials.',
    },
    {
      field: 'unitOfMeasure',
      type: 'String',
      nullable: true,
      description: 'What one unit is, e.g. "piece" or "kg".',
      write: {},
    },
    {
      field: 'weight',
      type: 'Int',
      nullable: true,
      description: 'Weight, in the unit the shop uses.',
      write: dimension,
    },
    {
      field: 'length',
      type: 'Int',
      nullable: true,
      description: 'Length, in the unit the shop uses.',
      write: dimension,
    },
    {
      field: 'height',
      type: 'Int',
      nullable: true,
      description: 'Height, in the unit the shop uses.',
      write: dimension,
    },
    { field: 'width', type: 'Int', nullable: true, description: 'Width, in the unit the shop uses.', write: dimension },
    {
      field: 'requiresShipping',
      type: 'Boolean',
      description: 'Whether it is shipped.',
      write: {
        description: 'Whether the item is shipped; defaults to true.',
        updateDescription: 'Whether the item is shipped; null leaves it.',
        body: 'json-boolean',
      },
      filter: 'Whether it is shipped.',
    },
    { field: 'description', type: 'String', nullable: true, write: { description: 'Free text.' } },
    {
      field: 'title',
      type: 'String',
      nullable: true,
      description: 'Its name, as people read it.',
      write: { description: 'A name for people.' },
    },
    { field: 'thumbnail', type: 'String', nullable: true, description: 'The URL of an image.', write: {} },
    {
      ...METADATA,
      write: { description: 'A JSON object.', updateDescription: 'A JSON object; replaces the stored one.' },
    },
    ...timestamps({ filtered: true }),
    { field: 'reservedQuantity', ...total('Units reserved') },
    { field: 'stockedQuantity', ...total('Units on hand') },
  ],
} as const satisfies EntityDescription;
