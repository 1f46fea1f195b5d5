/**
 * The page size rule of every list and connection, GraphQL and REST alike. Fixed rather than
 * configured: the schema's descriptions state it, and Pothos takes it when the schema is built.
 */
export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;
