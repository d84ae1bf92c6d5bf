import { describe, expect, it } from 'vitest';
import { clientBucket } from '../src/intake/client-address.ts';

describe('the rate-limit bucket of a client address', () => {
  it('keeps an IPv4 address as it is, also when it arrives IPv4-mapped', () => {
    expect(clientBucket('203.0.113.7')).toBe('203.0.113.7');
    expect(clientBucket('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every address of one IPv6 /64 together, however it is written', () => {
    const bucket = clientBucket('2001:db8:1:2::1');
    expect(clientBucket('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe(bucket);
    expect(clientBucket('[2001:DB8:1:2:abcd::9]')).toBe(bucket);
    expect(clientBucket('2001:db8:1:3::1')).not.toBe(bucket);
    expect(clientBucket('::1')).toBe('0000:0000:0000:0000::/64');
  });
});
