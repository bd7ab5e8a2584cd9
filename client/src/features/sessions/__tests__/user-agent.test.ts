import { describeUserAgent } from '../user-agent';

describe('describeUserAgent', () => {
  it.each([
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Chrome on Linux', false],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Edge on Windows',
      false,
    ],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0', 'Firefox on macOS', false],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      'Safari on macOS',
      false,
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari on iOS',
      true,
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome on Android',
      true,
    ],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      'Headless Chrome on Linux',
      false,
    ],
  ])('%s → %s', (ua, label, mobile) => {
    const device = describeUserAgent(ua);
    expect(device.label).toBe(label);
    expect(device.mobile).toBe(mobile);
    expect(device.program).toBe(false);
  });

  it('names programs that are not browsers', () => {
    expect(describeUserAgent('curl/8.5.0')).toMatchObject({ label: 'curl', program: true });
    expect(describeUserAgent('node')).toMatchObject({ label: 'Node.js', program: true });
  });

  it('says so when there is no user agent, and shortens one it cannot read', () => {
    expect(describeUserAgent(null).label).toBe('Unknown device');
    expect(describeUserAgent('   ').label).toBe('Unknown device');
    const odd = describeUserAgent('SomeInternalTool/1.0 (build 4242; running on a very long and specific machine name)');
    expect(odd.label.length).toBeLessThanOrEqual(48);
    expect(odd.label.endsWith('…')).toBe(true);
  });
});
