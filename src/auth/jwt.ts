import { type KeyObject, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify, SignJWT } from 'jose';
import type { Logger } from '../logger.js';
import type { Actor } from './actor.js';
import { ASYMMETRIC_ALGORITHMS, algorithmsFor, readPublicKey } from './jwt-keys.js';

export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 30;

/** How admin JWTs are verified; at least one of secret, publicKey and jwksUrl is set. */
export interface JwtSettings {
  /** The HS256 secret shared with Medusa (its `jwtSecret`). */
  secret: string | null;
  /** A PEM public key (or certificate) of asymmetrically signed tokens. */
  publicKey: string | null;
  /** The address of a JSON Web Key Set whose keys sign tokens. */
  jwksUrl: string | null;
  /** Algorithms accepted with publicKey or jwksUrl; null means the key's own, or every asymmetric one for a JWKS. */
  algorithms: readonly string[] | null;
  /** How far the clocks of the token's issuer and the gateway may disagree, for exp, nbf and iat. */
  clockToleranceSeconds: number;
}

type VerificationKey = Uint8Array | KeyObject | JWTVerifyGetKey;

/**
 * Verifies Medusa admin JWTs: signed with the shared secret (HS256) or a configured public key or
 * JWKS, unexpired (`exp` is required), with `actor_type` "user" and a non-empty `actor_id`.
 */
export class JwtVerifier {
  private readonly keys: { algorithms: readonly string[]; key: VerificationKey }[] = [];
  private readonly clockTolerance: number;

  constructor(
    settings: JwtSettings,
    private readonly logger: Logger,
  ) {
    const { secret, publicKey, jwksUrl, algorithms } = settings;
    if (secret !== null) this.keys.push({ algorithms: ['HS256'], key: new TextEncoder().encode(secret) });
    if (publicKey !== null) {
      const key = readPublicKey(publicKey);
      this.keys.push({ algorithms: algorithms ?? algorithmsFor(key), key });
    }
    if (jwksUrl !== null)
      this.keys.push({ algorithms: algorithms ?? ASYMMETRIC_ALGORITHMS, key: this.keySet(jwksUrl) });
    if (this.keys.length === 0) throw new Error('JwtVerifier needs a secret, a public key or a JWKS address');
    this.clockTolerance = settings.clockToleranceSeconds;
  }

  /** The admin user a token names, or null when the token does not verify. */
  async actorOf(token: string): Promise<Actor | null> {
    try {
      const { payload } = await jwtVerify(token, this.keyFor, {
        algorithms: this.keys.flatMap(({ algorithms }) => algorithms),
        clockTolerance: this.clockTolerance,
        requiredClaims: ['exp'],
      });
      // jose checks `iat` only against a maximum age; a token issued in the future is refused like one not yet valid.
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + this.clockTolerance) return null;
      if (payload.actor_type !== 'user' || typeof payload.actor_id !== 'string' || payload.actor_id === '') return null;
      return { id: payload.actor_id, type: 'user' };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }

  /**
   * The keys of a remote JWKS. When the set cannot be fetched (unreachable, timeout, not a JWKS),
   * the token is refused like any token that does not verify, and the operator is told why.
   */
  private keySet(url: string): JWTVerifyGetKey {
    const keys = createRemoteJWKSet(new URL(url));
    return async (header, token) => {
      try {
        return await keys(header, token);
      } catch (error) {
        if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) throw error;
        this.logger.warn({ err: error, jwksUrl: url }, 'JWT_JWKS_URL could not be fetched: refusing the token');
        throw new errors.JOSEError('the JSON Web Key Set could not be fetched', { cause: error });
      }
    };
  }

  private readonly keyFor: JWTVerifyGetKey = (header, token) => {
    const found = this.keys.find(({ algorithms }) => algorithms.includes(header.alg ?? ''));
    if (!found) throw new errors.JOSEAlgNotAllowed(`"alg" (Algorithm) Header Parameter value not allowed`);
    return typeof found.key === 'function' ? found.key(header, token) : found.key;
  };
}

/** A token with Medusa's claim shape, signed with the shared secret as Medusa's login would issue it. */
export function signAdminToken(secret: string, actorId: string, expiresIn = '1d'): Promise<string> {
  return new SignJWT({
    actor_id: actorId,
    actor_type: 'user',
    auth_identity_id: '',
    app_metadata: { user_id: actorId },
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

/** A fresh secret for developer mode, good for this process only. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
