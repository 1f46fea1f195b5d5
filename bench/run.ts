/**
 * `npm run bench`: generates a catalog, starts the targets (the gateway over its own database and
 * attached to a Medusa-made one, the floor, PostGraphile 5) as child processes, checks that they
 * answer the same pages, and loads each scenario with autocannon, every target of a comparison back
 * to back and the whole list in rounds; then the first page against the last, serially. See
 * bench/README.md for the scenarios and the settings (BENCH_* variables).
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signAdminToken } from '../src/auth/jwt.js';
import { openDatabase } from '../src/db/connect.js';
import { applyMigrations } from '../src/db/migrations.js';
import { buildCatalog, type Catalog, DEFAULT_CATALOG, writeCatalog } from './catalog.js';
import { type Checks, checkTargets, type Servers, walkCursors } from './checks.js';
import { type Child, memoryOf, ROOT, startChild } from './children.js';
import { adminQuery, databaseUrl, fillDatabase, type Layout, watchBackends } from './databases.js';
import { type FirstStart, measureFirstStart } from './first-start.js';
import {
  addStretch,
  type Backends,
  figures,
  fire,
  type Measurement,
  type MeasurementKey,
  noBackends,
  type Stretch,
  serialStretch,
  settle,
  stretch,
} from './measure.js';
import { formatSummary, summarizeProfile } from './profile-summary.js';
import { PAGE_SIZE } from './queries.js';
import { type DatabaseRun, fmt, report } from './report.js';
import { holdsPage, loadOf, type Plan, pageRequest, shuffledPages, verifierOf } from './scenarios.js';
import { type DatabaseKind, SCENARIOS, type ScenarioName, settings, type TargetName } from './settings.js';

const env = process.env;
const JWT_SECRET = 'bench-secret-not-for-production';
const RESULTS_DIR = join(ROOT, 'bench/results');
const PROFILES_DIR = join(ROOT, 'bench/profiles');

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

const cleanups: (() => Promise<void>)[] = [];

/** The scenarios and gateway targets a database runs (PostGraphile and the attached gateway need PostgreSQL). */
function selection(kind: DatabaseKind) {
  const gateways: TargetName[] = kind === 'postgres' ? settings.gateways : ['gateway'];
  const scenarios = settings.scenarios[kind].filter((name) => {
    const server = SCENARIOS[name].server;
    if (server === 'postgraphile' && kind !== 'postgres') return false;
    return server !== 'gateway' || gateways.length > 0;
  });
  const targetsOf = (scenario: ScenarioName): TargetName[] =>
    SCENARIOS[scenario].server === 'gateway' ? gateways : [SCENARIOS[scenario].server as TargetName];
  return { gateways, scenarios, targetsOf };
}

