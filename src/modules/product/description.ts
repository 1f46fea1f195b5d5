import { type EntityDescription, ID, METADATA, timestamps } from '../describe.js';

const dimension = { description: 'In the unit the shop uses.' };

/** A product (Medusa: product). */
export const PRODUCT = {
  name: 'product',
  model: 'Product',
  type: 'Product',
  keys: [
    ID,
    {
      field: 'title',
      type: 'String',
      description: 'Its name, as people read it.',
      write: { description: 'Not blank; stored trimmed.', required: true },
      filter: 'Exact titles.',
    },
    { field: 'subtitle', type: 'String', nullable: true, description: 'A second line under the title.', write: {} },
    {
      field: 'status',
      type: 'String',
      handWritten: true,
      description: 'Where it is in its publishing life.',
      rest: { lowercase: true },
    },
    {
      field: 'externalId',
      type: 'String',
      nullable: true,
      description: 'Its id in another system.',
      write: { description: 'The id of the product in another system.' },
      filter: 'Exact ids in an external system.',
    },
    {
      field: 'description',
      type: 'String',
      nullable: true,
      write: { description: 'Free text shown with the product.' },
    },
    {
      field: 'handle',
      type: 'String',
      description: 'The URL-safe name; unique among live products.',
      write: {
        description: 'Unique among live products; derived from the title when absent.',
        updateDescription: 'Not blank; unique among live products.',
      },
      filter: 'The URL-safe name; unique among live products.',
    },
    {
      field: 'isGiftcard',
      type: 'Boolean',
      description: 'Whether it is a gift card.',
      write: { description: 'Whether the product is a gift card; defaults to false.' },
      filter: 'Whether it is a gift card.',
    },
    {
      field: 'discountable',
      type: 'Boolean',
      description: 'Whether discounts apply to it.',
      write: { description: 'Whether discounts apply to it; defaults to true.' },
    },
    { field: 'thumbnail', type: 'String', nullable: true, description: 'The URL of an image.', write: {} },
    {
      field: 'collectionId',
      type: 'String',
      nullable: true,
      description: 'The id of its product collection in Medusa, if any.',
    },
    { field: 'typeId', type: 'String', nullable: true, description: 'The id of its product type in Medusa, if any.' },
    {
      field: 'weight',
      type: 'Float',
      nullable: true,
      description: 'Weight, in the unit the shop uses.',
      write: dimension,
    },
    {
      field: 'length',
      type: 'Float',
      nullable: true,
      description: 'Length, in the unit the shop uses.',
      write: dimension,
    },
    {
      field: 'height',
      type: 'Float',
      nullable: true,
      description: 'Height, in the unit the shop uses.',
      write: dimension,
    },
    {
      field: 'width',
      type: 'Float',
      nullable: true,
      description: 'Width, in the unit the shop uses.',
      write: dimension,
    },
    { field: 'hsCode', type: 'String', nullable: true, description: 'Harmonized System code, for customs.', write: {} },
    {
      field: 'originCountry',
      type: 'String',
      nullable: true,
      description: 'Country of origin, as customs documents want it.',
      write: {},
    },
    {
      field: 'midCode',
      type: 'String',
      nullable: true,
      description: "Manufacturer's identification code, for customs.",
      write: {},
    },
    { field: 'material', type: 'String', nullable: true, description: 'What it is made of.', write: {} },
    ...timestamps({ filtered: true }),
    { ...METADATA, write: { description: 'Any JSON; null clears it.' } },
  ],
} as const satisfies EntityDescription;
