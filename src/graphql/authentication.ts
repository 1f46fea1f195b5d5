import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import type { Actor } from '../auth/actor.js';
import { AUTHENTICATE_CHALLENGES, type Authenticator } from '../auth/authenticator.js';

export const UNAUTHENTICATED_MESSAGE =
  'Unauthorized: send Authorization: Bearer <admin JWT> or Authorization: Basic <secret API key>';

/**
 * Authenticates every GraphQL request before it is parsed, so an anonymous caller learns nothing
 * about the schema; GraphiQL's page itself is served to anyone and sends the token it is given.
 * The actor is kept per request for the context factory.
 */
export function useAuthentication(authenticator: Authenticator, actors: WeakMap<Request, Actor>): Plugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (shouldRenderGraphiQL(request)) return;
      const authentication = await authenticator.authenticate(request.headers.get('authorization'));
      if (authentication.actor) {
        actors.set(request, authentication.actor);
        return;
      }
      const message = authentication.hint ?? UNAUTHENTICATED_MESSAGE;
      const body = { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 401,
          headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': AUTHENTICATE_CHALLENGES },
        }),
      );
    },
  };
}
