/**
 * Before any load: every target answers what it should, and the same pages as the others (the floor
 * exactly the gateway's JSON, the attached gateway exactly its own, PostGraphile the same variants with
 * the same relations); the statements of one request, and at page sizes 5, 50 and 200.
 */
import { deepStrictEqual } from 'node:assert/strict';
import type { Child } from './children.js';
import { statementsOf } from './measure.js';
import { PAGE_SIZE, PG_CURSORS_QUERY, QC_CURSORS_QUERY } from './queries.js';
import { gql, loadOf, type Plan, pageRequest } from './scenarios.js';
import { SCENARIOS, type ScenarioName, type TargetName } from './settings.js';

export type Servers = Partial<Record<TargetName, Child>>;

export interface Checks {
  /** Statements of one request (page scenarios: of the first page), per "scenario/target". */
  statements: Record<string, number>;
  /** Statements of one request of the last page, per "scenario/target" of the offset and cursor scenarios. */
  lastPageStatements: Record<string, number>;
  /** Statements of one first-page request at each page size, per "scenario/target". */
  pageSizes: Record<string, { limit: number; statements: number }[]>;
}

export const PAGE_SIZES = [5, PAGE_SIZE, 200];

type Json = Record<string, unknown>;

/** Sends a page (or any) request to a server and parses the answer; anything but a clean 200 throws. */
async function ask(server: Child, token: string, request: { method?: string; path?: string; body?: unknown }) {
  const response = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: request.method === 'POST' ? String(request.body) : undefined,
  });
  const text = await response.text();
  const json = JSON.parse(text) as Json & { errors?: unknown[] };
  if (response.status !== 200 || json.errors) {
    throw new Error(`${server.name} ${request.method} ${request.path}: ${response.status} ${text.slice(0, 500)}`);
  }
  return json;
}

/** One request, with the statements the server sent for it. */
async function counted(server: Child, token: string, request: Parameters<typeof ask>[2]) {
  const before = await statementsOf(server);
  const value = await ask(server, token, request);
  return { value, statements: (await statementsOf(server)) - before };
}

/** Rows per request when walking the cursors: the gateway's cap on a connection's page. */
const WALK_SIZE = 200;

/**
 * The `after` of each of the first `pages` pages of a cursor-paged target: the cursor of the last
 * row of the page before. Walks the connection WALK_SIZE rows at a time, selecting nothing but the
 * cursors, so it is cheap however slow the full page is (a row's cursor does not depend on the page
 * size it came in).
 */
export async function walkCursors(
  server: Child,
  token: string,
  kind: 'gateway' | 'postgraphile',
  pages: number,
): Promise<(string | null)[]> {
  const query = kind === 'gateway' ? QC_CURSORS_QUERY : PG_CURSORS_QUERY;
  const field = kind === 'gateway' ? 'productVariantsConnection' : 'allProductVariants';
  const rows: string[] = [];
  let after: string | null = null;
  while (rows.length < (pages - 1) * PAGE_SIZE) {
    const json = await ask(server, token, {
      method: 'POST',
      path: '/graphql',
      body: gql(query, { first: WALK_SIZE, after }),
    });
    type Connection = { edges: { cursor: string }[]; pageInfo: { hasNextPage: boolean } };
    const { edges, pageInfo } = (json.data as Record<string, Connection>)[field];
    rows.push(...edges.map((edge) => edge.cursor));
    if (!pageInfo.hasNextPage) break;
    after = rows[rows.length - 1];
  }
  const cursors: (string | null)[] = [null];
  for (let page = 1; page < pages; page++) {
    const cursor = rows[page * PAGE_SIZE - 1];
    if (cursor === undefined) throw new Error(`${server.name}: only ${rows.length} rows`);
    cursors.push(cursor);
  }
  return cursors;
}

// The shapes the checks read.
interface GatewayNode {
  id: string;
  prices: { amount: number }[];
  options: unknown[];
  inventoryItems: { requiredQuantity: number; inventory: { locationLevels: { stockedQuantity: number }[] } }[];
}
interface PostGraphileNode {
  rowId: string;
  priceSetLinks: { nodes: { priceSet: { pricesByPriceSetId: { nodes: { amount: string }[] } } }[] };
  productVariantOptionsByVariantId: { nodes: unknown[] };
  inventoryItemLinks: {
    nodes: {
      requiredQuantity: string;
      inventoryItem: { inventoryLevelsByInventoryItemId: { nodes: { stockedQuantity: string }[] } };
    }[];
  };
}

