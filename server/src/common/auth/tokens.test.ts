import { signAccessToken, verifyAccessToken } from './tokens';

const SECRET = 'tokens-test-secret-0123456789abcdefghijkl';
const claims = { sub: 'u1', mid: 'm1', org: 'o1', sid: 's1' };

describe('verifyAccessToken', () => {
  afterEach(() => jest.useRealTimers());

  test('a token verified once is still refused once it expires (also when remembered as verified)', () => {
    jest.useFakeTimers({ now: new Date('2026-12-03T10:00:00Z') });
    const token = signAccessToken(claims, SECRET, 60);
    expect(verifyAccessToken(token, SECRET)).toEqual(claims);
    expect(verifyAccessToken(token, SECRET)).toEqual(claims); // remembered
    jest.setSystemTime(new Date('2026-12-03T10:00:59Z'));
    expect(verifyAccessToken(token, SECRET)).toEqual(claims);
    jest.setSystemTime(new Date('2026-12-03T10:01:00Z')); // exp: refused from its second on, as jsonwebtoken does
    expect(verifyAccessToken(token, SECRET)).toBeNull();
    expect(verifyAccessToken(token, SECRET)).toBeNull();
  });

  test('a token verified with one secret is not accepted with another', () => {
    const token = signAccessToken(claims, SECRET, 60);
    expect(verifyAccessToken(token, SECRET)).toEqual(claims);
    expect(verifyAccessToken(token, `${SECRET}-rotated`)).toBeNull();
    expect(verifyAccessToken(token, SECRET)).toEqual(claims);
  });

  test('a tampered token is refused even after the original was verified', () => {
    const token = signAccessToken(claims, SECRET, 60);
    expect(verifyAccessToken(token, SECRET)).toEqual(claims);
    const [h, p, sig] = token.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, org: 'o2' })).toString('base64url')}.${sig}`;
    expect(verifyAccessToken(forged, SECRET)).toBeNull();
    // the claims handed out cannot be changed by a caller for the next request
    const c = verifyAccessToken(token, SECRET)!;
    expect(() => Object.assign(c, { org: 'o2' })).toThrow();
    expect(verifyAccessToken(token, SECRET)!.org).toBe('o1');
  });
});
