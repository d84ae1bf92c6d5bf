import net from 'node:net';

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const part = (s: string) => (s === '' ? [] : s.split(':'));
  const left = part(head);
  const right = tail === undefined ? [] : part(tail);
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map((g) => g.padStart(4, '0').toLowerCase());
}

/**
 * The rate-limit bucket of a client address. An IPv4 address is its own bucket
 * (an IPv4-mapped IPv6 address counts as the IPv4 address); an IPv6 address
 * counts by its /64 network, because one subscriber usually gets a whole /64 and
 * could otherwise step through 2^64 addresses to escape the limit.
 */
export function clientBucket(ip: string): string {
  const address = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (net.isIPv6(address)) return `${ipv6Groups(address).slice(0, 4).join(':')}::/64`;
  return address;
}
