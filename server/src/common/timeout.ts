/**
 * `work`, or a rejection with `message` if it takes longer than `ms`. The timer is cleared
 * as soon as either settles, so a fast answer leaves nothing behind to keep the process alive.
 */
export async function withTimeout<T>(work: Promise<T>, ms: number, message = 'timeout'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
