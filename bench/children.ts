import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The node flags `npm start` runs the gateway with (package.json's start script), for the gateways the bench starts. */
export const START_FLAGS: string[] = (() => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = pkg.scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`npm start is not "node [flags] dist/main.js": ${pkg.scripts.start}`);
  return words.slice(1, -1);
})();

/** A server in a child process (gateway or floor), spoken to over IPC. */
export interface Child {
  name: string;
  pid: number;
  url: string;
  ready: Record<string, unknown>;
  /** Sends a message and resolves with the child's reply to it. */
  request<T = Record<string, unknown>>(message: Record<string, unknown>): Promise<T>;
  /** Asks the child to stop and waits for it to exit (killing it after a grace period). */
  stop(): Promise<void>;
}

let nextId = 1;

export function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  execArgv: string[] = [],
): Promise<Child> {
  // TypeScript through tsx; plain JavaScript (the compiled gateway) as production runs it.
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...execArgv, ...loader, script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const pending = new Map<number, (reply: Record<string, unknown>) => void>();
  return new Promise((resolve, reject) => {
    let started = false;
    child.once('error', reject);
    exited.then((code) => {
      if (!started) reject(new Error(`${name} exited (${code}) before it was ready`));
    });
    child.on('message', (raw) => {
      const message = raw as Record<string, unknown>;
      if (message.type === 'ready' && !started) {
        started = true;
        resolve(handle(name, child, message, pending, exited));
        return;
      }
      const settle = pending.get(message.id as number);
      if (settle) {
        pending.delete(message.id as number);
        settle(message);
      }
    });
  });
}

function handle(
  name: string,
  child: ChildProcess,
  ready: Record<string, unknown>,
  pending: Map<number, (reply: Record<string, unknown>) => void>,
  exited: Promise<number | null>,
): Child {
  return {
    name,
    pid: child.pid as number,
    url: ready.url as string,
    ready,
    request<T>(message: Record<string, unknown>) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, (reply) =>
          reply.error ? reject(new Error(`${name}: ${String(reply.error)}`)) : resolve(reply as T),
        );
        child.send({ ...message, id });
      });
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop', id: nextId++ });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** VmRSS and VmHWM (peak RSS) of a process, in MB, from /proc/<pid>/status. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/**
 * The peak RSS of a process over a stretch of time: the kernel's high-water mark reset at the start
 * (writing 5 to /proc/<pid>/clear_refs, Linux 4.0+) and read at the end, and, as a cross-check
 * and fallback, VmRSS sampled every 50 ms.
 */
export class PeakWatch {
  private sampled = 0;
  private readonly timer: NodeJS.Timeout;
  readonly resetWorked: boolean;
  /** The high-water mark before this watch reset it: the peak since the process started or the last watch. */
  readonly before: number;

  constructor(private readonly pid: number) {
    this.before = memoryOf(pid).peakMb;
    this.resetWorked = resetPeak(pid);
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
  }

  private sample() {
    try {
      this.sampled = Math.max(this.sampled, memoryOf(this.pid).rssMb);
    } catch {
      // the process is gone; keep what was seen
    }
  }

  /** Peak RSS in MB since the watch started. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    if (!this.resetWorked) return this.sampled;
    try {
      return Math.max(this.sampled, memoryOf(this.pid).peakMb);
    } catch {
      return this.sampled;
    }
  }
}

function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

const TICK_MS = 10; // USER_HZ is 100 on Linux: /proc times are in hundredths of a second

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL server process on this machine (postmaster and backends), by pid. */
export function postgresCpu(): Map<number, number> {
  const result = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      result.set(Number(entry), cpuMsOf(Number(entry)));
    } catch {
      // gone meanwhile
    }
  }
  return result;
}

/** Busy and total CPU time of the whole machine, in ms, from /proc/stat. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busyMs: busy * TICK_MS, totalMs: (busy + idle + iowait) * TICK_MS };
}

/**
 * Where the CPU went during a run: the server process, PostgreSQL's backends serving the benchmark's
 * databases, this process (the load generator), and everything else on the machine (other work that
 * competes for the cores, other databases of the same PostgreSQL server included).
 */
export class CpuWatch {
  private constructor(
    private readonly pid: number,
    private readonly backends: () => Promise<Set<number>>,
    private readonly started: Set<number>,
    private readonly server: number,
    private readonly postgres: Map<number, number>,
    private readonly self: NodeJS.CpuUsage,
    private readonly machine: { busyMs: number; totalMs: number },
  ) {}

  /** backends: the pids of the PostgreSQL backends to count (those connected to the benchmark's databases). */
  static async start(pid: number, backends: () => Promise<Set<number>>): Promise<CpuWatch> {
    const started = await backends();
    return new CpuWatch(pid, backends, started, cpuMsOf(pid), postgresCpu(), process.cpuUsage(), machineCpu());
  }

  async stop() {
    const serverMs = cpuMsOf(this.pid) - this.server;
    const now = postgresCpu();
    const self = process.cpuUsage(this.self);
    const machine = machineCpu();
    // A backend opened during the run counts from zero; one closed during it is lost (pools keep theirs open).
    const ours = new Set([...this.started, ...(await this.backends())]);
    let postgresMs = 0;
    for (const pid of ours) postgresMs += Math.max(0, (now.get(pid) ?? 0) - (this.postgres.get(pid) ?? 0));
    const loadGeneratorMs = (self.user + self.system) / 1000;
    const busyMs = machine.busyMs - this.machine.busyMs;
    const totalMs = machine.totalMs - this.machine.totalMs;
    return {
      serverMs,
      postgresMs,
      loadGeneratorMs,
      otherMs: Math.max(0, busyMs - serverMs - postgresMs - loadGeneratorMs),
      busyMs,
      totalMs,
    };
  }
}
