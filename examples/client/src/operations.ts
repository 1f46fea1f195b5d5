import { graphql } from './gql/index.js';

export const VariantsBySku = graphql(`
  query VariantsBySku($sku: String!) {
    productVariants(filter: { sku: [$sku] }, limit: 5) {
      count
      nodes { id sku title inventoryQuantity product { title } }
    }
  }
`);

export const AdjustStock = graphql(`
  mutation AdjustStock($input: AdjustInventoryLevelInput!) {
    adjustInventoryLevel(input: $input) {
      __typename
      ... on InventoryLevelPayload { inventoryLevel { stockedQuantity } }
      ... on MutationError { code message path }
    }
  }
`);

export const StockOfItem = graphql(`
  query StockOfItem($sku: String!) {
    inventoryItems(filter: { sku: [$sku] }, limit: 1) {
      nodes { id sku locationLevels { locationId stockedQuantity } }
    }
  }
`);
