/**
 * `npm run bench`: generates a catalog, starts the gateway (and the F1 floor server) as child
 * processes, and loads each scenario with autocannon at each concurrency, on PGlite and on
 * PostgreSQL. See bench/README.md for the scenarios and the settings (BENCH_* variables).
 */
import { deepStrictEqual } from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ulid } from 'ulid';
import { signAdminToken } from '../src/auth/jwt.js';
import type { DatabaseTarget } from '../src/config.js';
import { openDatabase } from '../src/db/connect.js';
import { applyMigrations } from '../src/db/migrations.js';
import { type Catalog, DEFAULT_CATALOG, generateCatalog } from './catalog.js';
import { type Child, CpuWatch, memoryOf, PeakWatch, ROOT, startChild } from './children.js';
import { formatSummary, summarizeProfile } from './profile-summary.js';
import { M1_MUTATION, M2_MUTATION, PAGE_SIZE, Q1_QUERY, Q3_QUERY, q2Path } from './queries.js';

// ---------------------------------------------------------------------------------------------
// Settings

type DatabaseKind = 'pglite' | 'postgres';
type ScenarioName = 'F1' | 'Q1' | 'Q2' | 'Q3' | 'M1' | 'M2';
const ALL_SCENARIOS: ScenarioName[] = ['F1', 'Q1', 'Q2', 'Q3', 'M1', 'M2'];

const env = process.env;
const list = (value: string | undefined, fallback: string) =>
  (value ?? fallback)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const settings = {
  duration: Number(env.BENCH_DURATION ?? 10),
  warmup: Number(env.BENCH_WARMUP ?? Math.min(3, Math.max(1, Number(env.BENCH_DURATION ?? 10) / 4))),
  connections: list(env.BENCH_CONNECTIONS, '1,16').map(Number),
  databases: list(env.BENCH_DB, 'pglite,postgres') as DatabaseKind[],
  scenarios: list(env.BENCH_SCENARIOS, ALL_SCENARIOS.join(',')) as ScenarioName[],
  pgUrl: env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:55433/postgres',
  profile: list(env.BENCH_PROFILE, '') as ScenarioName[],
  products: Number(env.BENCH_PRODUCTS ?? DEFAULT_CATALOG.products),
  poolSize: env.BENCH_POOL_SIZE,
  /** Extra node flags for the gateway process, e.g. "--max-semi-space-size=64". */
  gatewayFlags: list(env.BENCH_GATEWAY_FLAGS?.replace(/\s+/g, ','), ''),
  floorPrepared: env.BENCH_FLOOR_PREPARED !== 'false',
};
for (const kind of settings.databases) {
  if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`BENCH_DB: unknown database "${kind}"`);
}
for (const name of [...settings.scenarios, ...settings.profile]) {
  if (!ALL_SCENARIOS.includes(name)) throw new Error(`unknown scenario "${name}" (one of ${ALL_SCENARIOS.join(', ')})`);
}

const JWT_SECRET = 'bench-secret-not-for-production';
const RESULTS_DIR = join(ROOT, 'bench/results');
const PROFILES_DIR = join(ROOT, 'bench/profiles');

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Target {
  gateway: Child;
  floor: Child | null;
  catalog: Catalog;
  token: string;
}

interface Load {
  /** Which process serves it (its memory and statements are measured). */
  server: 'gateway' | 'floor';
  request: autocannon.Request;
  verify: (body: string) => boolean;
}

const SCENARIO_TITLES: Record<ScenarioName, string> = {
  F1: 'floor: one SQL statement builds the page JSON, node:http + pg',
  Q1: `GraphQL page of ${PAGE_SIZE} variants, prices, options, product, links → items → levels, inventoryQuantity`,
  Q2: `REST GET /admin/product-variants?limit=${PAGE_SIZE}&fields=… (same data as Q1)`,
  Q3: 'GraphQL one variant by id with its inventory',
  M1: 'GraphQL updateVariantInventoryItem (alternating required quantity)',
  M2: 'GraphQL createProductVariant, two prices, automatic inventory item',
};

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

