import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/core/ids.js';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';
import { restClient } from '../support/rest.js';

type Body = Record<string, unknown>;

const CREATED = new Date('2026-01-02T03:04:05.678Z');

/**
 * A product's type, collection and tags, which Medusa's own routes write and the gateway reads:
 * written here into Medusa's tables as Medusa writes them, then read through REST and GraphQL.
 */
describe('REST and GraphQL: a product’s type, collection and tags', () => {
  let server: GraphQLTestServer;
  let call: ReturnType<typeof restClient>;
  const ids = {
    product: '',
    plain: '',
    type: newId('productType'),
    goneType: newId('productType'),
    collection: newId('productCollection'),
    tagA: newId('productTag'),
    tagB: newId('productTag'),
    goneTag: newId('productTag'),
  };

  const createProduct = async (title: string) => {
    const response = await call<{ product: { id: string } }>('POST', '/admin/products?fields=id', {
      title,
      options: [{ title: 'Size', values: ['S'] }],
    });
    expect(response.status).toBe(200);
    return response.body.product.id;
  };

  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false });
    call = restClient(server);
    const { prisma } = server.gateway.db;
    ids.product = await createProduct('Tagged Tee');
    ids.plain = await createProduct('Plain Tee');
    const gone = await createProduct('Tee Of A Deleted Type');
    const times = { createdAt: CREATED, updatedAt: CREATED };
    await prisma.productType.createMany({
      data: [
        { id: ids.type, value: 'Shirt', metadata: { fit: 'slim' }, ...times },
        { id: ids.goneType, value: 'Gone', deletedAt: CREATED, ...times },
      ],
    });
    await prisma.productCollection.create({
      data: { id: ids.collection, title: 'Summer', handle: 'summer', externalId: 'ext-1', ...times },
    });
    await prisma.productTag.createMany({
      data: [
        { id: ids.tagA, value: 'organic', ...times },
        { id: ids.tagB, value: 'cotton', ...times },
        { id: ids.goneTag, value: 'old', deletedAt: CREATED, ...times },
      ],
    });
    await prisma.product.update({
      where: { id: ids.product },
      data: { typeId: ids.type, collectionId: ids.collection },
    });
    await prisma.product.update({ where: { id: gone }, data: { typeId: ids.goneType } });
    await prisma.productTags.createMany({
      data: [ids.tagA, ids.tagB, ids.goneTag].map((productTagId) => ({ productId: ids.product, productTagId })),
    });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const product = async (fields?: string) => {
    const query = fields === undefined ? '' : `?fields=${encodeURIComponent(fields)}`;
    const response = await call<{ product: Body }>('GET', `/admin/products/${ids.product}${query}`);
    expect(response.status).toBe(200);
    return response.body.product;
  };

  const timestamps = { created_at: CREATED.toISOString(), updated_at: CREATED.toISOString(), deleted_at: null };

  it('answers them in the default fields with Medusa’s columns, in Medusa’s order', async () => {
    const body = await product();
    expect(body).toMatchObject({ type_id: ids.type, collection_id: ids.collection });
    expect(body.type).toEqual({
      id: ids.type,
      value: 'Shirt',
      external_id: null,
      metadata: { fit: 'slim' },
      ...timestamps,
    });
    expect(Object.keys(body.type as Body)).toEqual([
      'id',
      'value',
      'external_id',
      'metadata',
      'created_at',
      'updated_at',
      'deleted_at',
    ]);
    expect(body.collection).toEqual({
      id: ids.collection,
      title: 'Summer',
      handle: 'summer',
      external_id: 'ext-1',
      metadata: null,
      ...timestamps,
    });
    // A deleted tag stays linked in product_tags, but Medusa no longer shows it.
    expect(body.tags).toEqual(
      [ids.tagA, ids.tagB].sort().map((id) => ({
        id,
        value: id === ids.tagA ? 'organic' : 'cotton',
        external_id: null,
        metadata: null,
        ...timestamps,
      })),
    );
  });

  it('answers dotted paths and `rel.*` into them', async () => {
    // Which id keys go with a dotted path is the shim's general rule (selection.ts), not checked here.
    const dotted = await product('type.value,collection.title,tags.value');
    expect(Object.keys(dotted).sort()).toEqual(['collection', 'id', 'tags', 'type']);
    expect(dotted).toMatchObject({ type: { value: 'Shirt' }, collection: { title: 'Summer' } });
    expect((dotted.tags as Body[]).map((tag) => tag.value).sort()).toEqual(['cotton', 'organic']);
    const starred = await product('title,type.*');
    expect(starred).toEqual({
      title: 'Tagged Tee',
      id: ids.product,
      type: expect.objectContaining({ value: 'Shirt' }),
    });
  });

  it('answers null and [] for a product without them, and null for a deleted type it still names', async () => {
    const plain = await call<{ product: Body }>('GET', `/admin/products/${ids.plain}?fields=*type,*collection,*tags`);
    expect(plain.body.product).toMatchObject({
      type_id: null,
      collection_id: null,
      type: null,
      collection: null,
      tags: [],
    });
    const list = await call<{ products: Body[] }>(
      'GET',
      `/admin/products?type_id=${ids.goneType}&fields=type_id,*type`,
    );
    expect(list.body.products).toEqual([{ type_id: ids.goneType, id: expect.any(String), type: null }]);
  });

  it('filters the list by type_id, collection_id and tag_id, one id or many, as Medusa does', async () => {
    const listed = async (query: string) => {
      const response = await call<{ products: { id: string }[]; count: number }>(
        'GET',
        `/admin/products?fields=id&${query}`,
      );
      expect(response.status).toBe(200);
      return response.body.products.map((item) => item.id);
    };
    expect(await listed(`type_id=${ids.type}`)).toEqual([ids.product]);
    expect(await listed(`collection_id=${ids.collection}`)).toEqual([ids.product]);
    expect(await listed(`tag_id=${ids.tagB}`)).toEqual([ids.product]);
    expect(await listed(`tag_id[]=${ids.tagA}&tag_id[]=pt_none`)).toEqual([ids.product]);
    // Medusa matches a deleted tag by its id, and does not split a comma-separated value.
    expect(await listed(`tag_id=${ids.goneTag}`)).toEqual([ids.product]);
    expect(await listed(`tag_id=${ids.tagA},${ids.tagB}`)).toEqual([]);
    expect(await listed(`type_id=${ids.type}&collection_id=pcol_none`)).toEqual([]);
  });

  it('serves them in GraphQL, filters included, and refuses to write them through REST', async () => {
    const data = await server.data<{ products: { nodes: Body[] } }>(
      `query ($tags: [ID!]) {
        products(filter: { tagIds: $tags }) {
          nodes { id typeId type { id value } collection { handle } tags { value externalId } }
        }
      }`,
      { tags: [ids.tagA] },
    );
    expect(data.products.nodes).toEqual([
      {
        id: ids.product,
        typeId: ids.type,
        type: { id: ids.type, value: 'Shirt' },
        collection: { handle: 'summer' },
        tags: expect.arrayContaining([
          { value: 'organic', externalId: null },
          { value: 'cotton', externalId: null },
        ]),
      },
    ]);
    const update = await call('POST', `/admin/products/${ids.plain}`, { type_id: ids.type });
    expect(update.status).toBe(400);
    expect(update.body).toMatchObject({ type: 'invalid_data' });
  });
});
