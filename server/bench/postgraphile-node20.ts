/**
 * PostGraphile 5.1.5 (grafast, @dataplan/pg) declares node >= 22 and calls Promise.withResolvers (Node 22;
 * the only Node 22 API in its code); the repository runs Node 20. Without it every table read fails with
 * "Cannot read properties of undefined (reading 'items')". Imported first by bench/postgraphile-server.ts.
 */
declare global {
  interface PromiseConstructor {
    withResolvers?<T>(): { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };
  }
}

if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export {};
