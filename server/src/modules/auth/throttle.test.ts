import type { DataSource } from 'typeorm';
import { DEFAULT_THROTTLE, Throttle, waitMsAt } from './throttle';

test('the wait starts at the last free attempt and doubles, capped', () => {
  const cfg = { baseWaitMs: 1000, maxWaitMs: 15 * 60_000 };
  expect([1, 4, 5, 6, 7].map((n) => waitMsAt(n, 5, cfg))).toEqual([0, 0, 1000, 2000, 4000]);
  expect(waitMsAt(500, 5, cfg)).toBe(15 * 60_000);
});

test('bcrypt work runs at most `concurrency` at once and refuses at once (RATE_LIMITED) when the queue is full', async () => {
  const throttle = new Throttle({} as DataSource, { ...DEFAULT_THROTTLE, bcrypt: { concurrency: 2, queue: 3 } });
  let running = 0;
  let peak = 0;
  const release: Array<() => void> = [];
  const work = () =>
    throttle.bcrypt(async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise<void>((r) => release.push(r));
      running--;
      return true;
    });
  const accepted = Array.from({ length: 5 }, work);
  const started = Date.now();
  await expect(work()).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
  expect(Date.now() - started).toBeLessThan(50);
  let done = false;
  const all = Promise.all(accepted).then((v) => {
    done = true;
    return v;
  });
  while (!done) {
    await new Promise((r) => setTimeout(r, 5));
    release.splice(0).forEach((r) => r());
  }
  expect(await all).toEqual([true, true, true, true, true]);
  expect(peak).toBe(2);
});