let skuCounter = 0;
const runId = ulid().slice(-8);

function loadOf(name: ScenarioName, target: Target): Load {
  const { catalog } = target;
  switch (name) {
    case 'F1':
      return {
        server: 'floor',
        request: { method: 'GET', path: `/variants?limit=${PAGE_SIZE}&offset=0` },
        verify: (body) => body.startsWith('{"data" : {"productVariants" : {'),
      };
    case 'Q1':
      return {
        server: 'gateway',
        request: { method: 'POST', path: '/graphql', body: gql(Q1_QUERY, { limit: PAGE_SIZE, offset: 0 }) },
        verify: (body) => body.startsWith('{"data":{"productVariants":{'),
      };
    case 'Q2':
      return {
        server: 'gateway',
        request: { method: 'GET', path: q2Path(PAGE_SIZE) },
        verify: (body) => body.startsWith('{"variants":[{'),
      };
    case 'Q3': {
      // A different variant each time, spread over the catalog.
      let n = 0;
      const ids = catalog.variantIds;
      const body = (id: string) => gql(Q3_QUERY, { id });
      return {
        server: 'gateway',
        request: {
          method: 'POST',
          path: '/graphql',
          setupRequest: (request) => ({ ...request, body: body(ids[(n++ * 7919) % ids.length]) }),
        },
        verify: (body) => body.startsWith('{"data":{"productVariant":{"id"'),
      };
    }
    case 'M1': {
      // Links taken in turn from a pool of 997 (odd, so each link's value alternates between 1 and 2).
      let n = 0;
      const links = catalog.ownLinks.slice(0, 997);
      return {
        server: 'gateway',
        request: {
          method: 'POST',
          path: '/graphql',
          setupRequest: (request) => {
            const k = n++;
            const input = { ...links[k % links.length], requiredQuantity: 1 + (k % 2) };
            return { ...request, body: gql(M1_MUTATION, { input }) };
          },
        },
        verify: (body) => body.includes('"__typename":"VariantInventoryItemPayload"'),
      };
    }
    case 'M2':
      return {
        server: 'gateway',
        request: {
          method: 'POST',
          path: '/graphql',
          setupRequest: (request) => {
            const k = skuCounter++;
            const input = {
              title: `Bench ${k}`,
              sku: `BENCH-M2-${runId}-${k}`,
              prices: [
                { currencyCode: 'eur', amount: 1000 + (k % 100) },
                { currencyCode: 'usd', amount: 1100 + (k % 100) },
              ],
            };
            return {
              ...request,
              body: gql(M2_MUTATION, { input: { productId: catalog.mutationProductId, ...input } }),
            };
          },
        },
        verify: (body) => body.includes('"__typename":"ProductVariantPayload"'),
      };
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measurement {
  database: DatabaseKind;
  scenario: ScenarioName;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  /** SQL statements per request under load: the statements of the run over the requests sent. */
  statementsPerRequest: number;
  kbPerResponse: number;
  /** CPU time of the serving process per request (the gateway, or the floor's node process), ms. */
  serverCpuMs: number;
  /** CPU time of PostgreSQL's processes per request, ms (PostgreSQL only: PGlite runs inside the server). */
  dbCpuMs: number;
  /** Share of the machine's CPU used by the load generator, and by everything else (other work on the machine). */
  loadGeneratorPct: number;
  otherPct: number;
  failures: number;
}

async function memoryBreakdown(gateway: Child) {
  const { memory } = await gateway.request<{ memory: NodeJS.MemoryUsage }>({ type: 'stats' });
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed), externalMb: mb(memory.external) };
}

async function statementsOf(server: Child): Promise<number> {
  return (await server.request<{ statements: number }>({ type: 'stats' })).statements;
}

/**
 * Waits until the server has finished the requests the load generator left in flight when its time
 * ran out (its statement count stops moving for half a second), so that they neither slow the next
 * run nor blur its statement count. Resolves with the settled count.
 */
