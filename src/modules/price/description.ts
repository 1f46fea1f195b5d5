import { type EntityDescription, ID } from '../describe.js';

/** A price of a variant's price set (Medusa: price). */
export const PRICE = {
  name: 'price',
  model: 'Price',
  type: 'Price',
  keys: [
    ID,
    {
      field: 'amount',
      type: 'Float',
      decimal: true,
      description: "The amount in the currency's main unit, as Medusa stores it (19.99 is 19.99 EUR).",
    },
    { field: 'currencyCode', type: 'String', description: 'A three-letter ISO 4217 code, lower case, e.g. "eur".' },
    {
      field: 'minQuantity',
      type: 'Float',
      nullable: true,
      decimal: true,
      description: 'The smallest quantity the price applies to; null: any.',
    },
    {
      field: 'maxQuantity',
      type: 'Float',
      nullable: true,
      decimal: true,
      description: 'The largest quantity the price applies to; null: any.',
    },
    { medusa: 'variant_id', parentId: true },
    { field: 'createdAt', type: 'DateTime', description: 'When it was created.' },
    { field: 'updatedAt', type: 'DateTime', description: 'When it was last changed.' },
    {
      field: 'rules',
      type: 'JSON',
      handWritten: true,
      description: 'The rules as a map of attribute to value, as Medusa returns them, e.g. {"region_id": "reg_..."}.',
    },
    { field: 'title', type: 'String', nullable: true, medusa: false, description: 'Its name, as people read it.' },
    { field: 'priceSetId', type: 'ID', medusa: false, description: 'The id of its price set.' },
    {
      field: 'priceListId',
      type: 'ID',
      nullable: true,
      medusa: false,
      description: 'The price list it belongs to; null for a base price.',
    },
    { field: 'rulesCount', type: 'Int', nullable: true, medusa: false, description: 'How many rules it has.' },
  ],
} as const satisfies EntityDescription;
