import { entityOfId, type IdEntity } from '../core/ids.js';

/** The GraphQL types that implement Node, by the entity their ids name. */
const NODE_TYPES: Partial<Record<IdEntity, string>> = {
  product: 'Product',
  productVariant: 'ProductVariant',
  productOption: 'ProductOption',
  productOptionValue: 'ProductOptionValue',
  price: 'Price',
  inventoryItem: 'InventoryItem',
  inventoryLevel: 'InventoryLevel',
  stockLocation: 'StockLocation',
  salesChannel: 'SalesChannel',
  reservationItem: 'ReservationItem',
};

/** The Node type an id belongs to, or "" when the id names nothing the API serves as a node. */
export function nodeTypeOfId(id: string): string {
  const entity = entityOfId(id);
  return (entity && NODE_TYPES[entity]) || '';
}
