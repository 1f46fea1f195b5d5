/**
 * PostGraphile 5 as a benchmark target, a child process of run.ts like the gateway: plain node (no
 * TypeScript loader, so its memory is its own), production mode, over POSTGRAPHILE_DATABASE with a
 * pool of POSTGRAPHILE_POOL_SIZE connections (10, the gateway's default). Every statement a pooled
 * client sends is counted; the parent talks over IPC (ready, stats, stop), as with the others.
 */
import './node20-promise.mjs';
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { grafserv } from 'postgraphile/grafserv/node';
import { benchPreset } from './postgraphile-preset.mjs';

let statements = 0;
const pool = new pg.Pool({
  connectionString: process.env.POSTGRAPHILE_DATABASE,
  max: Number(process.env.POSTGRAPHILE_POOL_SIZE ?? 10),
});
pool.on('error', () => {});
pool.on('connect', (client) => {
  const query = client.query;
  /** @type {typeof client.query} */
  const counted = (/** @type {unknown[]} */ ...args) => {
    statements++;
    return Reflect.apply(query, client, args);
  };
  client.query = counted;
});

const pgl = postgraphile(benchPreset(pool));
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
// Build the schema now rather than on the first request.
await pgl.getSchemaResult();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
});

process.on('message', (/** @type {{ type: string, id?: number }} */ message) => {
  if (message.type === 'stats') {
    process.send?.({ type: 'stats', id: message.id, statements, memory: process.memoryUsage() });
  }
  if (message.type === 'stop') {
    server.close();
    server.closeAllConnections();
    pgl
      .release()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
