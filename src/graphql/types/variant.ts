import { LIVE } from '../../core/live.js';
import { bestPrice } from '../../domain/pricing.js';
import { kitQuantity } from '../../domain/stock.js';
import { VARIANT } from '../../modules/variant/description.js';
import { VARIANT_INVENTORY_ITEM } from '../../modules/variant-inventory-item/description.js';
import { builder } from '../builder.js';
import { liveNode } from '../describe/node.js';
import { columnFields } from '../describe/object-fields.js';
import { inventoryQuantityLoader } from '../loaders/inventory-quantity.js';
import { plannedRows, plannedSql } from '../planner/annotations.js';
import { inventoryQuantity } from '../planner/computed.js';
import { KIT_STOCK, LIVE_ITEM_LINKS } from '../stock-selections.js';
import { throughLinks } from '../through-links.js';
import { VARIANT_IMAGES_ORDER, variantImagesWhere } from '../variant-images.js';
import { ProductOptionValue } from './option.js';
import { Price, PriceContextInput } from './price.js';
import { Image } from './product.js';

export const ProductVariant = builder.prismaNode('ProductVariant', {
  description:
    'A sellable variant of a product: one value per product option, its prices and the inventory items it consumes (Medusa: product_variant).',
  ...liveNode,
  fields: (t) => ({
    ...columnFields(t, VARIANT, { node: true }),
    product: t.relation('product', { description: 'Its product.', nullable: true }),
    options: throughLinks(t, {
      type: ProductOptionValue,
      description: 'The option values that make this variant, one per product option.',
      links: 'optionValueLinks',
      where: { optionValue: LIVE },
      orderBy: { optionValueId: 'asc' },
      to: 'optionValue',
    }),
    prices: throughLinks(t, {
      type: Price,
      description: "The prices of the variant's price set (price-list prices excluded).",
      links: 'priceSetLinks',
      where: { ...LIVE, priceSet: LIVE },
      to: ['priceSet', 'prices'],
      rows: { where: { ...LIVE, priceListId: null }, orderBy: { id: 'asc' } },
    }),
    calculatedPrice: t.field({
      type: Price,
      nullable: true,
      description:
        'The price that applies in a context: the currency, rules that match the context, and the quantity within the price’s range; the most specific (most rules), then the lowest amount wins.',
      args: {
        context: t.arg({
          description: 'The currency, region and quantity to price for.',
          type: PriceContextInput,
          required: true,
        }),
      },
      select: (_args, _ctx, nestedSelection) => ({
        priceSetLinks: {
          where: { ...LIVE, priceSet: LIVE },
          select: {
            priceSet: {
              select: {
                prices: nestedSelection({
                  where: { ...LIVE, priceListId: null },
                  include: { rules: { where: LIVE } },
                }),
              },
            },
          },
        },
      }),
      resolve: (variant, { context }) =>
        bestPrice(
          variant.priceSetLinks.flatMap((link) => link.priceSet.prices),
          context,
        ),
    }),
    inventoryItems: t.relation('inventoryItemLinks', {
      description: 'The inventory items this variant draws on, each with the quantity one unit of the variant needs.',
      query: LIVE_ITEM_LINKS,
    }),
    images: t.field({
      description:
        "The images shown for it, in rank order: its product's images assigned to no variant, and those assigned to it.",
      type: [Image],
      select: { id: true, productId: true },
      extensions: plannedRows({
        model: 'Image',
        uses: ['id', 'productId'],
        where: (variant) => variantImagesWhere(variant as { id: string; productId: string | null }),
        orderBy: VARIANT_IMAGES_ORDER,
      }),
      resolve: (variant, _args, context) =>
        context.prisma.image.findMany({ where: variantImagesWhere(variant), orderBy: VARIANT_IMAGES_ORDER }),
    }),
    inventoryQuantity: t.int({
      nullable: true,
      description:
        "Units of the variant available to sell: over the variant's inventory items, the least of floor(available at the chosen locations / required quantity). All locations by default, or those of a sales channel. Null when the variant's inventory is not managed.",
      args: {
        locationIds: t.arg.idList({ description: 'Only these stock locations.', required: false }),
        salesChannelId: t.arg.id({ description: 'Only stock locations of this sales channel.', required: false }),
      },
      extensions: plannedSql(inventoryQuantity),
      // Over all locations, from the rows the page statement loads; restricted, by a batched statement.
      select: { manageInventory: true, ...KIT_STOCK },
      resolve: (variant, args, context) => {
        if (!variant.manageInventory) return null;
        if (!args.locationIds && !args.salesChannelId) {
          const links = variant.inventoryItemLinks.map((link) => ({
            requiredQuantity: link.requiredQuantity,
            levels: link.inventoryItem.locationLevels,
          }));
          return kitQuantity(links, variant._count.inventoryItemLinks);
        }
        return inventoryQuantityLoader(context).load({
          variantId: variant.id,
          locationIds: args.locationIds ?? null,
          salesChannelId: args.salesChannelId ?? null,
        });
      },
    }),
  }),
});

export const VariantInventoryItem = builder.prismaObject('ProductVariantInventoryItem', {
  name: 'VariantInventoryItem',
  description: 'The link between a variant and an inventory item it consumes.',
  fields: (t) => ({
    ...columnFields(t, VARIANT_INVENTORY_ITEM),
    variant: t.relation('variant', { description: 'The variant.' }),
    inventory: t.relation('inventoryItem', { description: 'The inventory item.' }),
  }),
});
