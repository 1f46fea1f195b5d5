/**
 * Who makes a request: a Medusa admin user named by a JWT, or a secret API key, which Medusa
 * records as an actor of type "api-key" whose id is the key's `apk_...` id.
 */
export interface Actor {
  type: 'user' | 'api-key';
  /** Scopes what the actor owns across requests, such as idempotency keys. */
  id: string;
}
