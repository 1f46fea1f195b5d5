import type { PrismaClient } from '../generated/prisma/client.js';
import type { Logger } from '../logger.js';
import { ApiKeyVerifier } from './api-keys.js';
import { Authenticator } from './authenticator.js';
import { JwtVerifier, randomSecret, signAdminToken } from './jwt.js';
import { isDeveloperMode, type JwtVerificationSettings } from './verification.js';

/**
 * The authenticator of the configured JWT verification and the database's API keys. With no JWT
 * verification configured (developer mode) tokens are signed with a random secret, and a token
 * signed with it is returned for the person at the terminal.
 */
export async function createAuthentication(
  config: JwtVerificationSettings,
  prisma: PrismaClient,
  logger: Logger,
): Promise<{ authenticator: Authenticator; devToken: string | null }> {
  const developerSecret = isDeveloperMode(config) ? randomSecret() : null;
  const jwt = new JwtVerifier(
    {
      secret: config.jwtSecret ?? developerSecret,
      publicKey: config.jwtPublicKey,
      jwksUrl: config.jwtJwksUrl,
      algorithms: config.jwtAlgorithms,
      clockToleranceSeconds: config.jwtClockToleranceSeconds,
    },
    logger,
  );
  const devToken = developerSecret ? await signAdminToken(developerSecret, 'user_developer', '30d') : null;
  return { authenticator: new Authenticator(jwt, new ApiKeyVerifier(prisma)), devToken };
}
