import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.js';

describe('the HTTP server', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await startTestGateway();
  });
  afterAll(async () => {
    await gateway?.dispose();
  });

  it('answers /health', async () => {
    const response = await fetch(`${gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready once the database is migrated', async () => {
    expect(gateway.preparation).toEqual({
      mode: 'owned',
      appliedMigrations: [
        '20250101000000_medusa_2_21_init',
        '20250201000000_api_key',
        '20250301000000_gateway_idempotency',
        '20250401000000_product_taxonomy',
      ],
    });
    const response = await fetch(`${gateway.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  it('seeds only the embedded database on first start', async () => {
    if (gateway.db.kind === 'postgres') {
      expect(gateway.seeded).toBeNull();
      expect(await gateway.db.prisma.product.count()).toBe(0);
    } else {
      expect(gateway.seeded).toEqual({ products: 3, variants: 10, inventoryItems: 9, stockLocations: 2 });
      expect(await gateway.db.prisma.product.count()).toBe(3);
    }
  });

  it('answers an unknown path with a 404 in Medusa’s error shape', async () => {
    const response = await fetch(`${gateway.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ type: 'not_found', message: 'Cannot GET /nope' });
  });
});

describe('readiness', () => {
  it('turns to 503 when the database is gone, while /health stays 200', async () => {
    const gateway = await startTestGateway({ seedOnStart: false });
    try {
      expect((await fetch(`${gateway.url}/ready`)).status).toBe(200);
      await gateway.db.close();
      const response = await fetch(`${gateway.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', reason: 'database unreachable' });
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    } finally {
      await gateway.dispose().catch(() => {});
    }
  });

  it('does not seed when SEED_ON_START is off', async () => {
    const gateway = await startTestGateway({ seedOnStart: false });
    try {
      expect(gateway.seeded).toBeNull();
      expect(await gateway.db.prisma.product.count()).toBe(0);
    } finally {
      await gateway.dispose();
    }
  });
});
