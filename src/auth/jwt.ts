import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/** Who makes a request: a Medusa admin user, as named by the token's claims. */
export interface Actor {
  id: string;
  type: 'user';
}

/** Verifies Medusa admin JWTs: HS256 with the shared secret, `actor_type` "user", a non-empty `actor_id`. */
export class JwtVerifier {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  /** The actor of an `Authorization` header value, or null when it does not authenticate one. */
  async actorOf(authorization: string | null | undefined): Promise<Actor | null> {
    const match = /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) return null;
    try {
      const { payload } = await jwtVerify(match[1], this.key, { algorithms: ['HS256'] });
      if (payload.actor_type !== 'user' || typeof payload.actor_id !== 'string' || payload.actor_id === '') return null;
      return { id: payload.actor_id, type: 'user' };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }

  /** A token with Medusa's claim shape, as Medusa's login would issue it. */
  sign(actorId: string, expiresIn = '1d'): Promise<string> {
    return new SignJWT({
      actor_id: actorId,
      actor_type: 'user',
      auth_identity_id: '',
      app_metadata: { user_id: actorId },
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(this.key);
  }
}

/** A fresh secret for developer mode, good for this process only. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}
