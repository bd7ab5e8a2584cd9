import { totp } from './helpers/totp';

// RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits
test.each([
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
])('the test TOTP helper matches RFC 6238 at T=%i', (t, expected) => {
  expect(totp(Buffer.from('12345678901234567890'), t, 8)).toBe(expected);
});
