/**
 * The attack beside the members page (bench/limits.ts, issue 11 S4), in a process of its own as
 * a real attacker would be (not sharing the measuring client's event loop): ATTACK_CLIENTS loops
 * sending the attack documents (each one unique) and FLOOD_CLIENTS loops of wrong-password logIns
 * for one account, until the parent sends 'stop'; then it answers with what the server said.
 */
import { besideDocuments, post, Sent, unique } from './limits';

async function main(): Promise<void> {
  const url = process.env.ATTACK_URL!;
  const victim = process.env.ATTACK_VICTIM!;
  const docs = besideDocuments();
  const outcomes = new Map<string, number>();
  const count = (r: Sent, kind: string) => {
    const k = `${kind} ${r.status}${r.code ? ` ${r.code}` : ''}`;
    outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  };
  let stop = false;
  let sent = 0;
  const loops = (n: number, call: () => Promise<void>) =>
    Array.from({ length: n }, async () => {
      while (!stop) await call();
    });
  process.on('message', (m) => {
    if (m === 'stop') stop = true;
  });
  process.send!('started');
  await Promise.all([
    ...loops(Number(process.env.ATTACK_CLIENTS), async () => {
      const n = sent++;
      count(await post(url, unique(docs[n % docs.length], n)), 'document');
    }),
    ...loops(Number(process.env.FLOOD_CLIENTS), async () => {
      const n = sent++;
      count(
        await post(url, `mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }`, { i: { email: victim, password: `wrong-${n}` } }),
        'logIn',
      );
    }),
  ]);
  const cpu = process.cpuUsage();
  process.send!({ outcomes: [...outcomes], cpuMs: (cpu.user + cpu.system) / 1000 }, () => process.exit(0));
}

main().catch((err) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