async function runDatabase(kind: DatabaseKind): Promise<DatabaseRun> {
  log(`\n=== ${kind} ===`);
  const local: (() => Promise<void>)[] = [];
  const cleanup = async () => {
    for (const step of local.reverse()) await step().catch((error) => log(`cleanup: ${error}`));
    local.length = 0;
  };
  cleanups.push(cleanup);
  try {
    const { gateways, scenarios, targetsOf } = selection(kind);
    const wants = (server: string) => scenarios.some((name) => SCENARIOS[name].server === server);
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

    // 1. The catalog's rows, made once, and the databases that get them.
    log(`generating ${settings.products} products × ${DEFAULT_CATALOG.variantsPerProduct} variants …`);
    const rows = buildCatalog({ ...DEFAULT_CATALOG, products: settings.products });
    log(`  rows made in ${rows.seconds.toFixed(1)} s`);
    const urls: Partial<Record<Layout, string>> = {};
    const names: string[] = [];
    let catalog: Catalog | undefined;
    let floorDatabase = '';
    let backends: Backends = noBackends;
    if (kind === 'pglite') {
      const dataDir = await mkdtemp(join(tmpdir(), 'bench-pglite-'));
      local.push(() => rm(dataDir, { recursive: true, force: true }));
      const db = await openDatabase({ kind: 'pglite', dataDir });
      try {
        await applyMigrations(db);
        catalog = await writeCatalog(db.prisma, rows);
      } finally {
        await db.close();
      }
      delete gatewayEnv.DATABASE_URL;
      gatewayEnv.PGLITE_DATA_DIR = dataDir;
      // PGlite is single-process: the floor gets its own copy of the data directory.
      if (wants('floor')) {
        await cp(dataDir, `${dataDir}-floor`, { recursive: true });
        local.push(() => rm(`${dataDir}-floor`, { recursive: true, force: true }));
        floorDatabase = `pglite:${dataDir}-floor`;
      }
    } else {
      // The anchors (floor, PostGraphile) read the Medusa-made database when there is one, as the gateway attached to it does.
      const layouts = new Set<Layout>();
      if (gateways.includes('gateway')) layouts.add('own');
      if (gateways.includes('attached') || !gateways.includes('gateway')) layouts.add('medusa');
      // Both databases are written at once: the writer is as much this process (JSON) as PostgreSQL.
      const written = await Promise.all(
        [...layouts].map(async (layout) => {
          const { name, url } = databaseUrl(settings.pgUrl, layout);
          await adminQuery(settings.pgUrl, `CREATE DATABASE ${name}`);
          local.push(() => adminQuery(settings.pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => {}));
          urls[layout] = url;
          names.push(name);
          const filled = await fillDatabase(url, layout, rows);
          log(
            `database ${name} (${layout === 'own' ? "the gateway's migrations" : "Medusa 2.21's DDL"}): catalog written in ${filled.seconds.toFixed(1)} s`,
          );
          return filled;
        }),
      );
      catalog = written[0];
      floorDatabase = urls.medusa ?? urls.own ?? '';
      const watch = await watchBackends(settings.pgUrl, names);
      local.push(() => watch.close());
      backends = watch;
    }
    if (!catalog) throw new Error('no database');
    const total = Object.values(catalog.rows).reduce((a, b) => a + b, 0);
    log(
      `  ${total} rows: ${Object.entries(catalog.rows)
        .map(([table, n]) => `${table} ${n}`)
        .join(', ')}`,
    );

    // 2. The servers.
    const servers: Servers = {};
    const startedMemory: DatabaseRun['startupMemory'] = {};
    const start = async (target: TargetName, script: string, childEnv: NodeJS.ProcessEnv, flags: string[] = []) => {
      const child = await startChild(target, script, childEnv, flags);
      local.push(() => child.stop());
      servers[target] = child;
      const { memory } = await child.request<{ memory?: NodeJS.MemoryUsage }>({ type: 'stats' });
      startedMemory[target] = memory ? memory.rss / 2 ** 20 : memoryOf(child.pid).rssMb;
      log(
        `${target} pid ${child.pid} at ${child.url}: RSS after start ${fmt(startedMemory[target] ?? Number.NaN, 0)} MB`,
      );
      return child;
    };
    for (const target of gateways) {
      const url = target === 'gateway' ? urls.own : urls.medusa;
      const child = await start(
        target,
        'bench/gateway-process.mjs',
        kind === 'pglite' ? gatewayEnv : { ...gatewayEnv, DATABASE_URL: url },
        settings.gatewayFlags,
      );
      const expected = target === 'gateway' ? 'owned' : 'attached';
      if (child.ready.mode !== expected)
        throw new Error(`${target}: the gateway ${String(child.ready.mode)}, not ${expected}`);
    }
    if (wants('floor')) {
      await start('floor', 'bench/floor-process.ts', {
        ...env,
        FLOOR_DATABASE: floorDatabase,
        FLOOR_PREPARED: String(settings.floorPrepared),
      });
    }
    if (wants('postgraphile')) {
      await start('postgraphile', 'bench/postgraphile-process.mjs', {
        ...env,
        NODE_ENV: 'production',
        GRAPHILE_ENV: 'production',
        POSTGRAPHILE_DATABASE: floorDatabase,
      });
    }
    const token = await signAdminToken(JWT_SECRET, 'user_bench', '1d');
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    // 3. The plan: pages, their shuffled order, the cursors of every page.
    const ids = [...catalog.variantIds].sort();
    const pages = Math.ceil(ids.length / PAGE_SIZE);
    const plan: Plan = { catalog, ids, pages, order: shuffledPages(pages), cursors: {} };
    const cursorStarted = performance.now();
    for (const scenario of scenarios.filter((name) => name === 'QC' || name === 'PC')) {
      for (const target of targetsOf(scenario)) {
        const server = servers[target] as Child;
        plan.cursors[target] = await walkCursors(server, token, scenario === 'QC' ? 'gateway' : 'postgraphile', pages);
      }
    }
    log(
      `${pages} pages of ${PAGE_SIZE}; cursors walked in ${((performance.now() - cursorStarted) / 1000).toFixed(1)} s`,
    );

    // 4. Every target answers the same pages; statements of one request and per page size.
    const checks: Checks = await checkTargets(servers, plan, token, scenarios, gateways);
    log(`statements of one request: ${JSON.stringify(checks.statements)}`);
    log(`statements of one request of the last page: ${JSON.stringify(checks.lastPageStatements)}`);
    log(
      `statements per page size (${[5, PAGE_SIZE, 200].join(', ')}): ${Object.entries(checks.pageSizes)
        .map(([key, sizes]) => `${key} ${sizes.map((size) => size.statements).join('/')}`)
        .join('; ')}`,
    );

    // Peak RSS over each server's life: every stretch resets the kernel's high-water mark, so keep the maxima.
    const lifetimePeakMb: DatabaseRun['lifetimePeakMb'] = {};
    const notePeak = (target: TargetName, s: Stretch) => {
      lifetimePeakMb[target] = Math.max(lifetimePeakMb[target] ?? 0, s.peakBeforeMb, s.peakRssMb);
    };

    // 5. The load, in rounds; the targets of a comparison back to back.
    const sums = new Map<string, { key: MeasurementKey; stretch: Stretch }>();
    const slice = settings.duration / settings.rounds;
    for (let round = 0; round < settings.rounds; round++) {
      for (const connections of settings.connections) {
        for (const scenario of scenarios) {
          for (const target of targetsOf(scenario)) {
            const server = servers[target] as Child;
            const load = loadOf(plan, scenario, target);
            if (round === 0 && settings.warmup > 0) await fire(server.url, headers, load, connections, settings.warmup);
            const measured = await stretch(server, backends, headers, load, connections, slice);
            notePeak(target, measured);
            const key: MeasurementKey = { database: kind, scenario, target, connections };
            const id = `${scenario}/${target}/${connections}`;
            const sum = { key, stretch: addStretch(sums.get(id)?.stretch, measured) };
            sums.set(id, sum);
            const m = figures(key, measured);
            log(
              `${kind} round ${round + 1} ${scenario} ${target.padEnd(12)} c=${String(connections).padEnd(2)} ${fmt(m.rps, 1).padStart(8)} req/s  p50 ${fmt(m.p50, 1)} ms  p99 ${fmt(m.p99, 1)} ms  peak RSS ${fmt(m.peakRssMb, 0)} MB  ${fmt(m.statementsPerRequest, 2)} stmt/req  CPU/req ${fmt(m.serverCpuMs, 1)} + db ${fmt(m.dbCpuMs, 1)} ms  other ${fmt(m.otherPct, 0)}%${m.failures ? `  FAILURES ${m.failures}` : ''}`,
            );
          }
        }
      }
    }
    const measurements = [...sums.values()].map(({ key, stretch: s }) => figures(key, s));

    // 6. The first page against the last, serially (c = 1), per paging scenario and target.
    const depth: DatabaseRun['depth'] = [];
    if (settings.depthSeconds > 0) {
      for (const scenario of scenarios.filter((name) =>
        ['offset', 'cursor'].includes(String(SCENARIOS[name].paging)),
      )) {
        for (const target of targetsOf(scenario)) {
          const server = servers[target] as Child;
          const at = async (page: number) => {
            const request = pageRequest(plan, scenario, target, PAGE_SIZE, page);
            const verify = (body: string) => verifierOf(scenario)(body) && holdsPage(plan, body, page);
            const s = await serialStretch(server, backends, headers, request, verify, settings.depthSeconds);
            notePeak(target, s);
            return figures({ database: kind, scenario, target, connections: 1 }, s);
          };
          const first = await at(0);
          const last = await at(pages - 1);
          depth.push({ scenario, target, first, last });
          const cost = (m: Measurement) => m.serverCpuMs + (Number.isFinite(m.dbCpuMs) ? m.dbCpuMs : 0);
          log(
            `${kind} depth ${scenario} ${target.padEnd(12)} page 1: ${fmt(cost(first), 1)} ms CPU, p50 ${fmt(first.p50, 1)} ms; page ${pages}: ${fmt(cost(last), 1)} ms CPU, p50 ${fmt(last.p50, 1)} ms (×${fmt(cost(last) / cost(first), 2)})`,
          );
        }
      }
    }

    // 7. Profiles on demand, at the highest concurrency, on the first gateway target.
    const profiles: DatabaseRun['profiles'] = [];
    for (const name of settings.profile.filter((scenario) => scenarios.includes(scenario))) {
      const target = gateways[0];
      const gateway = servers[target] as Child;
      await mkdir(PROFILES_DIR, { recursive: true });
      const file = join(PROFILES_DIR, `${kind}-${name}.cpuprofile`);
      const connections = Math.max(...settings.connections);
      const load = loadOf(plan, name, target);
      await fire(gateway.url, headers, load, connections, settings.warmup);
      await settle(gateway, backends);
      await gateway.request({ type: 'profile-start' });
      const run = await fire(gateway.url, headers, load, connections, settings.duration);
      await settle(gateway, backends);
      await gateway.request({ type: 'profile-stop', file });
      const summary = formatSummary(await summarizeProfile(file), 30);
      profiles.push({ scenario: name, file, summary });
      log(
        `\nprofile of ${kind} ${name} c=${connections} (${fmt(run.completed / run.seconds, 1)} req/s while profiling) → ${file}\n${summary}`,
      );
    }

    for (const [target, child] of Object.entries(servers)) {
      const name = target as TargetName;
      lifetimePeakMb[name] = Math.max(lifetimePeakMb[name] ?? 0, memoryOf(child.pid).peakMb);
    }
    return {
      kind,
      version: (await versionOf(kind, urls.own ?? urls.medusa)) ?? 'PGlite',
      catalog: { rows: catalog.rows, seconds: catalog.seconds, variants: ids.length, pages },
      anchorsOn: kind === 'postgres' ? (urls.medusa ? 'medusa' : 'own') : 'own',
      checks,
      measurements,
      depth,
      startupMemory: startedMemory,
      lifetimePeakMb,
      profiles,
    };
  } finally {
    await cleanup();
    cleanups.splice(cleanups.indexOf(cleanup), 1);
  }
}

