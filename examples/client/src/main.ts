import { execute, type Gateway } from './client.js';
import { AdjustStock, StockOfItem, VariantsBySku } from './operations.js';

/**
 * Receives one unit of an inventory item at its first location and prints what changed: a small
 * back-office script written against the generated types.
 */
export async function receiveOne(gateway: Gateway, sku: string): Promise<string[]> {
  const lines: string[] = [];
  const { productVariants } = await execute(gateway, VariantsBySku, { sku });
  for (const variant of productVariants.nodes) {
    lines.push(`variant ${variant.sku} of ${variant.product?.title ?? '-'}: ${variant.inventoryQuantity} available`);
  }
  const item = (await execute(gateway, StockOfItem, { sku })).inventoryItems.nodes[0];
  const level = item?.locationLevels[0];
  if (!item || !level) throw new Error(`No inventory item with sku ${sku} is stocked anywhere`);
  const { adjustInventoryLevel: result } = await execute(gateway, AdjustStock, {
    input: {
      inventoryItemId: item.id,
      locationId: level.locationId,
      delta: 1,
      changeFromQuantity: level.stockedQuantity,
    },
  });
  // The union lists only the errors adjustInventoryLevel can return: the switch covers them all.
  switch (result.__typename) {
    case 'InventoryLevelPayload':
      lines.push(`stocked ${level.stockedQuantity} -> ${result.inventoryLevel.stockedQuantity}`);
      break;
    case 'ConflictError':
    case 'InvalidDataError':
    case 'NotFoundError':
      lines.push(`refused (${result.code}): ${result.message}`);
      break;
    default: {
      const never: never = result;
      throw new Error(`unexpected result ${JSON.stringify(never)}`);
    }
  }
  return lines;
}

const { GATEWAY_URL, GATEWAY_TOKEN, SKU } = process.env;
if (GATEWAY_URL && GATEWAY_TOKEN) {
  for (const line of await receiveOne({ url: GATEWAY_URL, token: GATEWAY_TOKEN }, SKU ?? 'TEE-BLACK-M')) {
    console.log(line);
  }
}
