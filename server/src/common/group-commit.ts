/**
 * Group commit: at most `maxInFlight` runs at once, and the items that arrive meanwhile wait
 * and go together in the next run (up to `maxBatch` of them, the first and those after it that
 * `together` accepts with it). Alone, an item goes at once. Each item gets its own result (the
 * run's results are in the batch's order); a run that fails fails its own items only. The rate
 * limiter's store charges (rate-limit.ts) and the API key lookups (api-keys/api-key.auth.ts) go
 * through one.
 */
export class GroupCommit<T, R> {
  private readonly queue: Array<{ item: T; resolve(result: R): void; reject(err: unknown): void }> = [];
  private running = 0;

  constructor(
    private readonly run: (batch: T[]) => Promise<R[]>,
    private readonly options: { maxInFlight: number; maxBatch: number; together?: (first: T, next: T) => boolean },
  ) {}

  add(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    const { maxInFlight, maxBatch, together } = this.options;
    while (this.running < maxInFlight && this.queue.length > 0) {
      const first = this.queue[0].item;
      let n = 1;
      while (n < this.queue.length && n < maxBatch && (!together || together(first, this.queue[n].item))) n++;
      const batch = this.queue.splice(0, n);
      this.running++;
      this.run(batch.map((b) => b.item))
        .then(
          (results) => batch.forEach((b, i) => b.resolve(results[i])),
          (err: unknown) => batch.forEach((b) => b.reject(err)),
        )
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
