import { bestPrice } from '../../domain/pricing.js';
import { kitQuantity } from '../../domain/stock.js';
import { builder } from '../builder.js';
import { LIVE, liveById, toNumber } from '../live.js';
import { inventoryQuantityLoader } from '../loaders/inventory-quantity.js';
import { plannedColumn, plannedSql } from '../planner/annotations.js';
import { inventoryQuantity } from '../planner/computed.js';
import { KIT_STOCK, LIVE_ITEM_LINKS } from '../stock-selections.js';
import { ProductOptionValue } from './option.js';
import { Price, PriceContextInput } from './price.js';
import { Image } from './product.js';

export const ProductVariant = builder.prismaNode('ProductVariant', {
  id: { field: 'id' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title'),
    sku: t.exposeString('sku', { nullable: true }),
    barcode: t.exposeString('barcode', { nullable: true }),
    ean: t.exposeString('ean', { nullable: true }),
    upc: t.exposeString('upc', { nullable: true }),
    allowBackorder: t.exposeBoolean('allowBackorder'),
    manageInventory: t.exposeBoolean('manageInventory'),
    hsCode: t.exposeString('hsCode', { nullable: true }),
    originCountry: t.exposeString('originCountry', { nullable: true }),
    midCode: t.exposeString('midCode', { nullable: true }),
    material: t.exposeString('material', { nullable: true }),
    weight: t.exposeFloat('weight', { nullable: true }),
    length: t.exposeFloat('length', { nullable: true }),
    height: t.exposeFloat('height', { nullable: true }),
    width: t.exposeFloat('width', { nullable: true }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    variantRank: t.exposeInt('variantRank', { nullable: true }),
    thumbnail: t.exposeString('thumbnail', { nullable: true }),
    productId: t.exposeID('productId', { nullable: true }),
    product: t.relation('product', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    options: t.field({
      type: [ProductOptionValue],
      description: 'The option values that make this variant, one per product option.',
      select: (_args, _ctx, nestedSelection) => ({
        optionValueLinks: {
          where: { optionValue: LIVE },
          orderBy: { optionValueId: 'asc' },
          select: { optionValue: nestedSelection(true) },
        },
      }),
      resolve: (variant) => variant.optionValueLinks.map((link) => link.optionValue),
    }),
    prices: t.field({
      type: [Price],
      description: "The prices of the variant's price set (price-list prices excluded).",
      select: (_args, _ctx, nestedSelection) => ({
        priceSetLinks: {
          where: { ...LIVE, priceSet: LIVE },
          select: {
            priceSet: {
              select: { prices: nestedSelection({ where: { ...LIVE, priceListId: null }, orderBy: { id: 'asc' } }) },
            },
          },
        },
      }),
      resolve: (variant) => variant.priceSetLinks.flatMap((link) => link.priceSet.prices),
    }),
    calculatedPrice: t.field({
      type: Price,
      nullable: true,
      description:
        'The price that applies in a context: the currency, rules that match the context, and the quantity within the price’s range; the most specific (most rules), then the lowest amount wins.',
      args: { context: t.arg({ type: PriceContextInput, required: true }) },
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
      type: [Image],
      select: (_args, _ctx, nestedSelection) => ({
        imageLinks: {
          where: { ...LIVE, image: LIVE },
          orderBy: { id: 'asc' },
          select: { image: nestedSelection(true) },
        },
      }),
      resolve: (variant) => variant.imageLinks.map((link) => link.image),
    }),
    inventoryQuantity: t.int({
      nullable: true,
      description:
        "Units of the variant available to sell: over the variant's inventory items, the least of floor(available at the chosen locations / required quantity). All locations by default, or those of a sales channel. Null when the variant's inventory is not managed.",
      args: {
        locationIds: t.arg.idList({ required: false }),
        salesChannelId: t.arg.id({ required: false }),
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
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    inventoryItemId: t.exposeID('inventoryItemId'),
    requiredQuantity: t.int({
      description: 'Units of the inventory item one unit of the variant needs.',
      extensions: plannedColumn('requiredQuantity'),
      resolve: (link) => toNumber(link.requiredQuantity),
    }),
    variant: t.relation('variant'),
    inventory: t.relation('inventoryItem'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
