/**
 * The bench servers' side of the S1 section (bench/members.ts): they run as child processes
 * with an IPC channel and answer 'stats' with the SQL statements they ran and their CPU time.
 */
export function answerStats(sqlCount: () => number): void {
  if (!process.send) return;
  process.on('message', (m) => {
    if (m === 'stats') process.send!({ sql: sqlCount(), cpu: process.cpuUsage() });
  });
}
