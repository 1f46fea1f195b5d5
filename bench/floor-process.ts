/**
 * F1, the floor: Q1's response from one hand-written SQL statement (FLOOR_SQL), served by a bare
 * node:http handler. No GraphQL, no Prisma, no authentication. Started by run.ts as a child process:
 *
 *   FLOOR_DATABASE=postgres://…  a pg.Pool of FLOOR_POOL_SIZE connections (the gateway's default, 10)
 *   FLOOR_DATABASE=pglite:<dir>  its own PGlite over <dir> (a copy of the gateway's data directory:
 *                                PGlite is single-process, so two processes cannot share one)
 *
 * GET /variants?limit=50&offset=0 answers the JSON, GET /variants?limit=50&after=<id> the page after
 * that variant (keyset paging); the parent talks over IPC (ready, stats, stop).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type FloorPaging, floorSql } from './queries.js';

type Run = (paging: FloorPaging, limit: number, from: number | string) => Promise<string>;

const database = process.env.FLOOR_DATABASE ?? '';
let statements = 0;
let run: Run;
let close: () => Promise<void>;

if (database.startsWith('pglite:')) {
  const db = await PGlite.create(database.slice('pglite:'.length));
  run = async (paging, limit, from) => (await db.query<{ body: string }>(floorSql(paging), [limit, from])).rows[0].body;
  close = () => db.close();
} else if (database.startsWith('postgres')) {
  const pool = new pg.Pool({ connectionString: database, max: Number(process.env.FLOOR_POOL_SIZE ?? 10) });
  pool.on('error', () => {});
  // A named (prepared) statement is parsed and planned once per connection: the floor takes the cheapest
  // path. FLOOR_PREPARED=false sends it unnamed, re-planned every time, as Prisma's pg adapter sends its own.
  const prepared = process.env.FLOOR_PREPARED !== 'false';
  const texts = { offset: floorSql('offset'), keyset: floorSql('keyset') };
  run = async (paging, limit, from) =>
    (
      await pool.query<{ body: string }>({
        name: prepared ? `floor-${paging}` : undefined,
        text: texts[paging],
        values: [limit, from],
      })
    ).rows[0].body;
  close = () => pool.end();
} else {
  throw new Error('FLOOR_DATABASE must be postgres://… or pglite:<dir>');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  if (url.pathname !== '/variants') {
    res.writeHead(404).end();
    return;
  }
  const limit = Number(url.searchParams.get('limit') ?? 50);
  const after = url.searchParams.get('after');
  const page =
    after === null ? run('offset', limit, Number(url.searchParams.get('offset') ?? 0)) : run('keyset', limit, after);
  page.then(
    (body) => {
      statements++;
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    },
    (error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    },
  );
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
});

process.on('message', (message: { type: string; id?: number }) => {
  if (message.type === 'stats') process.send?.({ type: 'stats', id: message.id, statements });
  if (message.type === 'stop') {
    server.close();
    server.closeAllConnections();
    close().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