async function settle(server: Child): Promise<number> {
  let last = await statementsOf(server);
  let stableSince = Date.now();
  const deadline = Date.now() + 60_000;
  while (Date.now() - stableSince < 500 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await statementsOf(server);
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
  }
  return last;
}

async function fire(url: string, headers: Record<string, string>, load: Load, connections: number, seconds: number) {
  const latencies: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    requests: [load.request],
    verifyBody: load.verify,
  });
  instance.on('response', (_client, status, responseBytes, ms) => {
    if (status >= 200 && status < 300) {
      latencies.push(ms);
      bytes += responseBytes;
    }
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return {
    completed: latencies.length,
    // Includes the requests still unanswered when the time ran out: the server serves them all the same.
    sent: result.requests.sent,
    rps: latencies.length / result.duration,
    p50: at(0.5),
    p99: at(0.99),
    kbPerResponse: latencies.length ? bytes / latencies.length / 1024 : 0,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}

async function measure(
  database: DatabaseKind,
  name: ScenarioName,
  target: Target,
  connections: number,
): Promise<Measurement> {
  const load = loadOf(name, target);
  const server = load.server === 'gateway' ? target.gateway : target.floor;
  if (!server) throw new Error(`${name} needs the floor server`);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${target.token}` };
  if (settings.warmup > 0) await fire(server.url, headers, load, connections, settings.warmup);
  await settle(server);
  const watch = new PeakWatch(server.pid);
  const before = await statementsOf(server);
  const cpu = new CpuWatch(server.pid);
  const run = await fire(server.url, headers, load, connections, settings.duration);
  const after = await settle(server);
  const used = cpu.stop();
  const peakRssMb = watch.stop();
  return {
    database,
    scenario: name,
    connections,
    requests: run.completed,
    rps: run.rps,
    p50: run.p50,
    p99: run.p99,
    peakRssMb,
    statementsPerRequest: run.sent ? (after - before) / run.sent : Number.NaN,
    kbPerResponse: run.kbPerResponse,
    serverCpuMs: used.serverMs / run.sent,
    dbCpuMs: database === 'postgres' ? used.postgresMs / run.sent : Number.NaN,
    loadGeneratorPct: (100 * used.loadGeneratorMs) / used.totalMs,
    // On PGlite, PostgreSQL server processes (other users of the server) are other work too.
    otherPct: (100 * (used.otherMs + (database === 'pglite' ? used.postgresMs : 0))) / used.totalMs,
    failures: run.failures,
  };
}

// ---------------------------------------------------------------------------------------------
// Checks before loading: every scenario answers correctly, and statements per page size

interface Checks {
  /** Statements of one request, per scenario. */
  statements: Partial<Record<ScenarioName, number>>;
  /** Statements of one Q1 / Q2 request per page size. */
  pageSizes: { limit: number; q1: number; q2: number }[];
}

async function checkTarget(target: Target): Promise<Checks> {
  const { gateway, floor } = target;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${target.token}` };
  const counted = async <T>(server: Child, send: () => Promise<T>) => {
    const before = await statementsOf(server);
    const value = await send();
    return { value, statements: (await statementsOf(server)) - before };
  };
  const post = async (body: string) => {
    const response = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers, body });
    const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (response.status !== 200 || json.errors)
      throw new Error(`GraphQL failed: ${JSON.stringify(json).slice(0, 500)}`);
    return json;
  };
  const getJson = async (url: string) => {
    const response = await fetch(url, { headers });
    if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };

  const statements: Checks['statements'] = {};
  const q1 = await counted(gateway, () => post(gql(Q1_QUERY, { limit: PAGE_SIZE, offset: 0 })));
  statements.Q1 = q1.statements;
  if (floor) {
    const f1 = await counted(floor, () => getJson(`${floor.url}/variants?limit=${PAGE_SIZE}&offset=0`));
    statements.F1 = f1.statements;
    // The floor answers exactly Q1's data (GraphQL adds its cost in extensions).
    deepStrictEqual(f1.value.data, q1.value.data, 'F1 and Q1 answer different data');
  }
  const q2 = await counted(gateway, () => getJson(`${gateway.url}${q2Path(PAGE_SIZE)}`));
  statements.Q2 = q2.statements;
  type Node = { id: string; inventoryQuantity: number | null; prices: unknown[]; inventoryItems: unknown[] };
  type RestNode = { id: string; inventory_quantity: number | null; prices: unknown[]; inventory_items: unknown[] };
  const graphNodes = (q1.value.data as { productVariants: { nodes: Node[] } }).productVariants.nodes;
  const restNodes = q2.value.variants as RestNode[];
  deepStrictEqual(
    restNodes.map((node) => [node.id, node.inventory_quantity, node.prices.length, node.inventory_items.length]),
    graphNodes.map((node) => [node.id, node.inventoryQuantity, node.prices.length, node.inventoryItems.length]),
    'Q2 and Q1 answer different variants',
  );
  if (graphNodes.length !== PAGE_SIZE) throw new Error(`Q1 answered ${graphNodes.length} variants`);

  for (const name of ['Q3', 'M1', 'M2'] as const) {
    const load = loadOf(name, target);
    const request = load.request.setupRequest?.({ ...load.request }, {}) ?? load.request;
    const one = await counted(gateway, () => post(String(request.body)));
    if (!load.verify(JSON.stringify(one.value))) throw new Error(`${name} answered ${JSON.stringify(one.value)}`);
    statements[name] = one.statements;
  }

  const pageSizes: Checks['pageSizes'] = [];
  for (const limit of [5, PAGE_SIZE, 200]) {
    const a = await counted(gateway, () => post(gql(Q1_QUERY, { limit, offset: 0 })));
    const b = await counted(gateway, () => getJson(`${gateway.url}${q2Path(limit)}`));
    pageSizes.push({ limit, q1: a.statements, q2: b.statements });
  }
  return { statements, pageSizes };
}