async function versionOf(kind: DatabaseKind, url: string | undefined): Promise<string | null> {
  if (kind !== 'postgres' || !url) return null;
  const [row] = await adminQuery<{ version: string }>(url, 'SELECT version()');
  return row.version;
}

async function main() {
  const started = new Date();
  log(
    `bench: ${settings.databases.join(' + ')}; c = ${settings.connections.join(', ')}; ${settings.duration} s each in ${settings.rounds} round(s) (+${settings.warmup} s warm-up); ${settings.products} products`,
  );
  for (const kind of settings.databases) log(`  ${kind}: ${selection(kind).scenarios.join(' ')}`);
  let firstStart: FirstStart | null = null;
  if (settings.firstStart) {
    log(
      `\n=== first start of the embedded default (${['node', ...settings.gatewayFlags, 'dist/main.js'].join(' ')}, empty PGlite data directory) ===`,
    );
    firstStart = await measureFirstStart(3, settings.gatewayFlags);
    log(
      `ready in ${fmt(firstStart.readySeconds, 1)} s; peak RSS ${fmt(firstStart.peakMb, 0)} MB; ${fmt(firstStart.afterMb, 0)} MB RSS ${firstStart.settleSeconds} s later`,
    );
  }
  const runs: DatabaseRun[] = [];
  for (const kind of settings.databases) runs.push(await runDatabase(kind));
  const markdown = report(runs, firstStart, started);
  await mkdir(RESULTS_DIR, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  await writeFile(join(RESULTS_DIR, `${stamp}.json`), JSON.stringify({ settings, firstStart, runs }, null, 2));
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
