/**
 * The benchmark's settings, from BENCH_* variables (bench/README.md lists them), and the names of its
 * databases, targets and scenarios.
 */
import { START_FLAGS } from './children.js';
import { PAGE_SIZE } from './queries.js';

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * The servers under test: the floor, the gateway over a database it migrated itself, the gateway
 * attached to a database made by Medusa 2.21's own DDL, and PostGraphile 5.
 */
export type TargetName = 'floor' | 'gateway' | 'attached' | 'postgraphile';

export type ScenarioName =
  | 'F1'
  | 'FO'
  | 'FK'
  | 'Q1'
  | 'QO'
  | 'QC'
  | 'Q2'
  | 'RO'
  | 'P1'
  | 'PO'
  | 'PC'
  | 'Q3'
  | 'M1'
  | 'M2';

/** How a page scenario chooses its pages: always the first, or every page in shuffled order. */
export type Paging = 'first' | 'offset' | 'cursor';

export interface ScenarioSpec {
  title: string;
  /** Which kind of server answers it; gateway scenarios run on every gateway target. */
  server: 'floor' | 'gateway' | 'postgraphile';
  /** Page scenarios only; the rest (one variant, mutations) have none. */
  paging: Paging | null;
}

export const SCENARIOS: Record<ScenarioName, ScenarioSpec> = {
  F1: { server: 'floor', paging: 'first', title: 'floor: the first page, one SQL statement builds the JSON' },
  FO: { server: 'floor', paging: 'offset', title: 'floor: every page by OFFSET, shuffled' },
  FK: { server: 'floor', paging: 'cursor', title: 'floor: every page by keyset (id > last id), shuffled' },
  Q1: {
    server: 'gateway',
    paging: 'first',
    title: `GraphQL productVariants(limit: ${PAGE_SIZE}): the first page, prices, options, product, links → items → levels, inventoryQuantity`,
  },
  QO: { server: 'gateway', paging: 'offset', title: 'GraphQL productVariants(limit, offset): every page, shuffled' },
  QC: {
    server: 'gateway',
    paging: 'cursor',
    title: 'GraphQL productVariantsConnection(first, after): every page by cursor, shuffled',
  },
  Q2: {
    server: 'gateway',
    paging: 'first',
    title: `REST GET /admin/product-variants?limit=${PAGE_SIZE}&fields=… (Q1's data)`,
  },
  RO: { server: 'gateway', paging: 'offset', title: 'REST GET /admin/product-variants?offset=…: every page, shuffled' },
  P1: { server: 'postgraphile', paging: 'first', title: 'PostGraphile 5 allProductVariants: the first page' },
  PO: {
    server: 'postgraphile',
    paging: 'offset',
    title: 'PostGraphile 5 allProductVariants(offset): every page, shuffled',
  },
  PC: {
    server: 'postgraphile',
    paging: 'cursor',
    title: 'PostGraphile 5 allProductVariants(after): every page by cursor, shuffled',
  },
  Q3: { server: 'gateway', paging: null, title: 'GraphQL one variant by id with its inventory' },
  M1: { server: 'gateway', paging: null, title: 'GraphQL updateVariantInventoryItem (alternating required quantity)' },
  M2: { server: 'gateway', paging: null, title: 'GraphQL createProductVariant, two prices, automatic inventory item' },
};

/** The order of a round: the targets of one comparison (first page, by offset, by cursor) run back to back. */
export const ALL_SCENARIOS: ScenarioName[] = [
  'F1',
  'Q1',
  'Q2',
  'P1',
  'FO',
  'QO',
  'RO',
  'PO',
  'FK',
  'QC',
  'PC',
  'Q3',
  'M1',
  'M2',
];

/** On PGlite every statement runs on the gateway's one thread: deep pages by offset would hold the run for minutes. */
const PGLITE_SCENARIOS: ScenarioName[] = ['F1', 'FK', 'Q1', 'QC', 'Q2', 'Q3', 'M1', 'M2'];

const env = process.env;
const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function scenarioList(value: string | undefined, fallback: ScenarioName[]): ScenarioName[] {
  const names = list(value, fallback.join(','));
  for (const name of names) {
    if (!(name in SCENARIOS)) throw new Error(`unknown scenario "${name}" (one of ${ALL_SCENARIOS.join(', ')})`);
  }
  // Always in the order of a round, whatever the order given.
  return ALL_SCENARIOS.filter((name) => names.includes(name));
}

const duration = Number(env.BENCH_DURATION ?? 10);
const rounds = Math.max(1, Number(env.BENCH_ROUNDS ?? 2));

export const settings = {
  /** Seconds of load per scenario, target and concurrency, over all rounds. */
  duration,
  /** The run goes through every scenario and target this many times, duration / rounds each time. */
  rounds,
  warmup: Number(env.BENCH_WARMUP ?? Math.min(2, Math.max(1, duration / 4))),
  connections: list(env.BENCH_CONNECTIONS, '16').map(Number),
  databases: list(env.BENCH_DB, 'pglite,postgres') as DatabaseKind[],
  scenarios: {
    postgres: scenarioList(env.BENCH_SCENARIOS, ALL_SCENARIOS),
    pglite: scenarioList(env.BENCH_SCENARIOS, PGLITE_SCENARIOS),
  } satisfies Record<DatabaseKind, ScenarioName[]>,
  /** Gateway targets on PostgreSQL (PGlite has only the gateway's own database). */
  gateways: list(env.BENCH_GATEWAYS, 'gateway,attached') as TargetName[],
  pgUrl: env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:55433/postgres',
  profile: scenarioList(env.BENCH_PROFILE ?? '', []),
  products: Number(env.BENCH_PRODUCTS ?? 2000),
  /** Seconds of serial (c = 1) requests of the first page and of the last, per paging scenario; 0 skips it. */
  depthSeconds: Number(env.BENCH_DEPTH_SECONDS ?? 2),
  /** Measure the embedded default's first start (peak RSS until /ready); default: when PGlite is benchmarked. */
  firstStart: env.BENCH_FIRST_START
    ? env.BENCH_FIRST_START !== 'false'
    : list(env.BENCH_DB, 'pglite,postgres').includes('pglite'),
  poolSize: env.BENCH_POOL_SIZE,
  /** Node flags of the gateway processes: those of `npm start` unless given ("none": no flags). */
  gatewayFlags:
    env.BENCH_GATEWAY_FLAGS === undefined
      ? START_FLAGS
      : env.BENCH_GATEWAY_FLAGS.trim() === 'none'
        ? []
        : list(env.BENCH_GATEWAY_FLAGS.replace(/\s+/g, ','), ''),
  floorPrepared: env.BENCH_FLOOR_PREPARED !== 'false',
};

for (const kind of settings.databases) {
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`BENCH_DB: unknown database "${kind}"`);
}
for (const name of settings.gateways) {
  if (name !== 'gateway' && name !== 'attached')
    throw new Error(`BENCH_GATEWAYS: "${name}" is not gateway or attached`);
}
for (const name of settings.profile) {
  if (SCENARIOS[name].server !== 'gateway') throw new Error(`BENCH_PROFILE: ${name} is not served by the gateway`);
}
