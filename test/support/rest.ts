import type { GraphQLTestServer } from './graphql.js';

export interface RestResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the gateway's Medusa Admin API as a Medusa client would, with the admin token. */
export function restClient(server: GraphQLTestServer) {
  return async <T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    authorization: string | null = `Bearer ${server.token}`,
  ): Promise<RestResponse<T>> => {
    const headers: Record<string, string> = {};
    if (authorization) headers.authorization = authorization;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${server.gateway.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  };
}
