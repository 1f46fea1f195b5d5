/**
 * Where the gateway deliberately answers differently from Medusa 2.21, by scenario step; each
 * entry is also listed in docs/compatibility.md. An entry states both statuses, so a change on
 * either side fails the test; `compare`, when given, picks what must still be equal.
 */
export interface Deviation {
  why: string;
  medusa: number;
  gateway: number;
  /** The Medusa error type the gateway answers with. */
  gatewayType?: string;
  compare?: (answer: unknown) => unknown;
}

/** A copy of an answer without the given keys, wherever they are. */
export const without =
  (...keys: string[]) =>
  (answer: unknown): unknown =>
    JSON.parse(JSON.stringify(answer), (key, value) => (keys.includes(key) ? undefined : value));

/** A copy of an answer with every placeholder of a prefix made the same: ids that differ on purpose. */
const sameIds =
  (prefix: string) =>
  (answer: unknown): unknown =>
    JSON.parse(JSON.stringify(answer).replace(new RegExp(`<${prefix}#\\d+>`, 'g'), `<${prefix}>`));

/** A copy of an answer where each image (an object in an `images` list) is without the given keys. */
const imagesWithout =
  (...keys: string[]) =>
  (answer: unknown): unknown =>
    JSON.parse(JSON.stringify(answer), (key, value) =>
      key === 'images' && Array.isArray(value)
        ? value.map((image) => Object.fromEntries(Object.entries(image).filter(([name]) => !keys.includes(name))))
        : value,
    );

const nestedTotals = without('stocked_quantity', 'reserved_quantity');

/** A copy of an answer where the totals of each `inventory_item` stub are blanked. */
const blankStubTotals = (answer: unknown): unknown =>
  JSON.parse(JSON.stringify(answer), (key, value) =>
    key === 'inventory_item' && value && typeof value === 'object'
      ? { ...value, stocked_quantity: '<total>', reserved_quantity: '<total>' }
      : value,
  );

/** A level batch's answer: the workflow's rows, but as the levels now are. */
const levelBatch: Deviation = {
  why: "an updated level's available_quantity is the level's now (Medusa's is from before the update), and its inventory_item stub has the item's real totals (Medusa's are null)",
  medusa: 200,
  gateway: 200,
  compare: (answer) => without('available_quantity')(blankStubTotals(answer)),
};

const strictQuantity = {
  why: 'required_quantity must be a whole number from 1 to 2147483647; Medusa stores anything',
  medusa: 200,
  gateway: 400,
  gatewayType: 'invalid_data',
};

export const DEVIATIONS: Record<string, Deviation> = {
  'batch the levels of item B': levelBatch,
  'create variant XL without managed inventory': {
    why: '+inventory_quantity is computed on POST routes too (Medusa ignores it there)',
    medusa: 200,
    gateway: 200,
    compare: without('inventory_quantity'),
  },
  'update variant M title and prices': {
    why: 'a price shows its rules even when `fields` names prices but not price_rules (Medusa then shows `rules: {}`)',
    medusa: 200,
    gateway: 200,
    compare: without('rules'),
  },
  'get variant S with its inventory items': {
    why: "the nested inventory item's totals are computed (Medusa shows null there)",
    medusa: 200,
    gateway: 200,
    compare: nestedTotals,
  },
  'update link of item B on M (seed 001 route)': {
    why: "updating a link keeps its id (Medusa replaces the row with a new id); the nested inventory item's totals are computed (Medusa shows null there)",
    medusa: 200,
    gateway: 200,
    compare: (answer) => nestedTotals(sameIds('pvitem')(answer)),
  },
  'get variant M with nested inventory': {
    why: "the link id kept by the update above; the nested inventory item's totals are computed (Medusa shows null there)",
    medusa: 200,
    gateway: 200,
    compare: (answer) => nestedTotals(sameIds('pvitem')(answer)),
  },
  'level batch of item 1: create at B, update at A (fields ignored)': levelBatch,
  'level batch of item 1: nothing incoming at B any more': levelBatch,
  'levels batch: create for items 2 and 3, update item 1': levelBatch,
  'levels batch: update by level id, delete forced': levelBatch,
  'level batch of item 1: delete at B without force': {
    why: "a level with incoming units is never deleted; Medusa's check reads incoming_quantity without loading it, so it only sees the stocked units (and deletes the level when forced)",
    medusa: 400,
    gateway: 400,
    gatewayType: 'not_allowed',
  },
  'variants batch: update an unknown variant': {
    why: 'an unknown variant (here one deleted before) is 404 not_found, as on every variant route; Medusa answers 400 invalid_data in a batch',
    medusa: 400,
    gateway: 404,
    gatewayType: 'not_found',
  },
  'create variant with a negative price': {
    why: 'price amounts must be 0 or more; Medusa stores a negative price',
    medusa: 200,
    gateway: 400,
    gatewayType: 'invalid_data',
  },
  'link with required_quantity 0 (seed 000 allows it)': strictQuantity,
  'link with required_quantity 7390879820021760 (seed 000)': strictQuantity,
  'link an unknown inventory item': {
    why: 'an unknown inventory item is 404; Medusa stores a dangling link',
    medusa: 200,
    gateway: 404,
    gatewayType: 'not_found',
  },
  'get a variant that does not exist': {
    why: 'an unknown variant is 404; Medusa answers 200 {}',
    medusa: 200,
    gateway: 404,
    gatewayType: 'not_found',
  },
  'list with a negative limit': {
    why: 'a negative limit is 400 invalid_data; Medusa fails with 500',
    medusa: 500,
    gateway: 400,
    gatewayType: 'invalid_data',
  },
  'give an address to a location that has none': {
    why: 'the new address is attached to the location; Medusa creates the address row but leaves address_id empty, so the address is lost',
    medusa: 200,
    gateway: 200,
    compare: without('address'),
  },
};

/** A deviation of the differential matrix, for the cases whose names it matches. */
export interface MatrixDeviation extends Omit<Deviation, 'gatewayType'> {
  matches: (name: string) => boolean;
}

export const MATRIX_DEVIATIONS: MatrixDeviation[] = [
  {
    why: 'deleting an unknown id is 404 not_found; Medusa answers 200 {id, object, deleted: true}',
    matches: (name) => name.startsWith('DELETE ') && name.endsWith(' unknown id'),
    medusa: 200,
    gateway: 404,
  },
  {
    why: "a variant's images asked for whole (`*images`, `images.*`) are the images' columns; Medusa also puts in each the whole `product` and the `variants` it is assigned to (each with its whole `product`): what its product module loaded to choose the images, not in Medusa's response types",
    matches: (name) =>
      /^(GET variant .*|POST update variant inventory link )fields=sku,(\*images|images\.\*)$/.test(name),
    medusa: 200,
    gateway: 200,
    compare: imagesWithout('product', 'variants'),
  },
];

/**
 * Not served yet (found by the matrix, listed in docs/compatibility.md as open): each states
 * what Medusa answers so that serving it shows here.
 */
export const MATRIX_GAPS: MatrixDeviation[] = [];
