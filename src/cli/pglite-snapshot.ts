import { fileURLToPath } from 'node:url';
import { CLUSTER_SNAPSHOT, writeClusterSnapshot } from '../db/pglite.js';

// Run by the build (scripts/build.mjs) after compiling: the embedded database's first start then
// unpacks this cluster instead of running initdb.
await writeClusterSnapshot();
console.log(`PGlite cluster snapshot written to ${fileURLToPath(CLUSTER_SNAPSHOT)}`);
