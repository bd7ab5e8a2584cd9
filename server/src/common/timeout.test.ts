import { withTimeout } from './timeout';

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('a settled promise leaves no timer behind', async () => {
    await expect(withTimeout(Promise.resolve('up'), 2000)).resolves.toBe('up');
    expect(jest.getTimerCount()).toBe(0);
    await expect(withTimeout(Promise.reject(new Error('down')), 2000)).rejects.toThrow('down');
    expect(jest.getTimerCount()).toBe(0);
  });

  test('a promise that never settles is refused after the delay', async () => {
    const pending = withTimeout(new Promise(() => undefined), 2000, 'database timeout');
    jest.advanceTimersByTime(2000);
    await expect(pending).rejects.toThrow('database timeout');
    expect(jest.getTimerCount()).toBe(0);
  });
});
