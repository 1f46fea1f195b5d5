import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * Medusa's secret API keys, computed exactly as its api-key module does, so that keys made by
 * Medusa verify here and keys made here verify in Medusa.
 */

const scryptAsync = promisify(scrypt) as (password: string, salt: string, keylen: number) => Promise<Buffer>;

export const SECRET_KEY_PREFIX = 'sk_';

export interface SecretKey {
  /** The key itself, shown once to whoever creates it. */
  token: string;
  /** What the `api_key` row stores in `token`: scrypt(token, salt, 64) in hex. */
  hash: string;
  salt: string;
  redacted: string;
}

export async function generateSecretKey(): Promise<SecretKey> {
  const token = SECRET_KEY_PREFIX + randomBytes(32).toString('hex');
  const salt = randomBytes(16).toString('hex');
  return { token, hash: await hashSecretKey(token, salt), salt, redacted: redactKey(token) };
}

/** The salt is used as the text it is stored as (Medusa passes the hex string to scrypt, not its bytes). */
export async function hashSecretKey(token: string, salt: string): Promise<string> {
  return (await scryptAsync(token, salt, 64)).toString('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The first six and last three characters: what Medusa shows of a key, and looks candidate rows up by. */
export function redactKey(token: string): string {
  return `${token.slice(0, 6)}***${token.slice(-3)}`;
}

/**
 * The secret key in the credential of `Authorization: Basic <credential>`, read as Medusa reads it:
 * the key itself, or base64 of `<key>:` (Basic's user-id:password with the key as user id).
 */
export function secretKeyOfBasicCredential(credential: string): string | null {
  let key = credential.startsWith(SECRET_KEY_PREFIX) ? credential : Buffer.from(credential, 'base64').toString('utf8');
  if (key.endsWith(':')) key = key.slice(0, -1);
  return key.startsWith(SECRET_KEY_PREFIX) ? key : null;
}
