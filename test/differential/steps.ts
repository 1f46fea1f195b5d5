import { expect, it } from 'vitest';
import type { AdminCall, Answer } from '../support/medusa.js';
import type { Normaliser } from '../support/normalise.js';
import { DEVIATIONS } from './deviations.js';
import type { Context, Request } from './scenario.js';

/** One server as a scenario drives it: its client, the ids it has kept, how its answers are normalised. */
export interface Side {
  call: AdminCall;
  context: Context;
  normaliser: Normaliser;
}

export interface ScenarioStep {
  name: string;
  request(context: Context): Request;
  keep?(context: Context, body: never): void;
}

async function send({ call, context }: Side, step: ScenarioStep): Promise<Answer> {
  const { method, path, body } = step.request(context);
  const answer = await call(method, path, body);
  if (answer.status === 200 && step.keep) step.keep(context, answer.body as never);
  return answer;
}

/**
 * A test per step, sent to Medusa and then to the gateway: the answers must be equal once
 * normalised, except for the deliberate deviations of deviations.ts, whose both halves are checked.
 */
export function compareSteps(steps: readonly ScenarioStep[], sides: () => { medusa: Side; ours: Side }): void {
  for (const step of steps) {
    it(step.name, async () => {
      const { medusa, ours } = sides();
      const theirs = await send(medusa, step);
      const mine = await send(ours, step);
      const deviation = DEVIATIONS[step.name];
      if (deviation) {
        // Both halves of a deliberate deviation are checked, so a change on either side shows.
        expect({ medusa: theirs.status, gateway: mine.status }).toEqual({
          medusa: deviation.medusa,
          gateway: deviation.gateway,
        });
        if (deviation.gatewayType) expect(mine.body).toMatchObject({ type: deviation.gatewayType });
        if (!deviation.compare) return;
      }
      const compare = deviation?.compare ?? ((answer: unknown) => answer);
      expect(compare(ours.normaliser.normalise(mine))).toEqual(compare(medusa.normaliser.normalise(theirs)));
    });
  }
}
