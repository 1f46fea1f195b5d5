/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A change of the units on hand of one item at one location, by a difference. */
export type AdjustInventoryLevelInput = {
  /** Compare-and-set: apply the change only if the level holds exactly this many units now, else CONFLICT and nothing changes. Absent: apply whatever the level holds. */
  changeFromQuantity?: number | null | undefined;
  /** Units to add; negative removes. The result must stay a whole number from 0 to 2147483647. */
  delta: number;
  /** The inventory item. */
  inventoryItemId: string | number;
  /** The stock location the item is stocked at. */
  locationId: string | number;
};

/** What kind of failure an error is; mirrors Medusa's error types. */
export type ErrorCode =
  /** Another change got there first; retry with fresh data (Medusa: conflict). */
  | 'CONFLICT'
  /** A unique value is already taken (Medusa: invalid_data on unique violations). */
  | 'DUPLICATE'
  /** The input breaks a rule (Medusa: invalid_data). */
  | 'INVALID_DATA'
  /** The operation is not allowed in the current state (Medusa: not_allowed). */
  | 'NOT_ALLOWED'
  /** Something the input names does not exist (Medusa: not_found). */
  | 'NOT_FOUND';

export type VariantsBySkuQueryVariables = Exact<{
  sku: string;
}>;


export type VariantsBySkuQuery = { productVariants: { count: number, nodes: Array<{ id: string, sku: string | null, title: string, inventoryQuantity: number | null, product: { title: string } | null }> } };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustInventoryLevelInput;
}>;


export type AdjustStockMutation = { adjustInventoryLevel:
    | { __typename: 'ConflictError', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InvalidDataError', code: ErrorCode, message: string, path: Array<string> | null }
    | { __typename: 'InventoryLevelPayload', inventoryLevel: { stockedQuantity: number } }
    | { __typename: 'NotFoundError', code: ErrorCode, message: string, path: Array<string> | null }
   };

export type StockOfItemQueryVariables = Exact<{
  sku: string;
}>;


export type StockOfItemQuery = { inventoryItems: { nodes: Array<{ id: string, sku: string | null, locationLevels: Array<{ locationId: string, stockedQuantity: number }> }> } };


export const VariantsBySkuDocument = {"__meta__":{"hash":"sha256:73b203adfea5f609bb21b3fea9a15157722875adcb44bfc88c09cb6f499253cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariantsBySku"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productVariants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sku"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inventoryQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VariantsBySkuQuery, VariantsBySkuQueryVariables>;
export const AdjustStockDocument = {"__meta__":{"hash":"sha256:8757b568e7a62a40348a1f743b6244ef29fe078a29db72432bb6f70403bbef97"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustInventoryLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustInventoryLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryLevelPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockedQuantity"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MutationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const StockOfItemDocument = {"__meta__":{"hash":"sha256:843339655975a208b83dea13e5f7968c624d91f0a70fb7630e5ddeab4ba3e8f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockOfItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sku"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sku"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"locationLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"stockedQuantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockOfItemQuery, StockOfItemQueryVariables>;