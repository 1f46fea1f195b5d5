/**
 * The run's report in Markdown: per database, the figures of every scenario and target, the first
 * page against the last, statements per page size, the ratios between targets (all from the same
 * run), and the issue's goals with a verdict each.
 */
import { cpus, totalmem } from 'node:os';
import type { Checks } from './checks.js';
import type { FirstStart } from './first-start.js';
import type { Measurement } from './measure.js';
import { type DatabaseKind, SCENARIOS, type ScenarioName, settings, type TargetName } from './settings.js';

export interface DatabaseRun {
  kind: DatabaseKind;
  version: string;
  catalog: { rows: Record<string, number>; seconds: number; variants: number; pages: number };
  /** The database the floor and PostGraphile read: the Medusa-made one when there is one. */
  anchorsOn: 'own' | 'medusa';
  checks: Checks;
  measurements: Measurement[];
  /** The first page and the last, serially (c = 1), per paging scenario and target. */
  depth: { scenario: ScenarioName; target: TargetName; first: Measurement; last: Measurement }[];
  /** RSS of each server right after it started, MB. */
  startupMemory: Partial<Record<TargetName, number>>;
  /** Peak RSS over each server's whole life (start-up, checks and every scenario), MB. */
  lifetimePeakMb: Partial<Record<TargetName, number>>;
  profiles: { scenario: ScenarioName; file: string; summary: string }[];
}

