/**
 * A push-driven AsyncIterator for a subscription: `push` queues a value, `end` finishes it.
 * `return()` (the client completed the subscription, or the socket closed) unsubscribes at
 * once, also while a `next()` is pending, which an async generator could not do.
 */
export class LiveStream<T> implements AsyncIterableIterator<T> {
  private readonly values: T[] = [];
  private readonly waiting: Array<(r: IteratorResult<T>) => void> = [];
  private done = false;

  constructor(
    private readonly onEnd: () => void,
    private readonly maxQueued = 1000,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const w = this.waiting.shift();
    if (w) w({ value, done: false });
    else if (this.values.length < this.maxQueued) this.values.push(value);
    else this.end(); // a client that does not read: end its subscription rather than buffer without bound
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.onEnd();
    for (const w of this.waiting.splice(0)) w({ value: undefined, done: true });
  }

  next(): Promise<IteratorResult<T>> {
    if (this.values.length) return Promise.resolve({ value: this.values.shift()!, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.values.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * TypeGraphQL wants a PubSub as soon as a schema has subscriptions, even when each one has
 * its own `subscribe` (ours read the LISTEN/NOTIFY bus, live.bus.ts): topics are not used.
 */
export const NO_TOPICS_PUBSUB = {
  publish(): void {
    throw new Error('Live events go through LiveBus (PostgreSQL NOTIFY), not topics.');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Every subscription has its own subscribe function (live.resolver.ts).');
  },
};
