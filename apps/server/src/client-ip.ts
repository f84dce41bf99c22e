import { BlockList, isIP } from 'node:net';

/** The addresses of reverse proxies whose `X-Forwarded-For` is believed (TRUSTED_PROXIES). */
export interface TrustedProxies {
  has(address: string): boolean;
}

export class TrustedProxiesError extends Error {}

/** An address as one family writes it: IPv4-mapped IPv6 (`::ffff:10.0.0.1`, as a dual-stack socket reports it) as IPv4. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? (mapped[1] as string) : address;
}

/** One X-Forwarded-For entry as an address, or null: bare, or with a port (`1.2.3.4:5678`, `[2001:db8::1]:443`). */
function forwardedAddress(entry: string): string | null {
  const text = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text);
  const address = bracketed?.[1] ?? withPort?.[1] ?? text;
  return isIP(address) ? plain(address) : null;
}

/** Parses TRUSTED_PROXIES entries: IPv4 or IPv6 addresses, or CIDR ranges (`10.0.0.0/8`, `fd00::/8`). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || (bits !== null && (!/^\d{1,3}$/.test(prefix ?? '') || bits > maxBits))) {
      throw new TrustedProxiesError(`"${entry}" is not an IP address or a CIDR range (like 10.0.0.2 or 172.16.0.0/12)`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    has(address) {
      const normal = plain(address);
      const family = isIP(normal);
      return family !== 0 && list.check(normal, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then X-Forwarded-For is read
 * right to left, each entry being the address the proxy to its right saw, skipping trusted proxies, and
 * the first address that is not one is the client. Entries further left were written by the client or by
 * proxies nobody vouches for, and are never read. An entry that is not an address stops the walk at the
 * last trusted hop.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: TrustedProxies): string {
  if (!peer) return 'unknown';
  let client = plain(peer);
  if (!trusted.has(client) || !forwardedFor) return client;
  const hops = forwardedFor.split(',').reverse();
  for (const hop of hops) {
    const address = forwardedAddress(hop);
    if (!address) return client;
    client = address;
    if (!trusted.has(address)) return address;
  }
  return client;
}
