/**
 * Summarizes a V8 CPU profile (.cpuprofile, as `node --cpu-prof` or the inspector writes it): the
 * functions with the most self time, and self time per package or area, so that a profile reads as
 * "where does a request's CPU go". Also a command:
 *
 *   node --import tsx bench/profile-summary.ts bench/profiles/postgres-Q1.cpuprofile [top]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Busy time: everything but (idle). */
  busyMs: number;
  functions: { name: string; where: string; area: string; selfMs: number }[];
  areas: { area: string; selfMs: number }[];
}

export async function summarizeProfile(file: string): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  // A sample's time is the delta to the next sample; the last one gets none.
  for (let index = 0; index < profile.samples.length; index++) {
    const delta = profile.timeDeltas[index + 1] ?? 0;
    selfUs.set(profile.samples[index], (selfUs.get(profile.samples[index]) ?? 0) + delta);
  }
  const functions = new Map<string, { name: string; where: string; area: string; selfMs: number }>();
  const areas = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    totalUs += us;
    const name = frame.functionName || '(anonymous)';
    if (name === '(idle)') idleUs += us;
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : '';
    const area = areaOf(frame);
    const key = `${name}@${where}`;
    const entry = functions.get(key) ?? { name, where, area, selfMs: 0 };
    entry.selfMs += us / 1000;
    functions.set(key, entry);
    areas.set(area, (areas.get(area) ?? 0) + us / 1000);
  }
  return {
    totalMs: totalUs / 1000,
    busyMs: (totalUs - idleUs) / 1000,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
    areas: [...areas.entries()].map(([area, selfMs]) => ({ area, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function formatSummary(summary: ProfileSummary, top = 25): string {
  const busy = summary.busyMs || 1;
  const pct = (ms: number) => `${((100 * ms) / busy).toFixed(1)}%`;
  const lines = [
    `profiled ${(summary.totalMs / 1000).toFixed(1)} s, busy ${(summary.busyMs / 1000).toFixed(1)} s (percentages are of busy time)`,
    '',
    'self time by area:',
    ...summary.areas
      .filter((area) => area.area !== '(idle)')
      .slice(0, 15)
      .map((area) => `  ${pct(area.selfMs).padStart(6)}  ${area.area}`),
    '',
    `top ${top} functions by self time:`,
    ...summary.functions
      .filter((fn) => fn.name !== '(idle)')
      .slice(0, top)
      .map((fn) => `  ${pct(fn.selfMs).padStart(6)}  ${fn.name}  ${fn.where}`),
  ];
  return lines.join('\n');
}

/** node_modules/<package> (with its scope), node's own code, the project, or V8's pseudo-frames. */
function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native / V8 builtins)';
  if (url.startsWith('node:')) return 'node: core';
  if (url.startsWith('wasm://')) return 'wasm (Prisma query compiler or PGlite)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === '.prisma' || url.includes('/src/generated/')) return '@prisma/client (generated)';
    return name;
  }
  if (url.includes('/src/generated/')) return '@prisma/client (generated)';
  const src = url.indexOf('/src/');
  if (src >= 0)
    return `project ${url
      .slice(src + 1)
      .split('/')
      .slice(0, 2)
      .join('/')}`;
  return shortUrl(url);
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1);
  return url.replace(/^file:\/\//, '');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(formatSummary(await summarizeProfile(file), Number(top ?? 25)));
}
