import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, launchGateway, PROJECT_ROOT, type Started } from '../support/processes.js';

const run = promisify(execFile);

/** A fenced block of docs/adding-a-column.md: its language, its `key=value` words and its text. */
interface Block {
  language: string;
  attributes: Record<string, string>;
  text: string;
}

async function docBlocks(): Promise<Block[]> {
  const page = await readFile(join(PROJECT_ROOT, 'docs', 'adding-a-column.md'), 'utf8');
  return [...page.matchAll(/```(\w+) ([^\n]*)\n([\s\S]*?)```/g)].map(([, language, words, text]) => ({
    language,
    attributes: Object.fromEntries(words.split(' ').map((word) => word.split('=') as [string, string])),
    text,
  }));
}

const blockOf = (blocks: Block[], language: string) => {
  const found = blocks.find((block) => block.language === language);
  if (!found) throw new Error(`docs/adding-a-column.md has no ${language} block`);
  return found;
};

/** Inserts `text` after the first line of `file` that `after` matches. */
async function insertAfter(file: string, after: RegExp, text: string) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const index = lines.findIndex((line) => after.test(line));
  if (index === -1) throw new Error(`no line of ${file} matches ${after}`);
  lines.splice(index + 1, 0, text.replace(/\n$/, ''));
  await writeFile(file, lines.join('\n'));
}

/** What the copy needs to generate its client and run from its sources; node_modules is shared. */
const COPIED = ['src', 'prisma', 'scripts', 'package.json', 'tsconfig.json', 'prisma.config.ts'];

/**
 * The walk-through of docs/adding-a-column.md, done as it says in a copy of the project: the
 * Prisma field, the migration and the description line taken from the page itself, then the
 * client generated, the copy type-checked, and the gateway started from it. GraphQL, REST and
 * OpenAPI must all have the new column, written and read.
 */
describe.skipIf(Boolean(process.env.DATABASE_URL))('adding a column, as docs/adding-a-column.md says', () => {
  let copy: string;
  let gateway: Started;
  let token: string;

  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'gateway-column-'));
    for (const entry of COPIED) {
      await cp(join(PROJECT_ROOT, entry), join(copy, entry), {
        recursive: true,
        filter: (source) => !source.includes(`${join('src', 'generated')}`),
      });
    }
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

    const blocks = await docBlocks();
    const field = blockOf(blocks, 'prisma');
    await insertAfter(
      join(copy, 'prisma', 'schema.prisma'),
      new RegExp(`^model ${field.attributes.model} \\{`),
      field.text,
    );
    const migration = blockOf(blocks, 'sql');
    const folder = join(copy, 'prisma', 'migrations', migration.attributes.migration);
    await mkdir(folder);
    await writeFile(join(folder, 'migration.sql'), migration.text);
    const line = blockOf(blocks, 'ts');
    await insertAfter(
      join(copy, 'src', 'modules', line.attributes.description, 'description.ts'),
      new RegExp(`field: '${line.attributes.after}'`),
      line.text,
    );

    await run(process.execPath, ['scripts/prisma.mjs', 'generate'], { cwd: copy });
    await run(process.execPath, [join(copy, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.'], {
      cwd: copy,
    });
    gateway = await launchGateway(childEnv({ DATABASE_URL: 'memory://', PORT: '0' }), [], copy).started;
    token = /Dev token: {3}Bearer (\S+)/.exec(gateway.output())?.[1] as string;
  }, 300_000);

  afterAll(async () => {
    await gateway?.stop();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  const headers = () => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
  const graphql = async <Data>(query: string, variables: Record<string, unknown> = {}) =>
    (await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json())) as { data: Data; errors?: unknown[] };
  const rest = async (path: string, body?: unknown) => {
    const response = await fetch(`${gateway.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: headers(),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { variant: Record<string, unknown>; type?: string },
    };
  };

  it('is a GraphQL field, input and filter, written and read back', async () => {
    type Named = { name: string };
    const { data: types } = await graphql<{
      object: { fields: unknown[] };
      create: { inputFields: Named[] };
      update: { inputFields: Named[] };
      filter: { inputFields: Named[] };
    }>(`{
      object: __type(name: "ProductVariant") { fields { name type { name } description } }
      create: __type(name: "CreateProductVariantInput") { inputFields { name } }
      update: __type(name: "UpdateProductVariantInput") { inputFields { name } }
      filter: __type(name: "ProductVariantFilter") { inputFields { name } }
    }`);
    expect(types.object.fields).toContainEqual({
      name: 'modelNumber',
      type: { name: 'String' },
      description: 'The model number.',
    });
    for (const input of [types.create, types.update, types.filter]) {
      expect(input.inputFields.map((field) => field.name)).toContain('modelNumber');
    }

    const { data: catalog } = await graphql<{ products: { nodes: { id: string }[] } }>(
      '{ products(limit: 1) { nodes { id } } }',
    );
    const productId = catalog.products.nodes[0].id;
    const created = await graphql<{ createProductVariant: { variant: { id: string; modelNumber: string } } }>(
      `mutation ($input: CreateProductVariantInput!) {
        createProductVariant(input: $input) { ... on ProductVariantPayload { variant { id modelNumber } } }
      }`,
      { input: { productId, title: 'With a model number', modelNumber: 'MN-1', manageInventory: false } },
    );
    expect(created.errors).toBeUndefined();
    const variant = created.data.createProductVariant.variant;
    expect(variant.modelNumber).toBe('MN-1');

    const read = await graphql(
      `query ($id: ID!) { productVariant(id: $id) { modelNumber }
        productVariants(filter: { modelNumber: ["MN-1"] }) { nodes { id } } }`,
      { id: variant.id },
    );
    expect(read.data).toEqual({
      productVariant: { modelNumber: 'MN-1' },
      productVariants: { nodes: [{ id: variant.id }] },
    });
  });

  it('is a key of the REST shim, by default and by name, in bodies checked by its type', async () => {
    const { data } = await graphql<{ productVariants: { nodes: { id: string; productId: string }[] } }>(
      '{ productVariants(limit: 1) { nodes { id productId } } }',
    );
    const { id, productId } = data.productVariants.nodes[0];
    const path = `/admin/products/${productId}/variants/${id}`;

    const updated = await rest(path, { model_number: 'MN-2' });
    expect(updated.status).toBe(200);
    expect((await rest(path)).body.variant.model_number).toBe('MN-2');
    expect((await rest(`${path}?fields=model_number`)).body.variant).toEqual({ id, model_number: 'MN-2' });

    const refused = await rest(path, { model_number: 5 });
    expect(refused.status).toBe(400);
    expect(refused.body.type).toBe('invalid_data');
    expect((await rest(path)).body.variant.model_number).toBe('MN-2');
  });

  it('is a typed property of the OpenAPI document', async () => {
    const document = (await (await fetch(`${gateway.url}/openapi.json`)).json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const withColumn = Object.values(document.components.schemas).filter(
      (schema) => schema.properties && 'mid_code' in schema.properties && 'model_number' in schema.properties,
    );
    expect(withColumn.length).toBeGreaterThan(0);
    for (const schema of withColumn) expect(schema.properties?.model_number).toEqual({ type: ['string', 'null'] });
  });
});
