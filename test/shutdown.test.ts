import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { signAdminToken } from '../src/auth/jwt.js';
import { TEST_JWT_SECRET } from './support/graphql.js';
import { childEnv, startNpm } from './support/processes.js';

/** Resolves with the error code of a new TCP connection to `port`, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe('graceful shutdown', () => {
  it('on SIGTERM refuses new connections but completes the request in flight', async () => {
    const gateway = await startNpm(
      childEnv({ DATABASE_URL: 'memory://', PORT: '0', HOST: '127.0.0.1', JWT_SECRET: TEST_JWT_SECRET }),
    );
    const { port } = new URL(gateway.url);
    const token = await signAdminToken(TEST_JWT_SECRET, 'user_test_admin');
    const body = JSON.stringify({ name: 'Drained Depot' });
    // The request is in flight while its body is only half sent: the handler waits for the rest.
    const inFlight = request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/admin/stock-locations?fields=id,name',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      },
    });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.once('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      inFlight.once('error', reject);
    });
    inFlight.write(body.slice(0, 5));
    await new Promise((resolve) => setTimeout(resolve, 300));

    const stopped = gateway.stop();
    await expect
      .poll(() => gateway.output(), { timeout: 5_000 })
      .toContain('shutting down: draining in-flight requests');
    expect(await tryConnect(Number(port))).toBe('ECONNREFUSED');

    inFlight.end(body.slice(5));
    const { status, text } = await response;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      stock_location: { id: expect.stringMatching(/^sloc_/), name: 'Drained Depot' },
    });
    const { output } = await stopped;
    expect(output).toContain('gateway stopped');
  });
});
