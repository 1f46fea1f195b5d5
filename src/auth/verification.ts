/** The JWT verification settings, as the configuration holds them. */
export interface JwtVerificationSettings {
  jwtSecret: string | null;
  jwtPublicKey: string | null;
  jwtJwksUrl: string | null;
  jwtAlgorithms: string[] | null;
  jwtClockToleranceSeconds: number;
}

/** The variables that configure JWT verification; with none of them set, developer mode. */
export const JWT_VERIFICATION_VARIABLES = ['JWT_SECRET', 'JWT_PUBLIC_KEY', 'JWT_JWKS_URL'] as const;

/** Developer mode: no JWT verification configured, so tokens are signed with a random secret per start. */
export function isDeveloperMode(
  config: Pick<JwtVerificationSettings, 'jwtSecret' | 'jwtPublicKey' | 'jwtJwksUrl'>,
): boolean {
  return !config.jwtSecret && !config.jwtPublicKey && !config.jwtJwksUrl;
}
