import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildSchema, isScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/graphql/schema.js';
import { changelogSection, descriptionCoverage, unannouncedBreakingChanges } from '../../src/graphql/schema-checks.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const released = buildSchema(read('schema/released.graphql'));
const current = buildSchema(read('schema.graphql'));
const changelog = read('CHANGELOG.md');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

/**
 * The names a generated client exports: every named type but the scalars (graphql-codegen puts
 * those inside its `Scalars` type). `Node` stays: Relay's Global Object Identification requires
 * that name, and it clashes only with the DOM's `Node`, which a client rarely imports beside it.
 */
const exportedNames = Object.values(schema.getTypeMap())
  .filter((type) => !type.name.startsWith('__') && !isScalarType(type))
  .map((type) => type.name)
  .filter((name) => name !== 'Node');

/** Which of `names` TypeScript knows as globals (types or values) with the ES and DOM libraries. */
function typeScriptGlobals(names: string[]): string[] {
  const folder = mkdtempSync(join(tmpdir(), 'ts-globals-'));
  try {
    const lines = names.map((name, index) => `type T${index} = ${name}; type V${index} = typeof ${name};`);
    writeFileSync(join(folder, 'names.ts'), `${lines.join('\n')}\nexport {};\n`);
    const tsconfig = {
      compilerOptions: { lib: ['ESNext', 'DOM', 'DOM.Iterable'], noEmit: true, types: [] },
      files: ['names.ts'],
    };
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(tsconfig));
    const typescript = createRequire(import.meta.url).resolve('typescript/package.json');
    const tsc = join(dirname(typescript), 'bin', 'tsc');
    let output = '';
    try {
      output = execFileSync(process.execPath, [tsc, '-p', folder], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? '');
    }
    const unknownOnLine = new Map<number, number>();
    for (const match of output.matchAll(/names\.ts\((\d+),\d+\): error TS(2304|2552|2749|2693)/g)) {
      const line = Number(match[1]);
      unknownOnLine.set(line, (unknownOnLine.get(line) ?? 0) + 1);
    }
    // A line whose type and value both fail to resolve names no global.
    return names.filter((_, index) => (unknownOnLine.get(index + 1) ?? 0) < 2);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('the schema as clients see it', () => {
  it('describes at least 95 % of its types, fields, arguments and enum values', () => {
    const coverage = descriptionCoverage(schema);
    expect(coverage.described / coverage.total, coverage.missing.join(', ')).toBeGreaterThanOrEqual(0.95);
  });

  it('exports no name that is a global of JavaScript or of TypeScript (ES and DOM libraries)', () => {
    expect(exportedNames).toContain('MutationError');
    expect(exportedNames.filter((name) => name in globalThis)).toEqual([]);
    expect(typeScriptGlobals(['Error', 'Image', 'JSON', ...exportedNames])).toEqual(['Error', 'Image', 'JSON']);
  }, 120_000);

  it('has no breaking change since the last release that the CHANGELOG does not announce', () => {
    const announcement = changelogSection(changelog, 'Unreleased');
    expect(announcement).not.toBeNull();
    expect(unannouncedBreakingChanges(released, current, announcement ?? '')).toEqual([]);
  });

  it('keeps the released schema of the version package.json names, announced in the CHANGELOG', () => {
    expect(read('schema/released.graphql').split('\n')[0]).toContain(`(${version})`);
    expect(changelogSection(changelog, version)).not.toBeNull();
  });

  it('announced every breaking change of 0.2.0 against 0.1.0, and catches one left out', () => {
    const v010 = buildSchema(read('test/fixtures/schema-0.1.0.graphql'));
    const announcement = changelogSection(changelog, '0.2.0') ?? '';
    expect(unannouncedBreakingChanges(v010, released, announcement)).toEqual([]);
    // An output field made nullable breaks clients that rely on it.
    const loosened = buildSchema(read('schema.graphql').replace('hasNextPage: Boolean!', 'hasNextPage: Boolean'));
    expect(unannouncedBreakingChanges(released, loosened, 'Nothing yet.').map((change) => change.type)).toEqual([
      'FIELD_CHANGED_KIND',
    ]);
    expect(unannouncedBreakingChanges(released, loosened, '- `PageInfo.hasNextPage` may be null.')).toEqual([]);
  });
});
