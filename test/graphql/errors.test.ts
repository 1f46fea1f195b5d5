import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startGraphQLServer } from '../support/graphql.js';

describe('unexpected errors', () => {
  it('reach the client as "Unexpected error." without a stack, and are logged with their cause', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const server = await startGraphQLServer({ seedOnStart: false }, pino({ level: 'error' }, sink));
    try {
      await server.gateway.db.close();
      const response = await server.gql('{ productVariants { count } }');
      expect(response.status).toBe(200);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) },
        }),
      ]);
      expect(JSON.stringify(response)).not.toMatch(/stack|at \w+ \(|node_modules/);
      const logged = lines.map((line) => JSON.parse(line) as { msg: string; err?: { stack?: string } });
      expect(logged.some((entry) => entry.msg === 'unexpected error in a GraphQL operation' && entry.err?.stack)).toBe(
        true,
      );
    } finally {
      await server.dispose().catch(() => {});
    }
  });
});
