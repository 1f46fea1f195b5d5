/** What GraphiQL opens with: a page of variants with their inventory and what can be sold. */
export const EXAMPLE_OPERATION = `# Welcome to the Medusa variant gateway.
# Run this with the ▶ button; Ctrl-Space completes, and the Docs pane lists every type.
query VariantsWithInventory {
  productVariants(limit: 10, order: [{ field: SKU }]) {
    count
    nodes {
      id
      title
      sku
      product { title }
      prices { currencyCode amount rules }
      inventoryQuantity
      inventoryItems {
        requiredQuantity
        inventory {
          sku
          locationLevels {
            location { name }
            stockedQuantity
            reservedQuantity
            availableQuantity
          }
        }
      }
    }
  }
}
`;
