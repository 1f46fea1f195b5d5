import { builder } from '../builder.js';

/*
 * A product's type, collection and tags, read from Medusa's product module tables. The gateway
 * only reads them; they are created and changed through Medusa's own admin routes.
 */

const id = { description: 'The Medusa id; its prefix names the type.' };
const metadata = { description: 'Free-form JSON the shop keeps with it.', type: 'JSON', nullable: true } as const;
const externalId = { description: 'Its id in another system.', nullable: true } as const;
const createdAt = { description: 'When it was created.', type: 'DateTime' } as const;
const updatedAt = { description: 'When it was last changed.', type: 'DateTime' } as const;

export const ProductType = builder.prismaObject('ProductType', {
  description: 'A kind of product, e.g. Shirt, that products are grouped by (Medusa: product_type).',
  fields: (t) => ({
    id: t.exposeID('id', id),
    value: t.exposeString('value', { description: 'Its name; unique among live product types.' }),
    externalId: t.exposeString('externalId', externalId),
    metadata: t.expose('metadata', metadata),
    createdAt: t.expose('createdAt', createdAt),
    updatedAt: t.expose('updatedAt', updatedAt),
  }),
});

export const ProductCollection = builder.prismaObject('ProductCollection', {
  description: 'A collection products are presented in, e.g. Summer 2026 (Medusa: product_collection).',
  fields: (t) => ({
    id: t.exposeID('id', id),
    title: t.exposeString('title', { description: 'Its name, as people read it.' }),
    handle: t.exposeString('handle', { description: 'The URL-safe name; unique among live collections.' }),
    externalId: t.exposeString('externalId', externalId),
    metadata: t.expose('metadata', metadata),
    createdAt: t.expose('createdAt', createdAt),
    updatedAt: t.expose('updatedAt', updatedAt),
  }),
});

export const ProductTag = builder.prismaObject('ProductTag', {
  description: 'A word products are labelled with, e.g. organic (Medusa: product_tag).',
  fields: (t) => ({
    id: t.exposeID('id', id),
    value: t.exposeString('value', { description: 'The word; unique among live tags.' }),
    externalId: t.exposeString('externalId', externalId),
    metadata: t.expose('metadata', metadata),
    createdAt: t.expose('createdAt', createdAt),
    updatedAt: t.expose('updatedAt', updatedAt),
  }),
});

/** A related row as Medusa shows it: a soft-deleted one is gone, though the product still names it. */
export const liveOrNull = <Row extends { deletedAt: Date | null }>(row: Row | null): Row | null =>
  row && row.deletedAt === null ? row : null;
