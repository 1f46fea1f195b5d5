/**
 * What each scenario sends to which target: the page requests (first page, every page by offset or
 * by cursor in a shuffled order), one variant by id, and the two mutations.
 */
import type autocannon from 'autocannon';
import type { Catalog } from './catalog.js';
import { M1_MUTATION, M2_MUTATION, PAGE_SIZE, PG_QUERY, Q1_QUERY, Q3_QUERY, QC_QUERY, q2Path } from './queries.js';
import { SCENARIOS, type ScenarioName, type TargetName } from './settings.js';

export const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** What the scenarios need to know about the catalog and the targets. */
export interface Plan {
  catalog: Catalog;
  /** Every variant id in id order, the order of every target's pages. */
  ids: string[];
  /** Number of pages of PAGE_SIZE variants in the catalog as generated. */
  pages: number;
  /** Per cursor-paged target: the `after` of each page (null for the first), walked once before the load. */
  cursors: Partial<Record<TargetName, (string | null)[]>>;
  /** The pages in the order every shuffled scenario requests them (the same for every target). */
  order: number[];
}

export interface Load {
  request: autocannon.Request;
  /** A cheap check of each body (its start); failures are counted. */
  verify: (body: string) => boolean;
  /** Answers that are not the page asked for (a page's first or last variant id missing), so far. */
  wrongPages(): number;
}

type PageRequest = Pick<autocannon.Request, 'method' | 'path' | 'body'>;

/** The first characters of a good answer, per kind of server and query. */
const PREFIX: Record<ScenarioName, string> = {
  F1: '{"data" : {"productVariants" : {',
  FO: '{"data" : {"productVariants" : {',
  FK: '{"data" : {"productVariants" : {',
  Q1: '{"data":{"productVariants":{',
  QO: '{"data":{"productVariants":{',
  QC: '{"data":{"productVariantsConnection":{',
  Q2: '{"variants":[{',
  RO: '{"variants":[{',
  P1: '{"data":{"allProductVariants":{',
  PO: '{"data":{"allProductVariants":{',
  PC: '{"data":{"allProductVariants":{',
  Q3: '{"data":{"productVariant":{"id"',
  M1: '"__typename":"VariantInventoryItemPayload"',
  M2: '"__typename":"ProductVariantPayload"',
};

/** The cheap check of a body: it starts as a good answer does (the mutations: names their payload). */
export function verifierOf(scenario: ScenarioName): (body: string) => boolean {
  const expected = PREFIX[scenario];
  if (scenario === 'M1' || scenario === 'M2') return (body) => body.includes(expected);
  // PostgreSQL's JSON text (the floor's, the gateway's planned reads) has spaces between tokens.
  const bare = expected.replace(/\s/g, '');
  return (body) =>
    body
      .slice(0, 2 * expected.length)
      .replace(/\s/g, '')
      .startsWith(bare);
}

/**
 * The request for page `page` (0-based) of `limit` variants. Cursor scenarios know the cursors of
 * PAGE_SIZE pages only; at another limit they ask for the first page.
 */
export function pageRequest(
  plan: Plan,
  scenario: ScenarioName,
  target: TargetName,
  limit: number,
  page: number,
): PageRequest {
  const offset = page * limit;
  const cursor = () => {
    if (page === 0) return null;
    const after = plan.cursors[target]?.[page];
    if (limit !== PAGE_SIZE || after === undefined) throw new Error(`${scenario}: no cursor for page ${page}`);
    return after;
  };
  const post = (body: string): PageRequest => ({ method: 'POST', path: '/graphql', body });
  switch (scenario) {
    case 'F1':
    case 'FO':
      return { method: 'GET', path: `/variants?limit=${limit}&offset=${offset}` };
    case 'FK': {
      // Keyset paging: the page after the last id of the one before ('' for the first page).
      const after = page === 0 ? '' : plan.ids[offset - 1];
      return { method: 'GET', path: `/variants?limit=${limit}&after=${encodeURIComponent(after)}` };
    }
    case 'Q1':
    case 'QO':
      return post(gql(Q1_QUERY, { limit, offset }));
    case 'QC':
      return post(gql(QC_QUERY, { first: limit, after: cursor() }));
    case 'Q2':
    case 'RO':
      return { method: 'GET', path: q2Path(limit, offset) };
    case 'P1':
    case 'PO':
      return post(gql(PG_QUERY, { first: limit, offset }));
    case 'PC':
      return post(gql(PG_QUERY, { first: limit, after: cursor() }));
    default:
      throw new Error(`${scenario} is not a page scenario`);
  }
}

