import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/processes.js';

/** One instruction of a Dockerfile, continuation lines joined. */
export interface Instruction {
  keyword: string;
  args: string;
}

/** A build stage: its FROM line's name (if any) and its instructions. */
export interface Stage {
  name: string | null;
  instructions: Instruction[];
}

/** The stages of docker/Dockerfile, enough of the syntax for the checks of the deploy tests. */
export async function readDockerfile(): Promise<Stage[]> {
  const text = await readFile(join(PROJECT_ROOT, 'docker', 'Dockerfile'), 'utf8');
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (keyword.toUpperCase() === 'FROM') {
      stages.push({ name: / AS (\S+)$/i.exec(args)?.[1] ?? null, instructions: [] });
    }
    stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
  }
  return stages;
}

/** A COPY instruction: where it copies from (null: the build context), its sources and destination. */
export function copies(stage: Stage): { from: string | null; sources: string[]; destination: string }[] {
  return stage.instructions
    .filter((instruction) => instruction.keyword === 'COPY')
    .map(({ args }) => {
      const words = args.split(/\s+/);
      const from = words.find((word) => word.startsWith('--from='))?.slice('--from='.length) ?? null;
      const paths = words.filter((word) => !word.startsWith('--'));
      return { from, sources: paths.slice(0, -1), destination: paths.at(-1) as string };
    });
}

/** The exec-form CMD of a stage, as one command line. */
export function command(stage: Stage): string | null {
  const cmd = stage.instructions.findLast((instruction) => instruction.keyword === 'CMD');
  return cmd ? (JSON.parse(cmd.args) as string[]).join(' ') : null;
}
