import { LoginThrottle } from './login-throttle';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (e: any) {
    return e.extensions.code;
  }
};

describe('LoginThrottle', () => {
  test('five free failures, then each failure doubles the wait', () => {
    const c = clock();
    const th = new LoginThrottle(undefined, undefined, c.now);
    for (let i = 0; i < 5; i++) {
      expect(code(() => th.check('a@x', '1.1.1.1'))).toBeNull();
      th.fail('a@x', '1.1.1.1');
    }
    expect(code(() => th.check('a@x', '1.1.1.1'))).toBeNull();
    th.fail('a@x', '1.1.1.1'); // 6th: 1 s
    expect(code(() => th.check('a@x', '1.1.1.1'))).toBe('RATE_LIMITED');
    c.advance(1001);
    expect(code(() => th.check('a@x', '1.1.1.1'))).toBeNull();
    th.fail('a@x', '1.1.1.1'); // 7th: 2 s
    c.advance(1500);
    expect(code(() => th.check('a@x', '1.1.1.1'))).toBe('RATE_LIMITED');
  });

  test('the wait is capped: a flood never locks the owner out for good', () => {
    const c = clock();
    const th = new LoginThrottle(undefined, undefined, c.now);
    for (let i = 0; i < 200; i++) th.fail('owner@x', `10.0.${i % 250}.1`);
    expect(code(() => th.check('owner@x', '192.0.2.1'))).toBe('RATE_LIMITED');
    c.advance(15 * 60_000 + 1);
    expect(code(() => th.check('owner@x', '192.0.2.1'))).toBeNull();
  });

  test('many accounts from one address slow that address down, not others', () => {
    const c = clock();
    const th = new LoginThrottle(undefined, undefined, c.now);
    for (let i = 0; i < 25; i++) th.fail(`user${i}@x`, '203.0.113.9');
    expect(code(() => th.check('fresh@x', '203.0.113.9'))).toBe('RATE_LIMITED');
    expect(code(() => th.check('fresh@x', '198.51.100.1'))).toBeNull();
  });

  test('a success clears the account count', () => {
    const c = clock();
    const th = new LoginThrottle(undefined, undefined, c.now);
    for (let i = 0; i < 5; i++) th.fail('a@x', '1.1.1.1');
    th.succeed('a@x');
    th.fail('a@x', '1.1.1.1');
    expect(code(() => th.check('a@x', '2.2.2.2'))).toBeNull();
  });
});
