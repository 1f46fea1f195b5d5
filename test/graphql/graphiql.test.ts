import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

describe('GraphiQL', () => {
  let server: GraphQLTestServer;
  beforeAll(async () => {
    server = await startGraphQLServer({ seedOnStart: false, jwtSecret: null });
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('is served to a browser at /graphql without a token, with every asset inline', async () => {
    const response = await fetch(`${server.gateway.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('renderYogaGraphiQL');
    const external = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']/gi)]
      .map((match) => match[1])
      .filter((url) => !url.startsWith('data:') && !url.startsWith('/'));
    expect(external).toEqual([]);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs/);
  });

  it('opens with the example operation and, in developer mode, the Authorization header filled in', async () => {
    const html = await (await fetch(`${server.gateway.url}/graphql`, { headers: { accept: 'text/html' } })).text();
    expect(html).toContain('query VariantsWithInventory');
    expect(html).toContain(`Bearer ${server.gateway.devToken}`);
  });
});
