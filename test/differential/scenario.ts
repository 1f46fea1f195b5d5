/**
 * One scenario of Admin API calls, sent step by step to the real Medusa and to the gateway
 * attached to Medusa's database. Each side keeps its own ids in its context and names what it
 * makes with its own run tag, so the scenario can run again and again on the same database.
 * Good inputs come first; bad inputs that Medusa accepts (and the gateway refuses) touch only
 * throw-away rows, so that the sides stay comparable afterwards.
 */
export interface Context {
  tag: string;
  /** The tag in capitals, for skus. */
  TAG: string;
  salesChannel: string;
  ids: Record<string, string>;
}

export interface Request {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
}

export interface Step {
  name: string;
  request(context: Context): Request;
  /** Remembers ids from a successful answer. */
  keep?(context: Context, body: Body): void;
}

type Body = Record<string, never> & {
  stock_location: { id: string };
  inventory_item: { id: string };
  product: { id: string; variants: { id: string; sku: string | null; title: string }[] };
  variants: { id: string; sku: string | null }[];
};

const post = (path: string, body: unknown): Request => ({ method: 'POST', path, body });
const get = (path: string): Request => ({ method: 'GET', path });
const del = (path: string): Request => ({ method: 'DELETE', path });

const variantBySku = (body: Body, sku: string) => {
  const found = body.product.variants.find((variant) => variant.sku === sku);
  if (!found) throw new Error(`no variant ${sku} in the answer`);
  return found.id;
};

const P = ({ ids }: Context) => `/admin/products/${ids.product}`;
const JUNK = ({ ids }: Context) => `/admin/products/${ids.junkProduct}/variants/${ids.junkVariant}`;
const V = (context: Context, variant: string) => `${P(context)}/variants/${context.ids[variant]}`;

const NESTED_INVENTORY =
  'fields=id,sku,*inventory_items,*inventory_items.inventory,*inventory_items.inventory.location_levels';