/** What PostGraphile's page and the gateway's must agree on, variant by variant. */
const summaryOfGateway = (node: GatewayNode) => ({
  id: node.id,
  amounts: node.prices.map((price) => Number(price.amount)).sort((a, b) => a - b),
  options: node.options.length,
  links: node.inventoryItems.map((link) => ({
    required: Number(link.requiredQuantity),
    stocked: link.inventory.locationLevels.map((level) => Number(level.stockedQuantity)),
  })),
});
const summaryOfPostGraphile = (node: PostGraphileNode) => ({
  id: node.rowId,
  amounts: node.priceSetLinks.nodes
    .flatMap((link) => link.priceSet.pricesByPriceSetId.nodes.map((price) => Number(price.amount)))
    .sort((a, b) => a - b),
  options: node.productVariantOptionsByVariantId.nodes.length,
  links: node.inventoryItemLinks.nodes.map((link) => ({
    required: Number(link.requiredQuantity),
    stocked: link.inventoryItem.inventoryLevelsByInventoryItemId.nodes.map((level) => Number(level.stockedQuantity)),
  })),
});

/** The nodes of a page answer of any page scenario. */
function nodesOf(scenario: ScenarioName, json: Json): unknown[] {
  const data = json.data as Record<string, { nodes?: unknown[]; edges?: { node: unknown }[] }> | undefined;
  switch (scenario) {
    case 'Q2':
    case 'RO':
      return json.variants as unknown[];
    case 'QC':
      return (data?.productVariantsConnection.edges ?? []).map((edge) => edge.node);
    case 'P1':
    case 'PO':
    case 'PC':
      return data?.allProductVariants.nodes ?? [];
    default:
      return data?.productVariants.nodes ?? [];
  }
}

export async function checkTargets(
  servers: Servers,
  plan: Plan,
  token: string,
  scenarios: ScenarioName[],
  gateways: TargetName[],
): Promise<Checks> {
  const checks: Checks = { statements: {}, lastPageStatements: {}, pageSizes: {} };
  const targetsOf = (scenario: ScenarioName): TargetName[] =>
    SCENARIOS[scenario].server === 'gateway' ? gateways : [SCENARIOS[scenario].server as TargetName];
  const serverOf = (target: TargetName) => {
    const server = servers[target];
    if (!server) throw new Error(`no ${target} server`);
    return server;
  };
  const last = plan.pages - 1;
  const probes = [...new Set([0, Math.floor(plan.pages / 2), last])];
  // The reference: the gateway's own pages by offset (QO's answer), fetched once each.
  const reference = new Map<number, GatewayNode[]>();
  const referencePage = async (page: number) => {
    let nodes = reference.get(page);
    if (!nodes) {
      const json = await ask(serverOf(gateways[0]), token, pageRequest(plan, 'QO', gateways[0], PAGE_SIZE, page));
      nodes = nodesOf('QO', json) as GatewayNode[];
      if (nodes.length !== Math.min(PAGE_SIZE, plan.ids.length - page * PAGE_SIZE)) {
        throw new Error(`page ${page} of the gateway has ${nodes.length} variants`);
      }
      reference.set(page, nodes);
    }
    return nodes;
  };

  for (const scenario of scenarios) {
    const paging = SCENARIOS[scenario].paging;
    for (const target of targetsOf(scenario)) {
      const server = serverOf(target);
      const key = `${scenario}/${target}`;
      if (!paging) {
        const request = loadOf(plan, scenario, target).request;
        const one = await counted(server, token, { method: 'POST', path: '/graphql', body: request.body });
        if (!loadOf(plan, scenario, target).verify(JSON.stringify(one.value))) {
          throw new Error(`${key} answered ${JSON.stringify(one.value).slice(0, 500)}`);
        }
        checks.statements[key] = one.statements;
        continue;
      }
      for (const page of paging === 'first' ? [0] : probes) {
        const one = await counted(server, token, pageRequest(plan, scenario, target, PAGE_SIZE, page));
        if (page === 0) checks.statements[key] = one.statements;
        if (page === last && paging !== 'first') checks.lastPageStatements[key] = one.statements;
        const nodes = nodesOf(scenario, one.value);
        const expected = await referencePage(page);
        const message = `${key}, page ${page}: not the gateway's page`;
        if (SCENARIOS[scenario].server === 'postgraphile') {
          deepStrictEqual(
            (nodes as PostGraphileNode[]).map(summaryOfPostGraphile),
            expected.map(summaryOfGateway),
            message,
          );
        } else if (scenario === 'Q2' || scenario === 'RO') {
          type RestNode = { id: string; prices: unknown[]; inventory_items: unknown[] };
          deepStrictEqual(
            (nodes as RestNode[]).map((node) => [node.id, node.prices.length, node.inventory_items.length]),
            expected.map((node) => [node.id, node.prices.length, node.inventoryItems.length]),
            message,
          );
        } else {
          // The floor, the attached gateway and the connection answer exactly the gateway's JSON.
          deepStrictEqual(nodes, expected, message);
        }
      }
    }
  }

  // Statements of one first-page request at each page size.
  for (const scenario of scenarios.filter((name) => SCENARIOS[name].paging)) {
    for (const target of targetsOf(scenario)) {
      const sizes: { limit: number; statements: number }[] = [];
      for (const limit of PAGE_SIZES) {
        const one = await counted(serverOf(target), token, pageRequest(plan, scenario, target, limit, 0));
        sizes.push({ limit, statements: one.statements });
      }
      checks.pageSizes[`${scenario}/${target}`] = sizes;
    }
  }
  return checks;
}
