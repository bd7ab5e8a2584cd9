import { GroupCommit } from './group-commit';

/** A run that waits until released, recording the batches it was given. */
function gatedRuns(fail?: (batch: number[]) => boolean) {
  const batches: number[][] = [];
  const gates: Array<() => void> = [];
  const group = new GroupCommit<number, string>(
    (batch) =>
      new Promise((resolve, reject) => {
        batches.push(batch);
        gates.push(() => (fail?.(batch) ? reject(new Error(`run of ${batch.join(',')} failed`)) : resolve(batch.map((n) => `r${n}`))));
      }),
    { maxInFlight: 2, maxBatch: 3, together: (first, next) => Math.sign(first) === Math.sign(next) },
  );
  return { group, batches, release: () => gates.shift()!() };
}

/** Every promise callback queued so far has run. */
const settle = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  test('the first items go at once; those that arrive while two runs are in flight go together, each with its own result', async () => {
    const { group, batches, release } = gatedRuns();
    const results = [1, 2, 3, 4, 5, 6, 7].map((n) => group.add(n));
    expect(batches).toEqual([[1], [2]]);
    release();
    await settle();
    // one slot freed: the next three (maxBatch) in one run
    expect(batches).toEqual([[1], [2], [3, 4, 5]]);
    release();
    release();
    await settle();
    expect(batches).toEqual([[1], [2], [3, 4, 5], [6, 7]]);
    release();
    expect(await Promise.all(results)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7']);
  });

  test('an item that `together` refuses starts the next run; a failed run fails its own items only', async () => {
    const { group, batches, release } = gatedRuns((batch) => batch.includes(-2));
    const results = [1, 2, -1, -2, 3].map((n) => group.add(n));
    release();
    await settle();
    // 2 is in flight; -1 and -2 (negative) go together, 3 waits for a run of its own
    expect(batches).toEqual([[1], [2], [-1, -2]]);
    release();
    release();
    const settled = await Promise.allSettled(results.slice(0, 4));
    await settle();
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect(batches).toEqual([[1], [2], [-1, -2], [3]]);
    release();
    expect(await results[4]).toBe('r3');
  });
});
