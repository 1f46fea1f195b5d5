/**
 * The differential matrix: each GET route of Medusa 2.21's admin API that the shim serves, with
 * each form of `fields` (`get-query-config.ts`: absent, bare list, `+x`, `-x`, `*rel`, `rel.*`,
 * dotted paths two and three levels deep, link columns), and each list route with its list
 * parameters (`createFindParams`: q, order, offset, limit). The relations are Medusa's own (its
 * product, inventory and stock location models and their module links), not what the shim serves.
 */
export interface Fixture {
  tag: string;
  product: string;
  variant: string;
  item: string;
  location: string;
}

interface Resource {
  name: string;
  /** The path of one record, and of the list, where the route has them. */
  one?: (fixture: Fixture) => string;
  list?: (fixture: Fixture) => string;
  /** Two columns, for the bare list, `+x` and `-x`. */
  columns: [string, string];
  /** Medusa's relations of the entity, each with a column and a relation of its own where it has them. */
  relations: { name: string; column: string; deeper?: string }[];
}

const VARIANT_RELATIONS: Resource['relations'] = [
  { name: 'product', column: 'title', deeper: 'options.title' },
  { name: 'options', column: 'value', deeper: 'option.title' },
  { name: 'prices', column: 'amount', deeper: 'price_rules.value' },
  { name: 'inventory_items', column: 'required_quantity', deeper: 'inventory.sku' },
  { name: 'images', column: 'url' },
];

export const RESOURCES: Resource[] = [
  {
    name: 'product',
    one: (f) => `/admin/products/${f.product}`,
    list: () => '/admin/products',
    columns: ['title', 'handle'],
    relations: [
      { name: 'options', column: 'title', deeper: 'values.value' },
      { name: 'variants', column: 'sku', deeper: 'options.value' },
      { name: 'images', column: 'url' },
      { name: 'sales_channels', column: 'name' },
    ],
  },
  {
    name: 'variant of a product',
    one: (f) => `/admin/products/${f.product}/variants/${f.variant}`,
    list: (f) => `/admin/products/${f.product}/variants`,
    columns: ['sku', 'title'],
    relations: VARIANT_RELATIONS,
  },
  {
    name: 'variant',
    list: () => '/admin/product-variants',
    columns: ['sku', 'title'],
    relations: VARIANT_RELATIONS,
  },
  {
    name: 'inventory item',
    one: (f) => `/admin/inventory-items/${f.item}`,
    list: () => '/admin/inventory-items',
    columns: ['sku', 'title'],
    relations: [
      { name: 'location_levels', column: 'stocked_quantity', deeper: 'stock_locations.name' },
      { name: 'variants', column: 'sku', deeper: 'product.title' },
    ],
  },
  {
    name: 'location level',
    one: (f) => `/admin/inventory-items/${f.item}/location-levels`,
    columns: ['stocked_quantity', 'location_id'],
    relations: [{ name: 'stock_locations', column: 'name', deeper: 'address.city' }],
  },
  {
    name: 'stock location',
    one: (f) => `/admin/stock-locations/${f.location}`,
    list: () => '/admin/stock-locations',
    columns: ['name', 'address_id'],
    relations: [
      { name: 'address', column: 'city' },
      { name: 'sales_channels', column: 'name', deeper: 'stock_locations.name' },
    ],
  },
];

/** Three-level paths that cross modules (a variant's links to its inventory and on to levels). */
const DEEP: Record<string, string[]> = {
  'variant of a product': [
    'sku,inventory_items.inventory.location_levels.stocked_quantity',
    'sku,inventory_items.inventory.location_levels.*',
    'sku,*inventory_items.inventory.location_levels',
    'inventory_items.inventory_item_id,inventory_items.required_quantity',
    'sku,inventory_items.variant.sku',
  ],
  product: ['title,variants.inventory_items.inventory.sku', 'title,variants.prices.amount'],
  'inventory item': ['sku,location_levels.stock_locations.address.city', 'sku,variants.options.value'],
};

export interface Case {
  name: string;
  path: (fixture: Fixture) => string;
}

const withQuery = (path: string, query: string) => (query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path);

