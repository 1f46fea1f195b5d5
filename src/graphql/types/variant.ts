import { LIVE, liveById } from '../../core/live.js';
import { bestPrice } from '../../domain/pricing.js';
import { kitQuantity } from '../../domain/stock.js';
import { builder } from '../builder.js';
import { toNumber } from '../decimal.js';
import { inventoryQuantityLoader } from '../loaders/inventory-quantity.js';
import { plannedColumn, plannedRows, plannedSql } from '../planner/annotations.js';
import { inventoryQuantity } from '../planner/computed.js';
import { KIT_STOCK, LIVE_ITEM_LINKS } from '../stock-selections.js';
import { VARIANT_IMAGES_ORDER, variantImagesWhere } from '../variant-images.js';
import { ProductOptionValue } from './option.js';
import { Price, PriceContextInput } from './price.js';
import { Image } from './product.js';

export const ProductVariant = builder.prismaNode('ProductVariant', {
  description:
    'A sellable variant of a product: one value per product option, its prices and the inventory items it consumes (Medusa: product_variant).',
  id: { field: 'id', description: 'The Medusa id; its prefix names the type.' },
  nullable: true,
  findUnique: liveById,
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Its name, as people read it.' }),
    sku: t.exposeString('sku', {
      description: 'Stock keeping unit; unique among live rows of its kind.',
      nullable: true,
    }),
    barcode: t.exposeString('barcode', { description: 'Barcode; unique among live variants.', nullable: true }),
    ean: t.exposeString('ean', { description: 'European Article Number; unique among live variants.', nullable: true }),
    upc: t.exposeString('upc', { description: 'Universal Product Code; unique among live variants.', nullable: true }),
    allowBackorder: t.exposeBoolean('allowBackorder', { description: 'Whether it may be sold beyond its stock.' }),
    manageInventory: t.exposeBoolean('manageInventory', {
      description: 'Whether its stock is tracked through inventory items.',
    }),
    hsCode: t.exposeString('hsCode', { description: 'Harmonized System code, for customs.', nullable: true }),
    originCountry: t.exposeString('originCountry', {
      description: 'Country of origin, as customs documents want it.',
      nullable: true,
    }),
    midCode: t.exposeString('midCode', {
      description: "Manufacturer's identification code, for customs.",
      nullable: true,
    }),
    material: t.exposeString('material', { description: 'What it is made of.', nullable: true }),
    weight: t.exposeFloat('weight', { description: 'Weight, in the unit the shop uses.', nullable: true }),
    length: t.exposeFloat('length', { description: 'Length, in the unit the shop uses.', nullable: true }),
    height: t.exposeFloat('height', { description: 'Height, in the unit the shop uses.', nullable: true }),
    width: t.exposeFloat('width', { description: 'Width, in the unit the shop uses.', nullable: true }),
    metadata: t.expose('metadata', {
      description: 'Free-form JSON the shop keeps with it.',
      type: 'JSON',
      nullable: true,
    }),
    variantRank: t.exposeInt('variantRank', {
      description: 'Its place among the variants of its product, 0 first.',
      nullable: true,
    }),
    thumbnail: t.exposeString('thumbnail', { description: 'The URL of an image.', nullable: true }),
    productId: t.exposeID('productId', { description: 'The id of its product.', nullable: true }),
    product: t.relation('product', { description: 'Its product.', nullable: true }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
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
    id: t.exposeID('id', { description: 'The Medusa id; its prefix names the type.' }),
    variantId: t.exposeID('variantId', { description: 'The id of the variant.' }),
    inventoryItemId: t.exposeID('inventoryItemId', { description: 'The id of the inventory item.' }),
    requiredQuantity: t.int({
      description: 'Units of the inventory item one unit of the variant needs.',
      extensions: plannedColumn('requiredQuantity'),
      resolve: (link) => toNumber(link.requiredQuantity),
    }),
    variant: t.relation('variant', { description: 'The variant.' }),
    inventory: t.relation('inventoryItem', { description: 'The inventory item.' }),
    createdAt: t.expose('createdAt', { description: 'When it was created.', type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { description: 'When it was last changed.', type: 'DateTime' }),
  }),
});
