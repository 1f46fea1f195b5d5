import { z } from 'zod';
import { ERROR_SELECTION, FIELDS_ONLY, type Json, type JsonObject, payload, type Route, route } from '../route.js';
import { createLevelBody, type LevelQuantitiesBody, levelQuantities, quantitiesInput } from './inventory-items.js';

/**
 * The keys of the levels Medusa's batchInventoryItemLevelsWorkflow answers with, in its order: the
 * module's rows, raw twins and `deleted_at` included. Medusa's handlers answer these whatever
 * `fields` says. Created rows have no `available_quantity`; updated rows have one and an
 * `inventory_item` stub (added by `workflowRow`).
 */
const WORKFLOW_ROW_FIELDS = [
  'id',
  'location_id',
  'metadata',
  'inventory_item_id',
  'raw_stocked_quantity',
  'raw_reserved_quantity',
  'raw_incoming_quantity',
  'created_at',
  'updated_at',
  'deleted_at',
  'available_quantity',
  'stocked_quantity',
  'reserved_quantity',
  'incoming_quantity',
];

/** The item of each updated level, for the stub Medusa puts in updated rows. */
const UPDATED_ITEMS = 'updatedItems: updated { inventoryItem { id stockedQuantity reservedQuantity } }';

/**
 * One level as the workflow answers it. Medusa's updated rows carry `inventory_item: {id,
 * reserved_quantity, stocked_quantity}` with both totals `null` (not computed there); the gateway
 * gives the real totals, as it does for every nested inventory item.
 */
function workflowRow(level: JsonObject, item?: JsonObject): JsonObject {
  const row: JsonObject = {};
  for (const [key, value] of Object.entries(level)) {
    if (key === 'available_quantity' && !item) continue;
    row[key] = value;
    if (key === 'inventory_item_id' && item) {
      row.inventory_item = {
        id: item.id,
        reserved_quantity: item.reservedQuantity,
        stocked_quantity: item.stockedQuantity,
      };
    }
  }
  return row;
}

/** `created` and `updated` of a level batch's payload, as Medusa's workflow answers them. */
function workflowRows(result: JsonObject, view: (value: Json) => Json) {
  const items = (result.updatedItems as JsonObject[]).map((level) => level.inventoryItem as JsonObject);
  return {
    created: (view(result.created) as JsonObject[]).map((level) => workflowRow(level)),
    updated: (view(result.updated) as JsonObject[]).map((level, index) => workflowRow(level, items[index])),
  };
}

const force = z.boolean().optional();

/** Medusa 2.13+'s AdminBatchInventoryItemLocationsLevel: `delete` holds level ids (2.0 took location ids). */
const itemBatchBody = z
  .object({
    create: z.array(createLevelBody).optional(),
    update: z
      .array(z.object({ id: z.string().optional(), location_id: z.string(), ...levelQuantities }).strict())
      .optional(),
    delete: z.array(z.string()).optional(),
    force,
  })
  .strict();

/**
 * Medusa 2.21's AdminBatchInventoryItemLevels. Medusa drops unknown keys of an entry (the admin
 * sends the level's `id` in updates, which its schema does not list); the gateway takes that `id`,
 * checked as on the one-item batch, and refuses other unknown keys.
 */
const itemLevel = { inventory_item_id: z.string(), location_id: z.string(), ...levelQuantities };
const itemsBatchBody = z
  .object({
    create: z.array(z.object(itemLevel).strict()).optional(),
    update: z.array(z.object({ id: z.string().optional(), ...itemLevel }).strict()).optional(),
    delete: z.array(z.string()).optional(),
    force,
  })
  .strict();

type ItemLevelBody = LevelQuantitiesBody & { id?: string; inventory_item_id?: string; location_id: string };

const levelInput = (level: ItemLevelBody) => ({
  ...(level.id ? { id: level.id } : {}),
  ...(level.inventory_item_id ? { inventoryItemId: level.inventory_item_id } : {}),
  locationId: level.location_id,
  ...quantitiesInput(level),
});

const batchDocument = (mutation: string, inputType: string, payloadType: string) => (selection: string) =>
  `mutation BatchLevels($input: ${inputType}!) {
    result: ${mutation}(input: $input) {
      __typename ${ERROR_SELECTION} ... on ${payloadType} { created ${selection} updated ${selection} ${UPDATED_ITEMS} deletedIds }
    }
  }`;

export const levelBatchRoutes: Route[] = [
  route({
    method: 'POST',
    path: '/admin/inventory-items/:id/location-levels/batch',
    entity: 'inventoryLevel',
    defaults: WORKFLOW_ROW_FIELDS,
    ignoresFields: true,
    query: FIELDS_ONLY,
    body: itemBatchBody,
    document: batchDocument('batchInventoryLevels', 'BatchInventoryLevelsInput', 'BatchInventoryLevelsPayload'),
    variables: ({ params, body }) => ({
      input: {
        inventoryItemId: params.id,
        create: body.create?.map(levelInput),
        update: body.update?.map(levelInput),
        delete: body.delete,
        force: body.force,
      },
    }),
    respond: (data, view) => {
      const result = payload(data);
      return { ...workflowRows(result, view), deleted: result.deletedIds };
    },
  }),
  route({
    method: 'POST',
    path: '/admin/inventory-items/location-levels/batch',
    entity: 'inventoryLevel',
    defaults: WORKFLOW_ROW_FIELDS,
    ignoresFields: true,
    // Medusa validates no query parameter on this route and reads none.
    query: z.looseObject({}),
    body: itemsBatchBody,
    document: batchDocument(
      'batchInventoryItemLevels',
      'BatchInventoryItemLevelsInput',
      'BatchInventoryItemLevelsPayload',
    ),
    variables: ({ body }) => ({
      input: {
        create: body.create?.map(levelInput),
        update: body.update?.map(levelInput),
        delete: body.delete,
        force: body.force,
      },
    }),
    // Medusa's `deleted` is the body's `delete` as given, so it is absent when `delete` is.
    respond: (data, view, { body }) => {
      const result = payload(data);
      return { ...workflowRows(result, view), ...(body.delete ? { deleted: result.deletedIds } : {}) };
    },
  }),
] as Route[];