/** The `fields` forms of one resource. */
export function fieldForms(resource: Resource): string[] {
  const [a, b] = resource.columns;
  const forms = ['', `fields=${a},${b}`, `fields=%2B${a}`, `fields=-${b}`, `fields=${a},bogus`];
  for (const { name, column, deeper } of resource.relations) {
    forms.push(
      `fields=${a},*${name}`,
      `fields=${a},${name}.*`,
      `fields=${a},${name}.${column}`,
      `fields=${a},${name}.bogus`,
      `fields=${a},${name}`,
      `fields=-${name}`,
    );
    if (deeper) forms.push(`fields=${a},${name}.${deeper}`);
  }
  for (const deep of DEEP[resource.name] ?? []) forms.push(`fields=${deep}`);
  return forms;
}

/**
 * List parameters, each on the run's own records (`q` is the run's tag) so other data on the
 * database does not matter; ordered by a column that differs between them (records made in one
 * call share `created_at`).
 */
const listParams = ([column]: Resource['columns']) => [
  `order=-${column}`,
  `order=${column}&offset=1&limit=1`,
  'limit=1',
  'offset=5',
];

export function cases(): Case[] {
  const all: Case[] = [];
  for (const resource of RESOURCES) {
    const { one, list } = resource;
    for (const form of fieldForms(resource)) {
      const shown = form || '(defaults)';
      if (one) all.push({ name: `GET ${resource.name} ${shown}`, path: (f) => withQuery(one(f), form) });
      if (list)
        all.push({
          name: `GET ${resource.name} list ${shown}`,
          path: (f) => withQuery(list(f), [`q=${f.tag}`, form].filter(Boolean).join('&')),
        });
    }
    for (const params of list ? listParams(resource.columns) : []) {
      all.push({
        name: `GET ${resource.name} list ${params}`,
        path: (f) => `${list?.(f)}?q=${f.tag}&${params}&fields=id,${resource.columns[0]}`,
      });
    }
  }
  return all;
}

export interface WriteCase {
  name: string;
  path: (fixture: Fixture) => string;
  body: (fixture: Fixture) => unknown;
}

const resource = (name: string): Resource => {
  const found = RESOURCES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no resource ${name}`);
  return found;
};

/**
 * Each POST route that updates a record answers it under `fields` too (Medusa's update routes
 * refetch it with the route's query config): an update that writes what is already there, sent
 * with each `fields` form of the entity the route answers with.
 */
const UPDATES: { route: string; answers: string; path: (f: Fixture) => string; body: (f: Fixture) => unknown }[] = [
  {
    route: 'update product',
    answers: 'product',
    path: (f) => `/admin/products/${f.product}`,
    body: (f) => ({ title: `Shirt ${f.tag}` }),
  },
  {
    route: 'update variant',
    answers: 'product',
    path: (f) => `/admin/products/${f.product}/variants/${f.variant}`,
    body: () => ({ title: 'S' }),
  },
  {
    route: 'update variant inventory link',
    answers: 'variant of a product',
    path: (f) => `/admin/products/${f.product}/variants/${f.variant}/inventory-items/${f.item}`,
    body: () => ({ required_quantity: 2 }),
  },
  {
    route: 'update inventory item',
    answers: 'inventory item',
    path: (f) => `/admin/inventory-items/${f.item}`,
    body: (f) => ({ title: `Item ${f.tag}` }),
  },
  {
    route: 'update location level',
    answers: 'inventory item',
    path: (f) => `/admin/inventory-items/${f.item}/location-levels/${f.location}`,
    body: () => ({ stocked_quantity: 10 }),
  },
  {
    route: 'update stock location',
    answers: 'stock location',
    path: (f) => `/admin/stock-locations/${f.location}`,
    body: (f) => ({ name: `Depot ${f.tag}` }),
  },
];

export function writeCases(): WriteCase[] {
  return UPDATES.flatMap(({ route, answers, path, body }) =>
    fieldForms(resource(answers)).map((form) => ({
      name: `POST ${route} ${form || '(defaults)'}`,
      path: (f: Fixture) => withQuery(path(f), form),
      body,
    })),
  );
}
