import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/**
 * The layers of src/, lowest first: a file may import its own layer and the ones below it only.
 * A path names a folder (every file under it) or a file; `generated/` (Prisma's client) sits
 * below everything and is not checked. Files no layer names are the application's wiring, on top.
 */
const LAYERS: { name: string; paths: string[] }[] = [
  { name: 'core', paths: ['core/', 'operator-error.ts', 'quote-input.ts', 'request-context.ts', 'logger.ts'] },
  { name: 'modules', paths: ['modules/'] },
  { name: 'db', paths: ['db/'] },
  { name: 'domain', paths: ['domain/'] },
  { name: 'seed', paths: ['seed/'] },
  { name: 'api', paths: ['graphql/', 'rest/', 'auth/', 'idempotency/', 'metrics/'] },
];
const APP = LAYERS.length;

const IMPORT =
  /(?:^|\s)(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** Every file of src/ with the files of src/ it imports (values and types alike), read from the source. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(join(SRC, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)]
      .map((match) => normalize(join(dirname(file), match[1] ?? match[2])).replace(/\.js$/, '.ts'))
      .filter((target) => !target.startsWith('generated/'));
    graph.set(file, targets);
  }
  return graph;
}

function layerOf(file: string): number {
  const index = LAYERS.findIndex(({ paths }) =>
    paths.some((path) => (path.endsWith('/') ? file.startsWith(path) : file === path)),
  );
  return index === -1 ? APP : index;
}
const layerName = (layer: number) => LAYERS[layer]?.name ?? 'app';

/** The import cycles, each as the files of one strongly connected component (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number));
      } else if (stack.includes(target)) {
        low.set(file, Math.min(low.get(file) as number, index.get(target) as number));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || graph.get(file)?.includes(file)) found.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

describe('the import graph of src/', () => {
  const graph = importGraph();

  it('is read from the real files', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('app.ts')).toContain('server.ts');
    for (const targets of graph.values()) for (const target of targets) expect(graph.has(target), target).toBe(true);
  });

  it('has no cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    expect(
      cycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
          ['d.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('never imports from a higher layer into a lower one', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} (${layerName(layerOf(file))}) -> ${target} (${layerName(layerOf(target))})`),
    );
    expect(upward).toEqual([]);
  });

  it('places every layer folder that exists', () => {
    for (const { paths } of LAYERS) {
      for (const path of paths)
        expect(
          [...graph.keys()].some((file) => file.startsWith(path)),
          path,
        ).toBe(true);
    }
  });
});
