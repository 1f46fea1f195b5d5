import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import type { Actor, JwtVerifier } from '../auth/jwt.js';

export const UNAUTHENTICATED_MESSAGE = 'Unauthorized: send Authorization: Bearer <admin JWT>';

/**
 * Authenticates every GraphQL request before it is parsed, so an anonymous caller learns nothing
 * about the schema; GraphiQL's page itself is served to anyone and sends the token it is given.
 * The actor is kept per request for the context factory.
 */
export function useAuthentication(verifier: JwtVerifier, actors: WeakMap<Request, Actor>): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || shouldRenderGraphiQL(request)) return;
      const actor = await verifier.actorOf(request.headers.get('authorization'));
      if (actor) {
        actors.set(request, actor);
        return;
      }
      const body = { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
        }),
      );
    },
  };
}
