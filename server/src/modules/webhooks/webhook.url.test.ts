import { isPublicAddress, parseEndpointUrl } from './webhook.url';

test('only public unicast addresses are allowed', () => {
  const refused = [
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '192.0.2.1',
    '198.18.0.1',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    'ff02::1',
    'not-an-ip',
  ];
  for (const a of refused) expect([a, isPublicAddress(a)]).toEqual([a, false]);
  for (const a of ['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
    expect([a, isPublicAddress(a)]).toEqual([a, true]);
});

test('URL syntax: https only in production, no credentials, a length limit', () => {
  const prod = { production: true, allowPrivate: false };
  const dev = { production: false, allowPrivate: false };
  expect(() => parseEndpointUrl('http://example.com/x', prod)).toThrow(/https/);
  expect(parseEndpointUrl('http://example.com/x', dev).href).toBe('http://example.com/x');
  expect(() => parseEndpointUrl('https://u:p@example.com/x', prod)).toThrow(/user name or password/);
  expect(() => parseEndpointUrl(`https://example.com/${'a'.repeat(2048)}`, prod)).toThrow(/longer/);
  expect(() => parseEndpointUrl('https://example.com/x#f', prod)).toThrow(/fragment/);
  expect(() => parseEndpointUrl('file:///etc/passwd', dev)).toThrow(/https/);
});
