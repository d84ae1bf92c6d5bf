import { describe, expect, it } from 'vitest';
import { FirstAdminNameSchema, FirstAdminSchema, parseAccount } from './admin-account.ts';

const valid = { email: 'Anna.Andersson@Example.se', firstname: ' Anna ', lastname: 'Andersson', password: 'Sommar-2026' };

describe('FirstAdminSchema', () => {
  it('takes a valid account, with the e-mail in lower case and the names trimmed', () => {
    expect(parseAccount(FirstAdminSchema, valid)).toEqual({
      email: 'anna.andersson@example.se',
      firstname: 'Anna',
      lastname: 'Andersson',
      password: 'Sommar-2026',
    });
    expect(parseAccount(FirstAdminSchema, { ...valid, lastname: undefined }).lastname).toBeUndefined();
  });

  it('refuses passwords Strapi would refuse, saying what is missing and never echoing the password', () => {
    const cases: [string, RegExp][] = [
      ['Kort1a', /minst 8 tecken/],
      ['sommar-2026', /stor bokstav/],
      ['SOMMAR-2026', /liten bokstav/],
      ['Sommar-sol', /siffra/],
      [`Aa1${'ö'.repeat(35)}`, /högst 72 byte/],
    ];
    for (const [password, message] of cases) {
      expect(() => parseAccount(FirstAdminSchema, { ...valid, password })).toThrow(message);
      expect(() => parseAccount(FirstAdminSchema, { ...valid, password })).not.toThrow(password);
    }
  });

  it('names each missing or malformed flag and its fix', () => {
    expect(() => parseAccount(FirstAdminNameSchema, { firstname: 'Anna' })).toThrow(/--email/);
    expect(() => parseAccount(FirstAdminNameSchema, { email: 'anna@', firstname: 'Anna' })).toThrow(/--email anna\.andersson@example\.se/);
    expect(() => parseAccount(FirstAdminNameSchema, { email: 'anna@example.se' })).toThrow(/--firstname/);
    expect(() => parseAccount(FirstAdminNameSchema, { email: 'anna@example.se', firstname: '  ' })).toThrow(/--firstname\) är tomt/);
    expect(() => parseAccount(FirstAdminSchema, { email: 'anna@example.se', firstname: 'Anna' })).toThrow(/VG_ADMIN_PASSWORD/);
  });
});
