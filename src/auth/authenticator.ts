import type { Actor } from './actor.js';
import type { ApiKeyVerifier } from './api-keys.js';
import type { JwtVerifier } from './jwt.js';
import { SECRET_KEY_PREFIX, secretKeyOfBasicCredential } from './secret-keys.js';

/** Medusa's own 401 message when a secret API key is sent with the wrong scheme. */
export const SECRET_KEY_AS_BEARER_MESSAGE =
  'A secret API key was passed as a Bearer token. Secret API keys must be sent using HTTP Basic authentication instead (Authorization: Basic <secret-api-key>).';

/** The `WWW-Authenticate` challenges of a 401: an admin JWT, or a secret API key over Basic. */
export const AUTHENTICATE_CHALLENGES = 'Bearer realm="medusa-admin", Basic realm="medusa-admin"';

export type Authentication = { actor: Actor } | { actor: null; hint: string | null };

/** Turns an `Authorization` header into the request's actor: Bearer carries an admin JWT, Basic a secret API key. */
export class Authenticator {
  constructor(
    private readonly jwt: JwtVerifier,
    private readonly apiKeys: ApiKeyVerifier,
  ) {}

  async authenticate(authorization: string | null | undefined): Promise<Authentication> {
    const [, scheme, credential] = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? '') ?? [];
    switch (scheme?.toLowerCase()) {
      case 'bearer':
        if (credential.startsWith(SECRET_KEY_PREFIX)) return { actor: null, hint: SECRET_KEY_AS_BEARER_MESSAGE };
        return refusedUnless(await this.jwt.actorOf(credential));
      case 'basic': {
        const key = secretKeyOfBasicCredential(credential);
        return refusedUnless(key ? await this.apiKeys.actorOf(key) : null);
      }
      default:
        return { actor: null, hint: null };
    }
  }
}

function refusedUnless(actor: Actor | null): Authentication {
  return actor ? { actor } : { actor: null, hint: null };
}
