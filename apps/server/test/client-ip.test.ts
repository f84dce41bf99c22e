import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from '../src/client-ip.ts';
import { EnvError, readEnv } from '../src/env.ts';

describe('the client address behind trusted proxies', () => {
  const trusted = trustedProxies(['10.0.0.2', '172.16.0.0/12', 'fd00::/8']);

  it('is the TCP peer when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', trusted)).toBe('203.0.113.9');
    expect(clientAddress('203.0.113.9', undefined, trusted)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', '10.0.0.2', trusted)).toBe('203.0.113.9');
    expect(clientAddress(undefined, '198.51.100.1', trusted)).toBe('unknown');
    // Trusting nobody (the default) ignores the header altogether.
    expect(clientAddress('10.0.0.2', '198.51.100.1', trustedProxies([]))).toBe('10.0.0.2');
  });

  it('is the first address from the right that is not a trusted proxy, when a trusted proxy sent the request', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.1', trusted)).toBe('198.51.100.1');
    expect(clientAddress('::ffff:10.0.0.2', '198.51.100.1', trusted)).toBe('198.51.100.1');
    // Hops through other trusted proxies are skipped; what the client wrote further left is not believed.
    expect(clientAddress('10.0.0.2', 'spoofed, 192.0.2.7, 172.20.1.1', trusted)).toBe('192.0.2.7');
    expect(clientAddress('fd00::5', '1.1.1.1, 2001:db8::7', trusted)).toBe('2001:db8::7');
    // Addresses with ports, as some balancers write them.
    expect(clientAddress('10.0.0.2', '192.0.2.7:51234', trusted)).toBe('192.0.2.7');
    expect(clientAddress('10.0.0.2', '[2001:db8::7]:443', trusted)).toBe('2001:db8::7');
    // Every hop trusted: the leftmost; a hop that is not an address: the last trusted one.
    expect(clientAddress('10.0.0.2', '172.16.0.9', trusted)).toBe('172.16.0.9');
    expect(clientAddress('10.0.0.2', 'garbage', trusted)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', '', trusted)).toBe('10.0.0.2');
  });

  it('reads TRUSTED_PROXIES as addresses and ranges, and refuses anything else by name', () => {
    expect(readEnv({ TRUSTED_PROXIES: '10.0.0.2, 172.16.0.0/12 fd00::/8' }).TRUSTED_PROXIES).toEqual(['10.0.0.2', '172.16.0.0/12', 'fd00::/8']);
    expect(readEnv({}).TRUSTED_PROXIES).toEqual([]);
    for (const bad of ['lb', '10.0.0.0/33', '10.0.0.1/8/2', '300.1.1.1', 'fd00::/129']) {
      expect(() => readEnv({ TRUSTED_PROXIES: `10.0.0.2,${bad}` }), bad).toThrow(EnvError);
      expect(() => readEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(`"${bad}" is not an IP address or a CIDR range`);
    }
  });
});
