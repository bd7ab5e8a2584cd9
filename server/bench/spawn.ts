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
    // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
    // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops
    const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`] : [];
    const nodeArgs = [...prof, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
    const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', path.join(dir, 'bench/server.ts')], {
      cwd: dir,
      // NODE_ENV=production as deployed: JSON log lines (not the development pretty-printer, which cost several ms per
      // request), graphql-js without its development checks; bench/server.ts still reads a development config
      env: {
        ...process.env,
        NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
        DATABASE_URL: dbUrl,
        BCRYPT_COST: '4',
        ...UNREACHABLE_BUDGETS,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'], // ipc: bench/stats.ts (the server's CPU time and SQL count)
    });
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk;
      const m = /READY (\S+)/.exec(out);
      if (!m) return;
      // then only drained: the request log must not cost this process (the load generator) anything
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve({ child, url: m[1] });
    };
    child.stdout!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`benchmark server exited (${code})`)));
  });
}