/** Whether a body holds page `page`: its first and its last variant, by id. */
export function holdsPage(plan: Plan, body: string, page: number): boolean {
  const first = plan.ids[page * PAGE_SIZE];
  const last = plan.ids[Math.min(plan.ids.length, (page + 1) * PAGE_SIZE) - 1];
  return body.includes(`"${first}"`) && body.includes(`"${last}"`);
}

/**
 * The load of a page scenario: the first page over and over, or every page in the plan's shuffled
 * order; `page` fixes one page (for the first-against-last measurement).
 */
export function pageLoad(plan: Plan, scenario: ScenarioName, target: TargetName, page?: number): Load {
  const paging = SCENARIOS[scenario].paging;
  const pages = page !== undefined ? [page] : paging === 'first' ? [0] : plan.order;
  let n = 0;
  let wrong = 0;
  return {
    request: {
      ...pageRequest(plan, scenario, target, PAGE_SIZE, pages[0]),
      setupRequest: (request, context) => {
        const k = pages[n++ % pages.length];
        context.page = k;
        return { ...request, ...pageRequest(plan, scenario, target, PAGE_SIZE, k) };
      },
      onResponse: (status, body, context) => {
        if (status >= 200 && status < 300 && !holdsPage(plan, body, context.page as number)) wrong++;
      },
    },
    verify: verifierOf(scenario),
    wrongPages: () => wrong,
  };
}

let skuCounter = 0;
const runId = Date.now().toString(36);

/** The load of any scenario on a target. */
export function loadOf(plan: Plan, scenario: ScenarioName, target: TargetName): Load {
  if (SCENARIOS[scenario].paging) return pageLoad(plan, scenario, target);
  const verify = verifierOf(scenario);
  const dynamic = (body: (k: number) => string): Load => {
    let n = 0;
    return {
      request: {
        method: 'POST',
        path: '/graphql',
        body: body(0),
        setupRequest: (request) => ({ ...request, body: body(n++) }),
      },
      verify,
      wrongPages: () => 0,
    };
  };
  const { catalog } = plan;
  switch (scenario) {
    case 'Q3': {
      // A different variant each time, spread over the catalog.
      const ids = catalog.variantIds;
      return dynamic((k) => gql(Q3_QUERY, { id: ids[(k * 7919) % ids.length] }));
    }
    case 'M1': {
      // Links taken in turn from a pool of 997 (odd, so each link's value alternates between 1 and 2).
      const links = catalog.ownLinks.slice(0, 997);
      return dynamic((k) => gql(M1_MUTATION, { input: { ...links[k % links.length], requiredQuantity: 1 + (k % 2) } }));
    }
    case 'M2':
      return dynamic(() => {
        const k = skuCounter++;
        const input = {
          title: `Bench ${k}`,
          sku: `BENCH-M2-${runId}-${k}`,
          prices: [
            { currencyCode: 'eur', amount: 1000 + (k % 100) },
            { currencyCode: 'usd', amount: 1100 + (k % 100) },
          ],
        };
        return gql(M2_MUTATION, { input: { productId: catalog.mutationProductId, ...input } });
      });
    default:
      throw new Error(`no load for ${scenario}`);
  }
}

/** A fixed shuffle of 0 … n-1 (mulberry32, seed 12), so every target and every run asks in the same order. */
export function shuffledPages(n: number): number[] {
  let seed = 12;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  return order;
}
