/**
 * One stretch of load on one server, and what it cost: requests, latencies, statements, CPU of the
 * server and of PostgreSQL, peak RSS. Stretches of the same scenario, target and concurrency (one per
 * round) add up into one Measurement.
 */
import autocannon from 'autocannon';
import { type Child, CpuWatch, cpuMsOf, PeakWatch } from './children.js';
import type { Load } from './scenarios.js';
import type { DatabaseKind, ScenarioName, TargetName } from './settings.js';

/** The benchmark's databases on the PostgreSQL server: which backends to count, and whether any is busy. */
export interface Backends {
  pids(): Promise<Set<number>>;
  /** Statements running right now in the benchmark's databases. */
  active(): Promise<number>;
}

export const noBackends: Backends = { pids: async () => new Set(), active: async () => 0 };

export interface Measurement {
  database: DatabaseKind;
  scenario: ScenarioName;
  target: TargetName;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  peakRssMb: number;
  /** SQL statements per request under load: the statements of the run over the requests sent. */
  statementsPerRequest: number;
  kbPerResponse: number;
  /** CPU time of the serving process per request, ms. */
  serverCpuMs: number;
  /** CPU time of PostgreSQL's backends (of the benchmark's databases) per request, ms; NaN on PGlite. */
  dbCpuMs: number;
  /** Share of the machine's CPU used by the load generator, and by everything else (other work on the machine). */
  loadGeneratorPct: number;
  otherPct: number;
  failures: number;
}

/** The raw sums of one or more stretches. */
export interface Stretch {
  seconds: number;
  completed: number;
  sent: number;
  latencies: number[];
  bytes: number;
  statements: number;
  serverMs: number;
  postgresMs: number;
  loadGeneratorMs: number;
  otherMs: number;
  totalMs: number;
  peakRssMb: number;
  /** The server's peak RSS before the stretch (since it started or since the stretch before), MB. */
  peakBeforeMb: number;
  failures: number;
}

export async function statementsOf(server: Child): Promise<number> {
  return (await server.request<{ statements: number }>({ type: 'stats' })).statements;
}

/**
 * Waits until the server has finished the requests the load generator left in flight when its time
 * ran out: for half a second its statement count does not move, it uses next to no CPU and no
 * statement runs in the benchmark's databases. So they neither slow the next run nor blur its
 * figures. Resolves with the settled statement count.
 */
export async function settle(server: Child, backends: Backends): Promise<number> {
  let last = await statementsOf(server);
  let cpu = cpuMsOf(server.pid);
  let stableSince = Date.now();
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await statementsOf(server);
    const cpuNow = cpuMsOf(server.pid);
    // /proc counts in 10 ms ticks: more than one tick per 100 ms is work, not timers.
    const busy = now !== last || cpuNow - cpu > 10 || (await backends.active()) > 0;
    last = now;
    cpu = cpuNow;
    if (busy) stableSince = Date.now();
    else if (Date.now() - stableSince >= 500) break;
  }
  return last;
}

export interface Fired {
  seconds: number;
  completed: number;
  sent: number;
  latencies: number[];
  bytes: number;
  failures: number;
}

/** Loads the server for `seconds` with `connections` clients, each sending its next request when answered. */
export async function fire(
  url: string,
  headers: Record<string, string>,
  load: Load,
  connections: number,
  seconds: number,
): Promise<Fired> {
  const latencies: number[] = [];
  let bytes = 0;
  const wrongBefore = load.wrongPages();
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    // A deep page by offset can take longer than autocannon's 10 s default; it still counts as answered.
    timeout: 60,
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
  return {
    seconds: result.duration,
    completed: latencies.length,
    // Includes the requests still unanswered when the time ran out: the server serves them all the same.
    sent: result.requests.sent,
    latencies,
    bytes,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches + load.wrongPages() - wrongBefore,
  };
}

/** One measured stretch: load, then wait for the server to settle, with CPU, statements and peak RSS around it. */
export async function stretch(
  server: Child,
  backends: Backends,
  headers: Record<string, string>,
  load: Load,
  connections: number,
  seconds: number,
): Promise<Stretch> {
  await settle(server, backends);
  const watch = new PeakWatch(server.pid);
  const before = await statementsOf(server);
  const cpu = await CpuWatch.start(server.pid, () => backends.pids());
  const run = await fire(server.url, headers, load, connections, seconds);
  const after = await settle(server, backends);
  const used = await cpu.stop();
  return {
    seconds: run.seconds,
    completed: run.completed,
    sent: run.sent,
    latencies: run.latencies,
    bytes: run.bytes,
    statements: after - before,
    serverMs: used.serverMs,
    postgresMs: used.postgresMs,
    loadGeneratorMs: used.loadGeneratorMs,
    otherMs: used.otherMs,
    totalMs: used.totalMs,
    peakRssMb: watch.stop(),
    peakBeforeMb: watch.before,
    failures: run.failures,
  };
}

