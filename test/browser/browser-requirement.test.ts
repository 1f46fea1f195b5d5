import { describe, expect, it } from 'vitest';
import { childEnv, runNpm } from '../support/processes.js';

const BROWSER_TEST = 'test/browser/graphiql.test.ts';
const NO_CHROMIUM = { CHROMIUM_PATH: '/nonexistent/chromium' };

/** A vitest of its own, without the variables of the vitest running this file. */
function runVitest(overrides: Record<string, string>) {
  const env = childEnv(overrides);
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'TEST') delete env[name];
  if (!('REQUIRE_BROWSER' in overrides)) delete env.REQUIRE_BROWSER;
  return runNpm(['exec', '--', 'vitest', 'run', BROWSER_TEST], env);
}

/** The browser test, run by a real vitest as `npm test` runs it, on a machine without Chromium. */
describe('the GraphiQL browser test without Chromium', () => {
  it('is skipped with a line saying how to run it', async () => {
    const run = await runVitest(NO_CHROMIUM);
    expect(run.output).toContain('Skipping the GraphiQL browser test');
    expect(run.output).toContain('sudo apt-get install -y chromium');
    expect(run.output).toContain('CHROMIUM_PATH');
    expect(run.output).toMatch(/1 skipped/);
    expect(run.code).toBe(0);
  });

  it('fails when REQUIRE_BROWSER=1, as in CI', async () => {
    const run = await runVitest({ ...NO_CHROMIUM, REQUIRE_BROWSER: '1' });
    expect(run.output).toContain(
      'REQUIRE_BROWSER=1: Chromium is not installed: CHROMIUM_PATH=/nonexistent/chromium is not an executable file',
    );
    expect(run.output).toMatch(/1 failed/);
    expect(run.code).toBe(1);
  });
});