export const SCENARIO: Step[] = [
  // Locations, sales channels, inventory items and levels.
  {
    name: 'create stock location with address',
    request: ({ tag }) =>
      post('/admin/stock-locations', {
        name: `Warehouse ${tag}`,
        address: { address_1: '1 Quay', city: 'Lyon', country_code: 'fr', postal_code: '69001' },
      }),
    keep: (c, b) => {
      c.ids.warehouse = b.stock_location.id;
    },
  },
  {
    name: 'create second stock location',
    request: ({ tag }) => post('/admin/stock-locations', { name: `Backroom ${tag}` }),
    keep: (c, b) => {
      c.ids.backroom = b.stock_location.id;
    },
  },
  {
    name: 'link warehouse to the sales channel',
    request: (c) =>
      post(`/admin/stock-locations/${c.ids.warehouse}/sales-channels?fields=id,name,*sales_channels`, {
        add: [c.salesChannel],
      }),
  },
  {
    name: 'update stock location and its address',
    request: (c) =>
      post(`/admin/stock-locations/${c.ids.warehouse}?fields=id,name,*address`, {
        name: `Main warehouse ${c.tag}`,
        address: { address_1: '2 Quay', city: 'Lyon', country_code: 'fr' },
      }),
  },
  { name: 'get stock location', request: (c) => get(`/admin/stock-locations/${c.ids.warehouse}`) },
  {
    name: 'create inventory item A with a level',
    request: (c) =>
      post('/admin/inventory-items', {
        sku: `INV-A-${c.TAG}`,
        title: `Inventory A ${c.tag}`,
        location_levels: [{ location_id: c.ids.warehouse, stocked_quantity: 10 }],
      }),
    keep: (c, b) => {
      c.ids.itemA = b.inventory_item.id;
    },
  },
  {
    name: 'create inventory item B with two levels',
    request: (c) =>
      post('/admin/inventory-items', {
        sku: `INV-B-${c.TAG}`,
        title: `Inventory B ${c.tag}`,
        weight: 200,
        metadata: { origin: 'differential' },
        location_levels: [
          { location_id: c.ids.warehouse, stocked_quantity: 7, incoming_quantity: 3 },
          { location_id: c.ids.backroom, stocked_quantity: 5 },
        ],
      }),
    keep: (c, b) => {
      c.ids.itemB = b.inventory_item.id;
    },
  },
  { name: 'get inventory item A', request: (c) => get(`/admin/inventory-items/${c.ids.itemA}`) },
  {
    name: 'update inventory item B',
    request: (c) => post(`/admin/inventory-items/${c.ids.itemB}`, { title: `Inventory B2 ${c.tag}`, hs_code: '6109' }),
  },
  {
    name: 'add a level of item A at the backroom',
    request: (c) =>
      post(`/admin/inventory-items/${c.ids.itemA}/location-levels`, {
        location_id: c.ids.backroom,
        stocked_quantity: 4,
      }),
  },
  {
    name: 'update the level of item A at the warehouse',
    request: (c) =>
      post(`/admin/inventory-items/${c.ids.itemA}/location-levels/${c.ids.warehouse}`, { stocked_quantity: 12 }),
  },
  {
    name: 'list the levels of item A',
    request: (c) => get(`/admin/inventory-items/${c.ids.itemA}/location-levels?order=location_id`),
  },
  {
    name: 'batch the levels of item B',
    request: (c) =>
      post(`/admin/inventory-items/${c.ids.itemB}/location-levels/batch`, {
        update: [{ location_id: c.ids.warehouse, stocked_quantity: 8 }],
      }),
  },

  // A product with an option and a variant, then variants made every way the seeds show.
  {
    name: 'create product with option and variant',
    request: (c) =>
      post('/admin/products', {
        title: `Tee ${c.tag}`,
        handle: `tee-${c.tag}`,
        status: 'published',
        sales_channels: [{ id: c.salesChannel }],
        options: [{ title: 'Size', values: ['S', 'M', 'L', 'XL', 'XXL'] }],
        variants: [
          {
            title: 'Small',
            sku: `TEE-S-${c.TAG}`,
            options: { Size: 'S' },
            prices: [
              { currency_code: 'eur', amount: 1000 },
              { currency_code: 'usd', amount: 1100, rules: { region_id: 'reg_01DIFFERENTIALTESTREGION0' } },
            ],
          },
        ],
      }),
    keep: (c, b) => {
      c.ids.product = b.product.id;
      c.ids.small = variantBySku(b, `TEE-S-${c.TAG}`);
    },
  },
  { name: 'get product with default fields', request: (c) => get(P(c)) },
  {
    name: 'get variant S with its inventory items',
    request: (c) =>
      get(`${V(c, 'small')}?fields=id,title,sku,manage_inventory,*inventory_items,*inventory_items.inventory`),
  },
  {
    name: 'create variant M (seed 002 body, no fields)',
    request: (c) =>
      post(`${P(c)}/variants`, {
        title: 'Medium',
        sku: `TEE-M-${c.TAG}`,
        options: { Size: 'M' },
        prices: [{ currency_code: 'eur', amount: 1200, min_quantity: 2, max_quantity: 10 }],
      }),
    keep: (c, b) => {
      c.ids.medium = variantBySku(b, `TEE-M-${c.TAG}`);
    },
  },
  {
    name: 'create variant L with inventory items and fields',
    request: (c) =>
      post(`${P(c)}/variants?fields=id,title,*variants,*variants.inventory_items`, {
        title: 'Large',
        sku: `TEE-L-${c.TAG}`,
        options: { Size: 'L' },
        weight: 1.5,
        prices: [{ currency_code: 'eur', amount: 1400 }],
        inventory_items: [{ inventory_item_id: c.ids.itemA, required_quantity: 2 }],
      }),
    keep: (c, b) => {
      c.ids.large = variantBySku(b, `TEE-L-${c.TAG}`);
    },
  },
  {
    name: 'create variant XL without managed inventory',
    request: (c) =>
      post(
        `${P(c)}/variants?fields=id,title,variants.id,variants.sku,variants.manage_inventory,+variants.inventory_quantity`,
        { title: 'Extra large', sku: `TEE-XL-${c.TAG}`, options: { Size: 'XL' }, manage_inventory: false, prices: [] },
      ),
    keep: (c, b) => {
      c.ids.xl = variantBySku(b, `TEE-XL-${c.TAG}`);
    },
  },
  {
    name: 'update variant M title and prices',
    request: (c) =>
      post(`${V(c, 'medium')}?fields=id,title,variants.id,variants.title,*variants.prices`, {
        title: 'Medium fit',
        prices: [
          { currency_code: 'eur', amount: 1300 },
          { currency_code: 'usd', amount: 1500 },
        ],
      }),
  },
  {
    name: 'link item B to M (seed 000 route)',
    request: (c) =>
      post(`${V(c, 'medium')}/inventory-items?fields=id,title,*inventory_items`, {
        inventory_item_id: c.ids.itemB,
        required_quantity: 3,
      }),
  },
  {
    name: 'update link of item B on M (seed 001 route)',
    request: (c) =>
      post(`${V(c, 'medium')}/inventory-items/${c.ids.itemB}?${NESTED_INVENTORY}`, { required_quantity: 2 }),
  },
  {
    name: 'list product variants with inventory quantity',
    request: (c) => get(`${P(c)}/variants?fields=id,sku,manage_inventory,%2Binventory_quantity&order=sku`),
  },
  { name: 'get variant M with nested inventory', request: (c) => get(`${V(c, 'medium')}?${NESTED_INVENTORY}`) },
  {
    name: 'list variants by sku across products',
    request: (c) => get(`/admin/product-variants?fields=id,sku,product_id&q=${c.TAG}&order=sku`),
  },
  {
    name: 'get inventory item B with its variants',
    request: (c) =>
      get(
        `/admin/inventory-items/${c.ids.itemB}?fields=id,sku,stocked_quantity,reserved_quantity,*location_levels,*variants`,
      ),
  },
  {
    name: 'batch variants: create XXL, update S',
    request: (c) =>
      post(`${P(c)}/variants/batch`, {
        create: [
          {
            title: 'Double XL',
            sku: `TEE-XXL-${c.TAG}`,
            options: { Size: 'XXL' },
            prices: [{ currency_code: 'gbp', amount: 900 }],
          },
        ],
        update: [{ id: c.ids.small, title: 'Small fit' }],
      }),
  },
  {
    name: 'unlink item B from M',
    request: (c) => del(`${V(c, 'medium')}/inventory-items/${c.ids.itemB}`),
  },
  {
    name: 'update product',
    request: (c) =>
      post(`${P(c)}?fields=id,title,subtitle,status,handle`, { subtitle: `Sub ${c.tag}`, status: 'draft' }),
  },
  { name: 'delete variant XL', request: (c) => del(V(c, 'xl')) },
  {
    name: 'get product after the writes',
    request: (c) => get(`${P(c)}?fields=*variants,*variants.options,*variants.prices`),
  },

  // Bad input. Links Medusa would store go to a throw-away product and item, outside the rows compared.
  {
    name: 'create a throw-away inventory item',
    request: (c) => post('/admin/inventory-items', { sku: `JUNK-${c.TAG}`, title: `Junk ${c.tag}` }),
    keep: (c, b) => {
      c.ids.junkItem = b.inventory_item.id;
    },
  },
  {
    name: 'create a throw-away product',
    request: (c) =>
      post('/admin/products', {
        title: `Junk ${c.tag}`,
        options: [{ title: 'Kind', values: ['Junk', 'Negative'] }],
        variants: [{ title: 'Junk', sku: `JUNK-V-${c.TAG}`, options: { Kind: 'Junk' }, prices: [] }],
      }),
    keep: (c, b) => {
      c.ids.junkProduct = b.product.id;
      c.ids.junkVariant = b.product.variants[0].id;
    },
  },
  {
    name: 'link without required_quantity',
    request: (c) => post(`${V(c, 'medium')}/inventory-items`, { inventory_item_id: c.ids.itemA }),
  },
  {
    name: 'link without inventory_item_id',
    request: (c) => post(`${V(c, 'medium')}/inventory-items`, { required_quantity: 1 }),
  },
  {
    name: 'link with required_quantity as a string',
    request: (c) =>
      post(`${V(c, 'medium')}/inventory-items`, { inventory_item_id: c.ids.itemA, required_quantity: '2' }),
  },
  {
    name: 'link with an unknown field',
    request: (c) =>
      post(`${V(c, 'medium')}/inventory-items`, { inventory_item_id: c.ids.itemA, required_quantity: 1, foo: 1 }),
  },
  {
    name: 'update link with an empty body',
    request: (c) => post(`${V(c, 'large')}/inventory-items/${c.ids.itemA}`, {}),
  },
  {
    name: 'create variant without title',
    request: (c) => post(`${P(c)}/variants`, { options: { Size: 'S' }, prices: [] }),
  },
  {
    name: 'create variant without prices',
    request: (c) => post(`${P(c)}/variants`, { title: 'No prices', options: { Size: 'XL' } }),
  },
  {
    name: 'create variant with an existing option combination',
    request: (c) => post(`${P(c)}/variants`, { title: 'Twin', options: { Size: 'M' }, prices: [] }),
  },
  {
    name: 'create variant with an unknown option value',
    request: (c) => post(`${P(c)}/variants`, { title: 'Huge', options: { Size: 'XXXL' }, prices: [] }),
  },
  {
    name: 'create variant with an existing sku',
    request: (c) =>
      post(`${P(c)}/variants`, { title: 'Dup', sku: `TEE-M-${c.TAG}`, options: { Size: 'XL' }, prices: [] }),
  },
  {
    name: 'create variant with an unknown field',
    request: (c) => post(`${P(c)}/variants`, { title: 'x', options: { Size: 'XL' }, prices: [], bogus: 1 }),
  },
  {
    name: 'create variant with a negative price',
    request: (c) =>
      post(`/admin/products/${c.ids.junkProduct}/variants?fields=id`, {
        title: 'neg',
        options: { Kind: 'Negative' },
        prices: [{ currency_code: 'eur', amount: -5 }],
      }),
  },
  {
    name: 'link with required_quantity 0 (seed 000 allows it)',
    request: (c) =>
      post(`${JUNK(c)}/inventory-items?fields=id,*inventory_items`, {
        inventory_item_id: c.ids.junkItem,
        required_quantity: 0,
      }),
  },
  {
    name: 'link with required_quantity 7390879820021760 (seed 000)',
    request: (c) =>
      post(`${JUNK(c)}/inventory-items?fields=id,*inventory_items`, {
        inventory_item_id: c.ids.junkItem,
        required_quantity: 7390879820021760,
      }),
  },
  {
    name: 'link an unknown inventory item',
    request: (c) =>
      post(`${JUNK(c)}/inventory-items?fields=id,*inventory_items`, {
        inventory_item_id: 'iitem_01DIFFERENTIALNOSUCHITEM0',
        required_quantity: 1,
      }),
  },
  {
    name: 'get a variant that does not exist',
    request: (c) => get(`${P(c)}/variants/variant_01DIFFERENTIALNOSUCHVAR0`),
  },
  { name: 'get a product that does not exist', request: () => get('/admin/products/prod_01DIFFERENTIALNOSUCHPROD') },
  { name: 'list with a negative limit', request: (c) => get(`${P(c)}/variants?limit=-1`) },
  {
    name: 'give an address to a location that has none',
    request: (c) =>
      post(`/admin/stock-locations/${c.ids.backroom}?fields=id,name,*address`, {
        address: { address_1: '2 Alley', city: 'Paris', country_code: 'fr' },
      }),
  },
  {
    name: 'delete a stocked level',
    request: (c) => del(`/admin/inventory-items/${c.ids.itemB}/location-levels/${c.ids.backroom}`),
  },
];
