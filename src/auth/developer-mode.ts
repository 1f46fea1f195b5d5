import type { Database } from '../db/connect.js';
import { findTables, MEDUSA_MARKER_TABLES } from '../db/prepare.js';
import { OperatorError } from '../operator-error.js';
import { isDeveloperMode, JWT_VERIFICATION_VARIABLES, type JwtVerificationSettings } from './verification.js';

export class DeveloperModeRefusedError extends OperatorError {
  override name = 'DeveloperModeRefusedError';
  constructor(markers: string[]) {
    super(
      `This is a Medusa store's database (it has ${markers.join(', ')}), and no JWT verification is configured: ` +
        "developer mode would sign admin tokens with a random secret and hand one out, so the gateway will not serve this store's data. " +
        `Set ${JWT_VERIFICATION_VARIABLES[0]} to your Medusa server's jwtSecret (or ${JWT_VERIFICATION_VARIABLES.slice(1).join(' or ')}) and start again.`,
    );
  }
}

/**
 * Developer mode is for the gateway's own (demo) database. Over a Medusa store's database a
 * forgotten secret would otherwise let whoever gets the dev token change the store's inventory.
 */
export async function refuseDeveloperModeOverMedusa(config: JwtVerificationSettings, db: Database): Promise<void> {
  if (!isDeveloperMode(config)) return;
  const markers = await findTables(db, MEDUSA_MARKER_TABLES);
  if (markers.length > 0) throw new DeveloperModeRefusedError(markers);
}
