import { createPublicKey, type KeyObject } from 'node:crypto';

/** The public-key JWS algorithms the gateway verifies; HS256 is the only symmetric one (JWT_SECRET). */
export const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
] as const;

const RSA = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
const EC_BY_CURVE: Record<string, string> = { prime256v1: 'ES256', secp384r1: 'ES384', secp521r1: 'ES512' };

/** A PEM public key or X.509 certificate; `\n` escapes are read as line breaks, as env files often hold them. */
export function readPublicKey(pem: string): KeyObject {
  // Node would derive the public key from a private one; a private key has no place on a verifier.
  if (pem.includes('PRIVATE KEY')) throw new Error('this is a private key; give its public key');
  const key = createPublicKey(pem.replace(/\\n/g, '\n'));
  // jose refuses to verify with smaller RSA keys; saying so at start beats a failure per request.
  if (key.asymmetricKeyType?.startsWith('rsa') && (key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048) {
    throw new Error('an RSA key must have 2048 bits or more');
  }
  if (algorithmsFor(key).length === 0) {
    throw new Error(`a ${key.asymmetricKeyType} key cannot verify any of ${ASYMMETRIC_ALGORITHMS.join(', ')}`);
  }
  return key;
}

/** The algorithms a public key can verify, as jsonwebtoken (Medusa's verifier) infers them from the key. */
export function algorithmsFor(key: KeyObject): string[] {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return RSA;
    case 'rsa-pss':
      return RSA.filter((alg) => alg.startsWith('PS'));
    case 'ec': {
      const alg = EC_BY_CURVE[key.asymmetricKeyDetails?.namedCurve ?? ''];
      return alg ? [alg] : [];
    }
    case 'ed25519':
      return ['EdDSA', 'Ed25519'];
    default:
      return [];
  }
}
