/**
 * The benchmark's own server process (bench/server.ts), as in production: its own Node, the
 * database in `dbUrl`. BENCH_SERVER_DIR runs another checkout's server/ (a "before" figure).
 */
import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Budgets no scenario reaches: the limiter runs (and costs what it costs) but refuses nothing. */
const UNREACHABLE_BUDGETS = {
  RATE_LIMIT_PER_API_KEY: '1000000000',
  RATE_LIMIT_PER_ORGANIZATION: '1000000000',
  RATE_LIMIT_PER_ANONYMOUS: '1000000000',
};

export function startServer(dbUrl: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const dir = process.env.BENCH_SERVER_DIR ? path.resolve(process.env.BENCH_SERVER_DIR) : path.join(__dirname, '..');
    // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops
    const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    const child = spawn(process.execPath, [...prof, '-r', '@swc-node/register', path.join(dir, 'bench/server.ts')], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: dbUrl, BCRYPT_COST: '4', ...UNREACHABLE_BUDGETS, ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'], // ipc: bench/stats.ts (the server's CPU time)
    });
    let out: string | null = '';
    child.stdout!.on('data', (chunk) => {
      if (out === null) return; // its request log: read and dropped
      out += chunk;
      const m = /READY (\S+)/.exec(out);
      if (m) {
        out = null;
        resolve({ child, url: m[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`benchmark server exited (${code})`)));
  });
}
