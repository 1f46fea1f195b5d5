import type { Gateway } from './app.js';

/** What a person starting the gateway needs to know, as plain lines for a terminal. */
export function startupReport(gateway: Gateway): string {
  const { preparation, seeded, seedSkipped, devToken, devTokenInPage, url } = gateway;
  const migrations =
    preparation.mode === 'attached'
      ? `not run: this is a Medusa store's database, checked and left as it is${createdNote(preparation.createdTables)}`
      : preparation.appliedMigrations.length === 0
        ? 'up to date'
        : `applied ${preparation.appliedMigrations.length}: ${preparation.appliedMigrations.join(', ')}`;
  const demo = seeded
    ? `seeded: ${seeded.products} products, ${seeded.variants} variants, ${seeded.inventoryItems} inventory items, ${seeded.stockLocations} stock locations`
    : `not seeded: ${seedSkipped}`;
  const lines = [
    '',
    'Medusa variant gateway',
    `  Listening:   ${url}`,
    gateway.graphiql
      ? `  GraphiQL:    ${gateway.graphqlUrl}  (open it in a browser${graphiqlToken(devToken, devTokenInPage)})`
      : `  GraphQL:     ${gateway.graphqlUrl}  (GraphiQL is off with introspection; GRAPHQL_INTROSPECTION=true turns both on)`,
    `  Medusa API:  ${url}/admin/...  (OpenAPI: ${url}/openapi.json)`,
    `  Database:    ${gateway.db.description}`,
    `  Migrations:  ${migrations}`,
    `  Demo data:   ${demo}`,
  ];
  if (devToken) {
    lines.push(
      `  Dev token:   Bearer ${devToken}`,
      '               Developer mode: no JWT_SECRET, JWT_PUBLIC_KEY or JWT_JWKS_URL is set, so tokens are signed with a random secret that lasts until this process stops.',
      devTokenInPage
        ? '               It listens on loopback only; HOST chooses another interface (the token then stays out of GraphiQL).'
        : '               HOST is set: GraphiQL does not carry this token; anyone who has it can use the API, so keep it to yourself.',
    );
  }
  return `${lines.join('\n')}\n`;
}

function graphiqlToken(devToken: string | null, inPage: boolean): string {
  if (!devToken) return '';
  if (inPage) return '; the Authorization header is filled in';
  return '; HOST is set, so the dev token is not put in the page: paste it into the Authorization header';
}

const createdNote = (tables: string[]) =>
  tables.length === 0 ? '' : ` (the gateway added its own table ${tables.join(', ')})`;
