import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A typed document as the client preset generates it, with the hash persisted-documents.json keys it by. */
type PersistedDocument<Result, Variables> = TypedDocumentNode<Result, Variables> & { __meta__?: { hash?: string } };

export interface Gateway {
  url: string;
  token: string;
}

/**
 * Sends an operation by its hash only, as a server with PERSISTED_OPERATIONS_FILE requires, and
 * returns its typed data; a GraphQL error (not a typed mutation error) is thrown.
 */
export async function execute<Result, Variables>(
  gateway: Gateway,
  document: PersistedDocument<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const hash = document.__meta__?.hash;
  if (!hash) throw new Error('The document has no persisted hash: run graphql-codegen with persistedDocuments');
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
    body: JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL error (${response.status}): ${body.errors?.map((error) => error.message).join('; ')}`);
  }
  return body.data;
}