/**
 * One page asked for serially (c = 1) for `seconds`, at least `minimum` times, after one unmeasured
 * request: what one request of it costs when nothing else runs on the server.
 */
export async function serialStretch(
  server: Child,
  backends: Backends,
  headers: Record<string, string>,
  request: { method?: string; path?: string; body?: unknown },
  verify: (body: string) => boolean,
  seconds: number,
  minimum = 2,
): Promise<Stretch> {
  const send = async () => {
    const started = performance.now();
    const response = await fetch(`${server.url}${request.path}`, {
      method: request.method,
      headers,
      body: request.method === 'POST' ? String(request.body) : undefined,
    });
    const body = await response.text();
    return { ok: response.status === 200 && verify(body), ms: performance.now() - started, bytes: body.length };
  };
  await send();
  await settle(server, backends);
  const watch = new PeakWatch(server.pid);
  const before = await statementsOf(server);
  const cpu = await CpuWatch.start(server.pid, () => backends.pids());
  const started = performance.now();
  const latencies: number[] = [];
  let bytes = 0;
  let failures = 0;
  while (latencies.length + failures < minimum || performance.now() - started < seconds * 1000) {
    const one = await send();
    if (one.ok) {
      latencies.push(one.ms);
      bytes += one.bytes;
    } else failures++;
  }
  const elapsed = (performance.now() - started) / 1000;
  const after = await settle(server, backends);
  const used = await cpu.stop();
  return {
    seconds: elapsed,
    completed: latencies.length,
    sent: latencies.length + failures,
    latencies,
    bytes,
    statements: after - before,
    serverMs: used.serverMs,
    postgresMs: used.postgresMs,
    loadGeneratorMs: used.loadGeneratorMs,
    otherMs: used.otherMs,
    totalMs: used.totalMs,
    peakRssMb: watch.stop(),
    peakBeforeMb: watch.before,
    failures,
  };
}

/** The sum of two stretches (of the same scenario, target and concurrency, in two rounds). */
export function addStretch(a: Stretch | undefined, b: Stretch): Stretch {
  if (!a) return b;
  return {
    seconds: a.seconds + b.seconds,
    completed: a.completed + b.completed,
    sent: a.sent + b.sent,
    latencies: a.latencies.concat(b.latencies),
    bytes: a.bytes + b.bytes,
    statements: a.statements + b.statements,
    serverMs: a.serverMs + b.serverMs,
    postgresMs: a.postgresMs + b.postgresMs,
    loadGeneratorMs: a.loadGeneratorMs + b.loadGeneratorMs,
    otherMs: a.otherMs + b.otherMs,
    totalMs: a.totalMs + b.totalMs,
    peakRssMb: Math.max(a.peakRssMb, b.peakRssMb),
    peakBeforeMb: Math.max(a.peakBeforeMb, b.peakBeforeMb),
    failures: a.failures + b.failures,
  };
}

export type MeasurementKey = Pick<Measurement, 'database' | 'scenario' | 'target' | 'connections'>;

/** The figures of a stretch (or of the sum of several). */
export function figures(key: MeasurementKey, s: Stretch): Measurement {
  const latencies = [...s.latencies].sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  const postgres = key.database === 'postgres';
  return {
    ...key,
    requests: s.completed,
    rps: s.completed / s.seconds,
    p50: at(0.5),
    p99: at(0.99),
    peakRssMb: s.peakRssMb,
    statementsPerRequest: s.sent ? s.statements / s.sent : Number.NaN,
    kbPerResponse: s.completed ? s.bytes / s.completed / 1024 : 0,
    serverCpuMs: s.serverMs / s.sent,
    dbCpuMs: postgres ? s.postgresMs / s.sent : Number.NaN,
    loadGeneratorPct: (100 * s.loadGeneratorMs) / s.totalMs,
    // On PGlite, PostgreSQL server processes (other users of the server) are other work too.
    otherPct: (100 * (s.otherMs + (postgres ? 0 : s.postgresMs))) / s.totalMs,
    failures: s.failures,
  };
}
