import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GRAPHQL = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'graphql');

describe('graphql/schema.ts', () => {
  it('loads every module of graphql/types, so none depends on another to be registered', () => {
    const modules = readdirSync(join(GRAPHQL, 'types'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `./types/${name.replace(/\.ts$/, '.js')}`)
      .sort();
    const loaded = [...readFileSync(join(GRAPHQL, 'schema.ts'), 'utf8').matchAll(/^import '(\.\/types\/[^']+)';$/gm)]
      .map((match) => match[1])
      .sort();
    expect(loaded).toEqual(modules);
  });
});
