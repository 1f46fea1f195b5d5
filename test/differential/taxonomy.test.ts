import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Gateway } from '../../src/app.js';
import { type AdminCall, adminClient, describeWithMedusa, runTag, startAttachedGateway } from '../support/medusa.js';
import { Normaliser } from '../support/normalise.js';

/** `fields` forms of a product whose type, collection and tags are set, answered alike by both servers. */
const FORMS = [
  undefined,
  '*type,*collection,*tags',
  'id,type.*,collection.*,tags.*',
  'title,type_id,collection_id,*type',
  '+tags.*',
  '-type,-collection,-tags',
  'id,*tags,*variants',
];

/**
 * Reads where the shim still differs from Medusa for a rule of its `fields` expansion that is not
 * particular to these relations (issue 13, points 1 and 2): a bare to-one relation name gives
 * Medusa an `{id}` stub (the shim gives the whole row) and a bare to-many name gives Medusa nothing;
 * `*product` under a variant gives Medusa the product's `type` and `collection` as `{id}` stubs
 * (the shim leaves them out); a dotted path gives Medusa the named columns only (the shim adds the
 * row's id). These run as expected failures, so that the fix of the rule shows here.
 */
const READS_AWAITING_THE_KEY_RULE: [string, (product: string, sku: string) => string][] = [
  ['fields=id,type,collection', (product) => `/admin/products/${product}?fields=id,type,collection`],
  ['fields=id,tags', (product) => `/admin/products/${product}?fields=id,tags`],
  [
    'fields=type.value,collection.title,tags.value',
    (product) => `/admin/products/${product}?fields=type.value,collection.title,tags.value`,
  ],
  ['a variant with fields=id,*product', (_product, sku) => `/admin/product-variants?q=${sku}&fields=id,*product`],
];

/**
 * A product's type, collection and tags, created through Medusa's own admin routes and read from
 * Medusa and from the gateway attached to Medusa's database: the same rows, so the same answers.
 */
describeWithMedusa('differential: product types, collections and tags', (oracle) => {
  let gateway: Gateway;
  let medusa: AdminCall;
  let ours: AdminCall;
  const tag = runTag('t');
  const sku = `TAXONOMY-${tag}`.toUpperCase();
  const ids = { type: '', goneType: '', collection: '', tagA: '', tagB: '', goneTag: '', product: '', other: '' };

  const created = async <T>(path: string, body: unknown, key: string): Promise<T> => {
    const answer = await medusa('POST', path, body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return (answer.body as Record<string, T>)[key];
  };
  const idOf = async (path: string, body: unknown, key: string) => (await created<{ id: string }>(path, body, key)).id;

  beforeAll(async () => {
    gateway = await startAttachedGateway(oracle);
    medusa = adminClient(oracle.url, oracle.adminJwt);
    ours = adminClient(gateway.url, oracle.adminJwt);
    ids.type = await idOf('/admin/product-types', { value: `Shirt ${tag}`, metadata: { fit: 'slim' } }, 'product_type');
    ids.goneType = await idOf('/admin/product-types', { value: `Gone ${tag}` }, 'product_type');
    ids.collection = await idOf(
      '/admin/collections',
      { title: `Summer ${tag}`, handle: `summer-${tag}`, metadata: { season: 2 } },
      'collection',
    );
    ids.tagA = await idOf('/admin/product-tags', { value: `organic-${tag}` }, 'product_tag');
    ids.tagB = await idOf('/admin/product-tags', { value: `cotton-${tag}` }, 'product_tag');
    ids.goneTag = await idOf('/admin/product-tags', { value: `old-${tag}` }, 'product_tag');
    const product = (title: string, extra: Record<string, unknown>) =>
      idOf(
        '/admin/products?fields=id',
        { title: `${title} ${tag}`, options: [{ title: 'Size', values: ['S'] }], ...extra },
        'product',
      );
    ids.product = await product('Tagged Tee', {
      type_id: ids.type,
      collection_id: ids.collection,
      tags: [{ id: ids.tagA }, { id: ids.tagB }, { id: ids.goneTag }],
      variants: [{ title: 'S', sku, options: { Size: 'S' }, prices: [{ currency_code: 'eur', amount: 1000 }] }],
    });
    ids.other = await product('Tee Of A Gone Type', { type_id: ids.goneType, tags: [{ id: ids.goneTag }] });
    // Medusa soft-deletes them: the products still name them, and no longer show them.
    expect((await medusa('DELETE', `/admin/product-types/${ids.goneType}`)).status).toBe(200);
    expect((await medusa('DELETE', `/admin/product-tags/${ids.goneTag}`)).status).toBe(200);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  /** Both answers to one GET, normalised alike (related lists sorted, ids and timestamps as placeholders). */
  const both = async (path: string) => {
    const [theirs, mine] = await Promise.all([medusa('GET', path), ours('GET', path)]);
    expect(theirs.status, JSON.stringify(theirs.body)).toBe(200);
    return { medusa: new Normaliser(tag).normalise(theirs), gateway: new Normaliser(tag).normalise(mine) };
  };
  const productPath = (id: string, fields: string | undefined) =>
    `/admin/products/${id}${fields === undefined ? '' : `?fields=${encodeURIComponent(fields)}`}`;

  it.each(FORMS.map((fields) => ({ fields: fields ?? '(default)', query: fields })))(
    'GET /admin/products/:id with fields=$fields',
    async ({ query }) => {
      for (const id of [ids.product, ids.other]) {
        const answers = await both(productPath(id, query));
        expect(answers.gateway).toEqual(answers.medusa);
      }
    },
  );

  it.fails.each(READS_AWAITING_THE_KEY_RULE)('GET of %s (awaits the key rule)', async (_name, path) => {
    const answers = await both(path(ids.product, sku));
    expect(answers.gateway).toEqual(answers.medusa);
  });

  it('shows the type the products name, and then the tags, with their values', async () => {
    const { body } = await ours('GET', productPath(ids.product, '*type,*collection,*tags'));
    const product = (body as { product: Record<string, unknown> }).product;
    expect(product.type).toMatchObject({ id: ids.type, value: `Shirt ${tag}`, metadata: { fit: 'slim' } });
    expect(product.collection).toMatchObject({ id: ids.collection, handle: `summer-${tag}` });
    expect((product.tags as { id: string }[]).map((item) => item.id).sort()).toEqual([ids.tagA, ids.tagB].sort());
  });

  it.each([
    ['type_id', () => `type_id=${ids.type}`],
    ['a deleted type_id', () => `type_id=${ids.goneType}`],
    ['collection_id', () => `collection_id=${ids.collection}`],
    ['tag_id', () => `tag_id=${ids.tagB}`],
    ['a deleted tag_id', () => `tag_id=${ids.goneTag}`],
    ['tag_id[] twice', () => `tag_id[]=${ids.tagA}&tag_id[]=${ids.goneTag}`],
    ['tag_id with a comma', () => `tag_id=${ids.tagA},${ids.tagB}`],
    ['type_id and tag_id', () => `type_id=${ids.type}&tag_id=${ids.goneTag}`],
  ])('GET /admin/products filtered by %s', async (_name, filter) => {
    const answers = await both(
      `/admin/products?${filter()}&fields=id,title,type_id,*type,*collection,*tags&order=title`,
    );
    expect(answers.gateway).toEqual(answers.medusa);
  });
});
