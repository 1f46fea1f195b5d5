import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngine = bindings.SchemaEngine;

const require = createRequire(import.meta.url);

// Node has WebAssembly, but neither @types/node nor the ES libs declare it; this is the part we use.
interface WasmRuntime {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: wasmRuntime } = globalThis as unknown as { WebAssembly: WasmRuntime };

let loading: Promise<void> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly: migrations without downloading a native engine.
 * The package is built for bundlers, so the module is instantiated here by hand, once per process.
 */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const wasmPath = join(dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
    const { instance } = await wasmRuntime.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loading;
}

/** Runs `work` with a schema engine connected through the given driver adapter, then frees it. */
export async function withSchemaEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  datamodel: string,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [['schema.prisma', datamodel]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