// ---------------------------------------------------------------------------------------------
// One database: create, fill, serve, load, clean up

interface DatabaseRun {
  kind: DatabaseKind;
  version: string;
  catalog: { rows: Record<string, number>; seconds: number };
  checks: Checks;
  measurements: Measurement[];
  /** The gateway's memory right after it started (RSS, and V8's heap and external memory), MB. */
  startupMemory: { rssMb: number; heapUsedMb: number; externalMb: number };
  /** Peak RSS over each child's whole life (start-up, checks and every scenario). */
  lifetimePeakMb: { gateway: number; floor: number | null };
  profiles: { scenario: ScenarioName; file: string; summary: string }[];
}

const cleanups: (() => Promise<void>)[] = [];

async function runDatabase(kind: DatabaseKind): Promise<DatabaseRun> {
  log(`\n=== ${kind} ===`);
  const local: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const step of local.reverse()) await step().catch((error) => log(`cleanup: ${error}`));
    local.length = 0;
  };
  cleanups.push(cleanup);
  try {
    // 1. A fresh database.
    let target: DatabaseTarget;
    let floorDatabase: string;
    const gatewayEnv: NodeJS.ProcessEnv = {
      ...env,
      NODE_ENV: 'production',
      JWT_SECRET,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_ON_START: 'false',
      LOG_LEVEL: env.BENCH_LOG_LEVEL ?? 'warn',
      ...(settings.poolSize ? { DATABASE_POOL_SIZE: settings.poolSize } : {}),
    };
    let dataDir = '';
    if (kind === 'pglite') {
      dataDir = await mkdtemp(join(tmpdir(), 'bench-pglite-'));
      local.push(() => rm(dataDir, { recursive: true, force: true }));
      target = { kind: 'pglite', dataDir };
      delete gatewayEnv.DATABASE_URL;
      gatewayEnv.PGLITE_DATA_DIR = dataDir;
      floorDatabase = `pglite:${dataDir}-floor`;
      local.push(() => rm(`${dataDir}-floor`, { recursive: true, force: true }));
    } else {
      const name = `bench_${ulid().toLowerCase()}`;
      await adminQuery(`CREATE DATABASE ${name}`);
      local.push(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      const url = new URL(settings.pgUrl);
      url.pathname = `/${name}`;
      target = { kind: 'postgres', url: url.toString(), poolSize: 10, connectTimeoutMs: 5_000 };
      gatewayEnv.DATABASE_URL = url.toString();
      floorDatabase = url.toString();
      log(`database ${name} on ${redact(settings.pgUrl)}`);
    }

    // 2. Migrate and fill it, in this process; then close it so the gateway can open it.
    const db = await openDatabase(target);
    let catalog: Catalog;
    let version: string;
    try {
      await applyMigrations(db);
      log(`generating ${settings.products} products × ${DEFAULT_CATALOG.variantsPerProduct} variants …`);
      catalog = await generateCatalog(db.prisma, { ...DEFAULT_CATALOG, products: settings.products });
      const total = Object.values(catalog.rows).reduce((a, b) => a + b, 0);
      log(`wrote ${total} rows in ${catalog.seconds.toFixed(1)} s (${Math.round(total / catalog.seconds)} rows/s)`);
      log(
        `  ${Object.entries(catalog.rows)
          .map(([table, n]) => `${table} ${n}`)
          .join(', ')}`,
      );
      version = (await db.prisma.$queryRawUnsafe<{ version: string }[]>('SELECT version()'))[0].version;
    } finally {
      await db.close();
    }
    // PGlite is single-process: the floor gets its own copy of the data directory.
    if (kind === 'pglite') await cp(dataDir, `${dataDir}-floor`, { recursive: true });

    // 3. The servers.
    const gateway = await startChild('gateway', 'bench/gateway-process.mjs', gatewayEnv, settings.gatewayFlags);
    local.push(() => gateway.stop());
    const startupMemory = await memoryBreakdown(gateway);
    log(
      `gateway pid ${gateway.pid} at ${gateway.url} (${String(gateway.ready.database)}); after start: RSS ${fmt(startupMemory.rssMb, 0)} MB, V8 heap used ${fmt(startupMemory.heapUsedMb, 0)} MB, external ${fmt(startupMemory.externalMb, 0)} MB`,
    );
    let floor: Child | null = null;
    if (settings.scenarios.includes('F1')) {
      floor = await startChild('floor', 'bench/floor-process.ts', {
        ...env,
        FLOOR_DATABASE: floorDatabase,
        FLOOR_PREPARED: String(settings.floorPrepared),
      });
      local.push(() => (floor as Child).stop());
      log(`floor pid ${floor.pid} at ${floor.url}`);
    }
    const token = await signAdminToken(JWT_SECRET, 'user_bench', '1d');
    const serving: Target = { gateway, floor, catalog, token };

    // 4. Every scenario answers what it should; statements of one request and per page size.
    const checks = await checkTarget(serving);
    log(`statements of one request: ${JSON.stringify(checks.statements)}`);
    log(
      `statements per page size: ${checks.pageSizes.map((p) => `limit ${p.limit}: Q1 ${p.q1}, Q2 ${p.q2}`).join('; ')}`,
    );

    // 5. The load.
    const measurements: Measurement[] = [];
    for (const name of settings.scenarios) {
      for (const connections of settings.connections) {
        const m = await measure(kind, name, serving, connections);
        measurements.push(m);
        log(
          `${kind} ${name} c=${String(connections).padEnd(2)} ${fmt(m.rps, 1).padStart(8)} req/s  p50 ${fmt(m.p50, 2)} ms  p99 ${fmt(m.p99, 2)} ms  peak RSS ${fmt(m.peakRssMb, 0)} MB  ${fmt(m.statementsPerRequest, 2)} stmt/req  CPU/req ${fmt(m.serverCpuMs, 1)} + db ${fmt(m.dbCpuMs, 1)} ms  ${fmt(m.kbPerResponse, 1)} KB  other load ${fmt(m.otherPct, 0)}%${m.failures ? `  FAILURES ${m.failures}` : ''}`,
        );
      }
    }

    // 6. Profiles on demand, at the highest concurrency.
    const profiles: DatabaseRun['profiles'] = [];
    for (const name of settings.profile.filter((scenario) => scenario !== 'F1')) {
      await mkdir(PROFILES_DIR, { recursive: true });
      const file = join(PROFILES_DIR, `${kind}-${name}.cpuprofile`);
      const connections = Math.max(...settings.connections);
      const load = loadOf(name, serving);
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      await fire(gateway.url, headers, load, connections, settings.warmup);
      await settle(gateway);
      await gateway.request({ type: 'profile-start' });
      const run = await fire(gateway.url, headers, load, connections, settings.duration);
      await settle(gateway);
      await gateway.request({ type: 'profile-stop', file });
      const summary = formatSummary(await summarizeProfile(file), 30);
      profiles.push({ scenario: name, file, summary });
      log(
        `\nprofile of ${kind} ${name} c=${connections} (${fmt(run.rps, 1)} req/s while profiling) → ${file}\n${summary}`,
      );
    }

    const lifetimePeakMb = { gateway: memoryOf(gateway.pid).peakMb, floor: floor ? memoryOf(floor.pid).peakMb : null };
    return {
      kind,
      version,
      catalog: { rows: catalog.rows, seconds: catalog.seconds },
      checks,
      measurements,
      startupMemory,
      lifetimePeakMb,
      profiles,
    };
  } finally {
    await cleanup();
    cleanups.splice(cleanups.indexOf(cleanup), 1);
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: settings.pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

function redact(url: string) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function report(runs: DatabaseRun[], started: Date): string {
  const find = (run: DatabaseRun, scenario: ScenarioName, c: number) =>
    run.measurements.find((m) => m.scenario === scenario && m.connections === c);
  const ratio = (a?: Measurement, b?: Measurement) => (a && b ? a.rps / b.rps : Number.NaN);
  const lines: string[] = [];
  lines.push(`# Benchmark run ${started.toISOString()}`, '');
  lines.push(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, ${process.platform}.`,
  );
  lines.push(
    `Settings: ${settings.duration} s per scenario and concurrency after a ${settings.warmup} s warm-up; catalog of ${settings.products} products.`,
    '',
  );
  for (const run of runs) {
    lines.push(`## ${run.kind}: ${run.version.split(' on ')[0].split(',')[0]}`, '');
    const rows = Object.values(run.catalog.rows).reduce((a, b) => a + b, 0);
    lines.push(`Catalog: ${rows} rows in ${run.catalog.seconds.toFixed(1)} s.`, '');
    lines.push(
      '| scenario | c | req/s | p50 ms | p99 ms | peak RSS MB | SQL/req | server CPU ms/req | PostgreSQL CPU ms/req | KB/resp | load gen. CPU | other CPU | failures |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const m of run.measurements) {
      lines.push(
        `| ${m.scenario} | ${m.connections} | ${fmt(m.rps, 1)} | ${fmt(m.p50, 2)} | ${fmt(m.p99, 2)} | ${fmt(m.peakRssMb, 0)} | ${fmt(m.statementsPerRequest, 2)} (one: ${run.checks.statements[m.scenario] ?? '–'}) | ${fmt(m.serverCpuMs, 1)} | ${fmt(m.dbCpuMs, 1)} | ${fmt(m.kbPerResponse, 1)} | ${fmt(m.loadGeneratorPct, 0)}% | ${fmt(m.otherPct, 0)}% | ${m.failures} |`,
      );
    }
    lines.push('');
    const cpu = (m?: Measurement) =>
      m ? `${fmt(m.serverCpuMs + (Number.isFinite(m.dbCpuMs) ? m.dbCpuMs : 0), 1)} ms` : '–';
    for (const c of settings.connections) {
      const [f1, q1, q2] = (['F1', 'Q1', 'Q2'] as const).map((scenario) => find(run, scenario, c));
      lines.push(
        `- c=${c}: Q1/F1 = ${fmt(ratio(q1, f1) * 100, 0)}%, Q2/Q1 = ${fmt(ratio(q2, q1) * 100, 0)}% (throughput); CPU per request (server + PostgreSQL): F1 ${cpu(f1)}, Q1 ${cpu(q1)}, Q2 ${cpu(q2)}`,
      );
    }
    lines.push(
      `- statements of one request per page size: ${run.checks.pageSizes.map((p) => `limit ${p.limit}: Q1 ${p.q1}, Q2 ${p.q2}`).join('; ')}`,
      `- gateway memory right after start: RSS ${fmt(run.startupMemory.rssMb, 0)} MB (V8 heap used ${fmt(run.startupMemory.heapUsedMb, 0)} MB, external ${fmt(run.startupMemory.externalMb, 0)} MB)`,
      `- peak RSS over the whole run: gateway ${fmt(run.lifetimePeakMb.gateway, 0)} MB${run.lifetimePeakMb.floor === null ? '' : `, floor ${fmt(run.lifetimePeakMb.floor, 0)} MB`}`,
      '',
    );
  }
  const postgres = runs.find((run) => run.kind === 'postgres');
  if (postgres) {
    const c = Math.max(...settings.connections);
    const q1f1 = ratio(find(postgres, 'Q1', c), find(postgres, 'F1', c));
    const q2q1 = ratio(find(postgres, 'Q2', c), find(postgres, 'Q1', c));
    const constant = postgres.checks.pageSizes.every(
      (p) => p.q1 === postgres.checks.pageSizes[0].q1 && p.q2 === postgres.checks.pageSizes[0].q2,
    );
    const peak = Math.max(
      postgres.lifetimePeakMb.gateway,
      ...postgres.measurements.filter((m) => m.scenario !== 'F1').map((m) => m.peakRssMb),
    );
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    lines.push(`## Targets (PostgreSQL, c=${c})`, '');
    lines.push('| target | measured | |', '|---|---|---|');
    lines.push(`| Q1 ≥ 50% of F1 | ${fmt(q1f1 * 100, 0)}% | ${verdict(q1f1 >= 0.5)} |`);
    lines.push(`| Q2 ≥ 85% of Q1 | ${fmt(q2q1 * 100, 0)}% | ${verdict(q2q1 >= 0.85)} |`);
    lines.push(
      `| statements per request constant in the page size | ${postgres.checks.pageSizes.map((p) => `${p.limit}: ${p.q1}/${p.q2}`).join(', ')} (Q1/Q2) | ${verdict(constant)} |`,
    );
    lines.push(`| gateway peak RSS < 250 MB | ${fmt(peak, 0)} MB | ${verdict(peak < 250)} |`, '');
  }
  for (const run of runs) {
    for (const profile of run.profiles) {
      lines.push(`## Profile: ${run.kind} ${profile.scenario}`, '', '```', profile.summary, '```', '');
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = new Date();
  log(
    `bench: ${settings.databases.join(' + ')}; scenarios ${settings.scenarios.join(' ')}; c = ${settings.connections.join(', ')}; ${settings.duration} s each (+${settings.warmup} s warm-up)`,
  );
  for (const name of settings.scenarios) log(`  ${name}  ${SCENARIO_TITLES[name]}`);
  const runs: DatabaseRun[] = [];
  for (const kind of settings.databases) runs.push(await runDatabase(kind));
  const markdown = report(runs, started);
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  await writeFile(join(RESULTS_DIR, `${stamp}.json`), JSON.stringify({ settings, runs }, null, 2));
  await writeFile(join(RESULTS_DIR, `${stamp}.md`), markdown);
  await writeFile(join(RESULTS_DIR, 'latest.md'), markdown);
  log(`\n${markdown}`);
  log(`results: bench/results/${stamp}.md (and .json)`);
}

let interrupted = false;
process.on('SIGINT', () => {
  if (interrupted) process.exit(130);
  interrupted = true;
  log('\ninterrupted: cleaning up …');
  Promise.all(cleanups.map((step) => step())).finally(() => process.exit(130));
});

main().catch(async (error: unknown) => {
  console.error(error);
  for (const step of cleanups) await step().catch(() => {});
  process.exit(1);
});