export function fmt(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

const TARGET_TITLES: Record<TargetName, string> = {
  floor: 'floor',
  gateway: 'gateway (own db)',
  attached: 'gateway (attached to Medusa db)',
  postgraphile: 'PostGraphile 5',
};

/** CPU per request, server + PostgreSQL (PGlite: the server alone, which runs it). */
export const costOf = (m: Measurement) => m.serverCpuMs + (Number.isFinite(m.dbCpuMs) ? m.dbCpuMs : 0);

const verdict = (ok: boolean) => (ok ? 'met' : '**NOT met**');

/** The comparisons of the issue: [paging, GraphQL, floor, PostGraphile, REST]. */
const COMPARISONS: [string, ScenarioName, ScenarioName, ScenarioName, ScenarioName | null][] = [
  ['first page', 'Q1', 'F1', 'P1', 'Q2'],
  ['every page by offset', 'QO', 'FO', 'PO', 'RO'],
  ['every page by cursor (floor: keyset)', 'QC', 'FK', 'PC', null],
];

function databaseSection(run: DatabaseRun): string[] {
  const lines: string[] = [];
  const find = (scenario: ScenarioName, target: TargetName, c: number) =>
    run.measurements.find((m) => m.scenario === scenario && m.target === target && m.connections === c);
  const gateways = [...new Set(run.measurements.map((m) => m.target))].filter(
    (target) => target === 'gateway' || target === 'attached',
  );
  const rows = Object.values(run.catalog.rows).reduce((a, b) => a + b, 0);
  lines.push(`## ${run.kind}: ${run.version.split(' on ')[0].split(',')[0]}`, '');
  lines.push(
    `Catalog: ${run.catalog.variants} variants (${run.catalog.pages} pages of 50), ${rows} rows, written in ${fmt(run.catalog.seconds, 1)} s per database.` +
      (run.kind === 'postgres'
        ? ` The floor and PostGraphile read the ${run.anchorsOn === 'medusa' ? "database made from Medusa 2.21's DDL" : "gateway's own database"}.`
        : ''),
    '',
  );
  lines.push(
    '| scenario | target | c | req/s | p50 ms | p99 ms | peak RSS MB | SQL/req (one request) | server CPU ms/req | PostgreSQL CPU ms/req | KB/resp | load gen. CPU | other CPU | failures |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  const one = (m: Measurement) => {
    const key = `${m.scenario}/${m.target}`;
    const last = run.checks.lastPageStatements[key];
    return `${run.checks.statements[key] ?? '–'}${last === undefined ? '' : `; last page ${last}`}`;
  };
  for (const m of run.measurements) {
    lines.push(
      `| ${m.scenario} | ${TARGET_TITLES[m.target]} | ${m.connections} | ${fmt(m.rps, 1)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${fmt(m.peakRssMb, 0)} | ${fmt(m.statementsPerRequest, 2)} (${one(m)}) | ${fmt(m.serverCpuMs, 1)} | ${fmt(m.dbCpuMs, 1)} | ${fmt(m.kbPerResponse, 1)} | ${fmt(m.loadGeneratorPct, 0)}% | ${fmt(m.otherPct, 0)}% | ${m.failures} |`,
    );
  }
  lines.push('');

  if (run.depth.length) {
    lines.push(
      `First page against the last (page ${run.catalog.pages}), serially (c = 1), ${settings.depthSeconds} s each:`,
      '',
      '| scenario | target | page 1: CPU ms/req | p50 ms | last page: CPU ms/req | p50 ms | last / first (CPU) |',
      '|---|---|---:|---:|---:|---:|---:|',
    );
    for (const { scenario, target, first, last } of run.depth) {
      lines.push(
        `| ${scenario} | ${TARGET_TITLES[target]} | ${fmt(costOf(first), 1)} | ${fmt(first.p50, 1)} | ${fmt(costOf(last), 1)} | ${fmt(last.p50, 1)} | ${fmt(costOf(last) / costOf(first), 2)} |`,
      );
    }
    lines.push('');
  }

  const sizes = Object.entries(run.checks.pageSizes);
  if (sizes.length) {
    lines.push(
      `Statements of one first-page request per page size: ${sizes
        .map(([key, counts]) => `${key} ${counts.map((count) => count.statements).join('/')}`)
        .join(', ')} (at ${sizes[0][1].map((count) => count.limit).join(', ')}).`,
      '',
    );
  }

  for (const c of settings.connections) {
    const ratioRows: string[] = [];
    for (const gateway of gateways) {
      for (const [paging, graphql, floor, postgraphile, rest] of COMPARISONS) {
        const g = find(graphql, gateway, c);
        if (!g) continue;
        const f = find(floor, 'floor', c);
        const p = find(postgraphile, 'postgraphile', c);
        const r = rest ? find(rest, gateway, c) : undefined;
        const ratio = (a?: Measurement, b?: Measurement) => (a && b ? `${fmt(a.rps / b.rps, 2)}×` : '–');
        const cpu = (m?: Measurement) => (m ? fmt(costOf(m), 1) : '–');
        ratioRows.push(
          `| ${TARGET_TITLES[gateway]} | ${paging} | ${ratio(g, f)} | ${ratio(g, p)} | ${ratio(r, g)} | ${cpu(f)} / ${cpu(g)} / ${cpu(p)} / ${cpu(r)} |`,
        );
      }
    }
    if (ratioRows.length) {
      lines.push(
        `Ratios of throughput (req/s) at c=${c}, same run:`,
        '',
        '| gateway | pages | GraphQL / floor | GraphQL / PostGraphile | REST / GraphQL | CPU ms/req: floor / GraphQL / PostGraphile / REST |',
        '|---|---|---:|---:|---:|---:|',
        ...ratioRows,
        '',
      );
    }
  }

  const memory = Object.entries(run.startupMemory).map(
    ([target, mb]) =>
      `${TARGET_TITLES[target as TargetName]} ${fmt(mb ?? Number.NaN, 0)} → ${fmt(run.lifetimePeakMb[target as TargetName] ?? Number.NaN, 0)} MB`,
  );
  lines.push(`- RSS right after start → peak over the whole run: ${memory.join('; ')}`);
  const others = run.measurements.map((m) => m.otherPct).filter(Number.isFinite);
  if (others.length) {
    lines.push(
      `- other CPU (work on the machine besides the targets): ${fmt(Math.min(...others), 0)}–${fmt(Math.max(...others), 0)} %`,
    );
  }
  lines.push('');
  return lines;
}

/** The goals of issue 12, on PostgreSQL at the highest concurrency, per gateway target. */
function goalSection(run: DatabaseRun, firstStart: FirstStart | null): string[] {
  const c = Math.max(...settings.connections);
  const find = (scenario: ScenarioName, target: TargetName) =>
    run.measurements.find((m) => m.scenario === scenario && m.target === target && m.connections === c);
  const rows: string[] = [];
  const goal = (target: string, measured: string, ok: boolean | null) =>
    rows.push(`| ${target} | ${measured} | ${ok === null ? 'not measured' : verdict(ok)} |`);
  const gateways = (['gateway', 'attached'] as TargetName[]).filter((target) =>
    run.measurements.some((m) => m.target === target),
  );
  for (const gateway of gateways) {
    const name = TARGET_TITLES[gateway];
    for (const scenario of ['QO', 'QC', 'RO'] as ScenarioName[]) {
      const depth = run.depth.find((d) => d.scenario === scenario && d.target === gateway);
      if (!depth) continue;
      const ratio = costOf(depth.last) / costOf(depth.first);
      goal(`${name}: ${scenario} last page ≤ 1.5× the first (CPU)`, `${fmt(ratio, 2)}×`, ratio <= 1.5);
    }
    const pairs: [ScenarioName, ScenarioName, number, string][] = [
      ['QO', 'FO', 0.5, 'GraphQL by offset ≥ 0.5× the floor'],
      ['QC', 'FK', 0.5, 'GraphQL by cursor ≥ 0.5× the floor (keyset)'],
      ['QO', 'PO', 1, 'GraphQL by offset ≥ 1.0× PostGraphile'],
      ['QC', 'PC', 1, 'GraphQL by cursor ≥ 1.0× PostGraphile'],
      ['RO', 'QO', 0.85, 'REST by offset ≥ 0.85× GraphQL'],
      ['Q2', 'Q1', 0.85, 'REST first page ≥ 0.85× GraphQL'],
    ];
    for (const [a, b, min, title] of pairs) {
      const other = SCENARIOS[b].server === 'gateway' ? gateway : (SCENARIOS[b].server as TargetName);
      const x = find(a, gateway);
      const y = find(b, other);
      if (x && y)
        goal(
          `${name}: ${title}`,
          `${fmt(x.rps / y.rps, 2)}× (${fmt(x.rps, 1)} / ${fmt(y.rps, 1)} req/s)`,
          x.rps / y.rps >= min,
        );
    }
    const sizes = Object.entries(run.checks.pageSizes).filter(([key]) => key.endsWith(`/${gateway}`));
    if (sizes.length) {
      // Constant in the page size (5 / 50 / 200 on the first page) and in the depth (the last page too).
      const lastOf = (key: string) => run.checks.lastPageStatements[key];
      const constant = sizes.every(
        ([key, counts]) =>
          counts.every((count) => count.statements === counts[0].statements) &&
          (lastOf(key) === undefined || lastOf(key) === counts[0].statements),
      );
      goal(
        `${name}: statements per read constant in the page size and the depth`,
        sizes
          .map(
            ([key, counts]) =>
              `${key.split('/')[0]} ${counts.map((count) => count.statements).join('/')}${lastOf(key) === undefined ? '' : ` (last page ${lastOf(key)})`}`,
          )
          .join(', '),
        constant,
      );
    }
    const peaks = run.measurements.filter((m) => m.target === gateway).map((m) => m.peakRssMb);
    const peak = Math.max(run.lifetimePeakMb[gateway] ?? 0, ...peaks);
    goal(`${name}: peak RSS < 250 MB`, `${fmt(peak, 0)} MB`, peak < 250);
  }
  goal(
    'embedded default: peak RSS < 300 MB on first start',
    firstStart ? `${fmt(firstStart.peakMb, 0)} MB (ready in ${fmt(firstStart.readySeconds, 1)} s)` : '–',
    firstStart ? firstStart.peakMb < 300 : null,
  );
  return [`## Goals of issue 12 (${run.kind}, c=${c})`, '', '| goal | measured | |', '|---|---|---|', ...rows, ''];
}

export function report(runs: DatabaseRun[], firstStart: FirstStart | null, started: Date): string {
  const lines: string[] = [];
  lines.push(`# Benchmark run ${started.toISOString()}`, '');
  lines.push(
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}, ${process.platform}.`,
    `Settings: ${settings.duration} s per scenario, target and concurrency, in ${settings.rounds} round(s), after a ${settings.warmup} s warm-up; catalog of ${settings.products} products.`,
    '',
  );
  if (firstStart) {
    lines.push(
      `First start of the embedded default (\`${['node', ...settings.gatewayFlags, 'dist/main.js'].join(' ')}\`, empty PGlite data directory, until /ready is 200): ready in ${fmt(firstStart.readySeconds, 1)} s, peak RSS ${fmt(firstStart.peakMb, 0)} MB, ${fmt(firstStart.afterMb, 0)} MB RSS ${firstStart.settleSeconds} s later.`,
      '',
    );
  }
  for (const run of runs) lines.push(...databaseSection(run));
  const postgres = runs.find((run) => run.kind === 'postgres');
  if (postgres) lines.push(...goalSection(postgres, firstStart));
  for (const run of runs) {
    for (const profile of run.profiles) {
      lines.push(`## Profile: ${run.kind} ${profile.scenario}`, '', '```', profile.summary, '```', '');
    }
  }
  return lines.join('\n');
}
