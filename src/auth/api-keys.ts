import { createHash } from 'node:crypto';
import { newId } from '../core/ids.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Actor } from './actor.js';
import { generateSecretKey, hashSecretKey, redactKey, sameHash } from './secret-keys.js';

const MAX_REMEMBERED_KEYS = 1000;

/** Finds the live secret API key a token belongs to, in Medusa's `api_key` table. */
export class ApiKeyVerifier {
  /**
   * The stored hash each key already matched, by the key's SHA-256. scrypt is slow by design
   * (tens of milliseconds of CPU) and a client sends its key on every request; the row is still
   * read each time, so a revoked, deleted or rewritten key is refused at once.
   */
  private readonly matched = new Map<string, string>();

  constructor(private readonly prisma: PrismaClient) {}

  /**
   * The key's actor, or null for an unknown, revoked or deleted key. As in Medusa, a revocation
   * dated in the future has not happened yet, and rows are narrowed by the redacted form first.
   */
  async actorOf(token: string): Promise<Actor | null> {
    const candidates = await this.prisma.apiKey.findMany({
      where: {
        type: 'secret',
        redacted: redactKey(token),
        deletedAt: null,
        OR: [{ revokedAt: null }, { revokedAt: { gt: new Date() } }],
      },
      select: { id: true, token: true, salt: true },
    });
    const digest = createHash('sha256').update(token).digest('hex');
    for (const candidate of candidates) {
      const actor: Actor = { type: 'api-key', id: candidate.id };
      if (this.matched.get(digest) === candidate.token) return actor;
      if (!sameHash(await hashSecretKey(token, candidate.salt), candidate.token)) continue;
      // Only keys that verified are remembered, and few clients hold keys: the bound stops a leak, not an attack.
      if (this.matched.size >= MAX_REMEMBERED_KEYS) this.matched.clear();
      this.matched.set(digest, candidate.token);
      return actor;
    }
    return null;
  }
}

export interface CreatedApiKey {
  id: string;
  /** The secret key itself; only its hash is stored. */
  token: string;
  redacted: string;
  title: string;
  createdBy: string;
  createdAt: Date;
}

/** Writes a secret API key's row as Medusa's `POST /admin/api-keys` would. */
export async function createSecretApiKey(
  prisma: PrismaClient,
  input: { title: string; createdBy: string },
): Promise<CreatedApiKey> {
  const key = await generateSecretKey();
  const now = new Date();
  const row = await prisma.apiKey.create({
    data: {
      id: newId('apiKey'),
      token: key.hash,
      salt: key.salt,
      redacted: key.redacted,
      title: input.title,
      type: 'secret',
      createdBy: input.createdBy,
      createdAt: now,
      updatedAt: now,
    },
  });
  return {
    id: row.id,
    token: key.token,
    redacted: row.redacted,
    title: row.title,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}
