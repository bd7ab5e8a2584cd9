import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import { hasControlCharacters } from '../../common/validate';

const MAX_URL_LENGTH = 2048;

/** What the URL rules depend on (config.production, config.webhooks.allowPrivate). */
export interface UrlPolicy {
  production: boolean;
  allowPrivate: boolean;
}

export class UnsafeUrlError extends Error {}

/**
 * Only public unicast addresses: refuses loopback, private (RFC 1918, unique-local),
 * link-local (cloud metadata 169.254.169.254), carrier-grade NAT, multicast, reserved,
 * documentation, and IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  const ip = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
  return ip.range() === 'unicast';
}

/** The URL's syntax: scheme, no credentials, a host, a length. Throws UnsafeUrlError saying why. */
export function parseEndpointUrl(raw: string, policy: UrlPolicy): URL {
  if (typeof raw !== 'string' || raw.length === 0) throw new UnsafeUrlError('Give the URL of the endpoint.');
  if (raw.length > MAX_URL_LENGTH) throw new UnsafeUrlError(`The URL is longer than ${MAX_URL_LENGTH} characters.`);
  if (/\s/.test(raw) || hasControlCharacters(raw)) throw new UnsafeUrlError('The URL contains spaces or control characters.');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UnsafeUrlError('This is not a valid URL (e.g. https://example.com/webhooks).');
  }
  const httpsOnly = policy.production && !policy.allowPrivate;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !httpsOnly)) {
    throw new UnsafeUrlError(httpsOnly ? 'The URL must start with https://.' : 'The URL must start with https:// or http://.');
  }
  if (url.username || url.password) throw new UnsafeUrlError('The URL must not contain a user name or password.');
  if (!url.hostname) throw new UnsafeUrlError('The URL has no host.');
  if (url.hash) throw new UnsafeUrlError('The URL must not contain a #fragment.');
  return url;
}

/** The host as net.connect sees it: an IP literal without IPv6 brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves every address of the host and refuses the URL if any is not public. */
export async function checkResolvedUrl(url: URL, policy: UrlPolicy): Promise<void> {
  if (policy.allowPrivate) return;
  const host = bareHost(url);
  if (net.isIP(host)) {
    if (!isPublicAddress(host)) throw new UnsafeUrlError('The URL points to a private, loopback or link-local address.');
    return;
  }
  let addresses: dns.LookupAddress[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw new UnsafeUrlError(`The host ${host} could not be resolved.`);
  }
  if (!addresses.length || addresses.some((a) => !isPublicAddress(a.address))) {
    throw new UnsafeUrlError(`The host ${host} resolves to a private, loopback or link-local address.`);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request that resolves the host itself, refuses it unless every
 * address is public, and hands the checked addresses to the socket: the connection goes to
 * an address that was checked (no second resolution a DNS-rebinding server could answer
 * differently). TLS still uses the URL's host name for SNI and the certificate.
 */
export function guardedLookup(policy: UrlPolicy) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { all: true, verbatim: true, family: options.family }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (!policy.allowPrivate && (bad || !addresses.length)) {
        const refused: NodeJS.ErrnoException = new UnsafeUrlError(`${hostname} resolves to a private, loopback or link-local address.`);
        refused.code = 'EWEBHOOKADDRESS';
        return callback(refused, []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** The send-time check of an IP-literal host (net.connect does not call `lookup` for those). */
export function checkLiteralHost(url: URL, policy: UrlPolicy): void {
  const host = bareHost(url);
  if (!policy.allowPrivate && net.isIP(host) && !isPublicAddress(host)) {
    throw new UnsafeUrlError('The URL points to a private, loopback or link-local address.');
  }
}
