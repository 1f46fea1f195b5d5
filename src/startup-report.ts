import type { Gateway } from './app.js';

/** What a person starting the gateway needs to know, as plain lines for a terminal. */
export function startupReport(gateway: Gateway): string {
  const { preparation, seeded, seedSkipped, devToken, url } = gateway;
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
      ? `  GraphiQL:    ${gateway.graphqlUrl}  (open it in a browser${devToken ? '; the Authorization header is filled in' : ''})`
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
    );
  }
  return `${lines.join('\n')}\n`;
}

const createdNote = (tables: string[]) =>
  tables.length === 0 ? '' : ` (the gateway added its own table ${tables.join(', ')})`;
