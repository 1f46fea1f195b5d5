import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { type GraphQLTestServer, startGraphQLServer } from '../support/graphql.js';

/**
 * GraphiQL end to end in a real headless Chromium: Debian's `chromium` package driven by
 * playwright-core (Playwright's own browsers are never downloaded). CHROMIUM_PATH overrides the binary.
 */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The Chromium binary to drive, or why there is none. REQUIRE_BROWSER=1 (set by CI's .ci/run)
 * makes a missing browser a failure; elsewhere the test is skipped, saying how to run it.
 */
function findChromium(): { executable: string } | { missing: string } {
  const fromEnv = process.env.CHROMIUM_PATH;
  const executable = fromEnv || DEFAULT_CHROMIUM;
  try {
    accessSync(executable, constants.X_OK);
    return { executable };
  } catch {
    const problem = fromEnv ? `CHROMIUM_PATH=${fromEnv} is not an executable file.` : `${DEFAULT_CHROMIUM} is missing.`;
    return {
      missing:
        `Chromium is not installed: ${problem} The browser test drives Debian's chromium package; ` +
        "install it with `sudo apt-get install -y chromium` (CI's .ci/run does this), or set CHROMIUM_PATH to a Chromium binary.",
    };
  }
}

const chromiumFound = findChromium();
const browserRequired = process.env.REQUIRE_BROWSER === '1';
if ('missing' in chromiumFound && !browserRequired) {
  console.log(`Skipping the GraphiQL browser test. ${chromiumFound.missing}`);
}

/** An element's text with its whitespace (Monaco draws spaces as no-break spaces) folded to single spaces. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
}

const skipReason = 'missing' in chromiumFound && !browserRequired ? ` — skipped: ${chromiumFound.missing}` : '';

describe.skipIf(skipReason !== '')(`GraphiQL in a headless Chromium${skipReason}`, () => {
  let server: GraphQLTestServer | undefined;
  let context: BrowserContext | undefined;
  let profileDir: string | undefined;

  afterAll(async () => {
    await context?.close();
    if (profileDir) await rm(profileDir, { recursive: true, force: true });
    await server?.dispose();
  });

  it('runs the example query offline with the developer token and shows the variants', {
    timeout: 90_000,
  }, async () => {
    if ('missing' in chromiumFound) throw new Error(`REQUIRE_BROWSER=1: ${chromiumFound.missing}`);
    const executablePath = chromiumFound.executable;
    const workDir = await mkdtemp(join(tmpdir(), 'graphiql-browser-'));
    console.log(`GraphiQL browser test folder (screenshot): ${workDir}`);
    profileDir = join(workDir, 'profile');

    // Developer mode (no JWT secret) over the seeded demo catalog.
    server = await startGraphQLServer({ jwtSecret: null });
    const { url, devToken } = server.gateway;
    expect(devToken).toBeTruthy();
    const origin = new URL(url).origin;

    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Tall enough that the result editor (Monaco renders only the lines in view) shows a whole variant.
      viewport: { width: 1400, height: 1600 },
    });

    // Nothing may leave the gateway's origin: every other request is aborted and recorded.
    const external: string[] = [];
    let local = 0;
    await context.route('**/*', async (route) => {
      const requestUrl = route.request().url();
      if (new URL(requestUrl).origin === origin) {
        local++;
        await route.continue();
      } else {
        external.push(requestUrl);
        await route.abort('blockedbyclient');
      }
    });
    const pageErrors: string[] = [];
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const response = await page.goto(`${url}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(external, 'the page loaded without requests outside the gateway').toEqual([]);

    // GraphiQL has rendered, with the example operation in the query editor.
    const execute = page.getByRole('button', { name: /^Execute query/ });
    await execute.waitFor({ state: 'visible', timeout: 30_000 });
    const queryEditor = page.locator('.graphiql-query-editor');
    await expect.poll(() => textOf(queryEditor), { timeout: 30_000 }).toContain('query VariantsWithInventory');

    const operation = page.waitForResponse(
      (candidate) =>
        candidate.url() === `${url}/graphql` &&
        candidate.request().method() === 'POST' &&
        (candidate.request().postData() ?? '').includes('VariantsWithInventory'),
      { timeout: 30_000 },
    );
    await execute.click();
    const answered = await operation;
    expect(answered.request().headers().authorization).toBe(`Bearer ${devToken}`);
    expect(answered.status()).toBe(200);
    const body = (await answered.json()) as {
      data?: { productVariants?: { count: number; nodes: { sku: string }[] } };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    expect(body.data?.productVariants?.count).toBe(10);
    expect(body.data?.productVariants?.nodes[0]?.sku).toBe('HOODIE-L');

    // The result pane shows the variants (sorted by SKU, so HOODIE-L comes first).
    const result = page.locator('.graphiql-response .result-window');
    await expect.poll(() => textOf(result), { timeout: 30_000 }).toContain('HOODIE-L');
    const shown = await textOf(result);
    expect(shown).toContain('inventoryQuantity');
    expect(shown).not.toContain('Unauthorized');
    expect(shown).not.toContain('UNAUTHENTICATED');

    const screenshot = join(workDir, 'graphiql.png');
    await page.screenshot({ path: screenshot });
    console.log(`GraphiQL screenshot: ${screenshot}`);

    expect(external, 'no request left the gateway').toEqual([]);
    expect(local).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
