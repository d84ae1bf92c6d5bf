import { describe, expect, it } from 'vitest';
import {
  FeedbackSchema,
  fieldErrors,
  IdempotencyKeySchema,
  KOMMENTAR_MAX,
  SubmissionSchema,
  withoutControlCharacters,
} from './submission.ts';

const valid = {
  nyckel: 'vg_abcdefghijklmnopqrstuvwxyz012345',
  typ: 'ny-insats',
  uppgifter: {
    namn: 'Trädgårdsgruppen',
    sammanfattning: 'Du arbetar i en trädgård.',
    beskrivning: 'Vi odlar.',
    stodform: 'arbetstraning',
    kommuner: ['0580'],
  },
  avsandare: { roll: 'Samordnare', epost: 'samordnare@example.se' },
};

const errorsOf = (input: unknown) => {
  const r = SubmissionSchema.safeParse(input);
  return r.success ? [] : fieldErrors(r.error);
};

describe('SubmissionSchema', () => {
  it('accepts a complete new insats and trims text', () => {
    const r = SubmissionSchema.safeParse({ ...valid, uppgifter: { ...valid.uppgifter, namn: '  Trädgårdsgruppen ' } });
    expect(r.success).toBe(true);
    expect(r.data?.uppgifter.namn).toBe('Trädgårdsgruppen');
  });

  it('names every missing field in Swedish', () => {
    const paths = errorsOf({}).map((e) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['nyckel', 'typ', 'uppgifter', 'avsandare']));
    expect(errorsOf({ ...valid, uppgifter: {} }).map((e) => e.message)).toContain('Namn saknas. Skriv insatsens namn.');
  });

  it('needs the insats for a change, and a way to reach the sender', () => {
    expect(errorsOf({ ...valid, typ: 'andring' }).map((e) => e.path.join('.'))).toEqual(['insats']);
    expect(errorsOf({ ...valid, avsandare: { roll: 'Samordnare' } }).map((e) => e.path.join('.'))).toEqual(['avsandare.epost']);
  });

  it('refuses HTML tags but not a plain "<"', () => {
    expect(errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, namn: '<script>alert(1)</script>' } })[0]?.message).toMatch(/HTML-kod/);
    expect(errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, namn: '<img src=x onerror=alert(1)>' } })).toHaveLength(1);
    expect(errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, sammanfattning: 'Passar dig som klarar < 10 timmar.' } })).toEqual([]);
  });

  it('limits lengths, counting characters rather than bytes', () => {
    expect(errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, namn: 'å'.repeat(120) } })).toEqual([]);
    expect(errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, namn: 'å'.repeat(121) } })[0]?.message).toMatch(/högst 120 tecken/);
  });

  it('refuses wrong types field by field', () => {
    const paths = errorsOf({ ...valid, uppgifter: { ...valid.uppgifter, namn: 5, timmarMin: '4', kommuner: '0580' } }).map((e) =>
      e.path.join('.'),
    );
    expect(paths.sort()).toEqual(['uppgifter.kommuner', 'uppgifter.namn', 'uppgifter.timmarMin']);
  });
});

describe('FeedbackSchema and idempotency keys', () => {
  it('wants an answer to "Hittade du?" and a description of an accessibility problem', () => {
    expect(FeedbackSchema.safeParse({ typ: 'hittade-du', sida: '/vagval/jonsbo', svar: 'ja' }).success).toBe(true);
    expect(FeedbackSchema.safeParse({ typ: 'hittade-du', sida: '/vagval/jonsbo' }).success).toBe(false);
    expect(FeedbackSchema.safeParse({ typ: 'tillganglighet', sida: '/' }).success).toBe(false);
    expect(FeedbackSchema.safeParse({ typ: 'hittade-du', sida: 'https://evil.example/', svar: 'ja' }).success).toBe(false);
    // A protocol-relative address is another site, not a page here.
    expect(FeedbackSchema.safeParse({ typ: 'hittade-du', sida: '//evil.example/x', svar: 'ja' }).success).toBe(false);
  });

  it('removes control characters from the comment before it is stored, keeping tab and newline, and makes CR LF a newline', () => {
    const kommentar = 'Rad ett\r\nRad två\rRad tre\n\tindrag\u0000\u0007\u001b[31m röd\u007f\u0085\u009b slut\u0008';
    const parsed = FeedbackSchema.parse({ typ: 'hittade-du', sida: '/', svar: 'nej', kommentar });
    expect(parsed.kommentar).toBe('Rad ett\nRad två\nRad tre\n\tindrag[31m röd slut');
    // Letters outside ASCII, emoji and the Swedish quotation marks are text, not control characters.
    const text = 'Åsa’s ”Hittade” 👍 — é ü ß';
    expect(FeedbackSchema.parse({ typ: 'hittade-du', sida: '/', svar: 'ja', kommentar: text }).kommentar).toBe(text);
  });

  it('counts the cleaned comment: only control characters is no description, and the limit applies after cleaning', () => {
    const onlyControl = FeedbackSchema.safeParse({ typ: 'tillganglighet', sida: '/', kommentar: '\u0000\u0001\r\n' });
    expect(onlyControl.success).toBe(false);
    expect(onlyControl.error?.issues[0]?.message).toContain('Beskriv problemet');
    const padded = `${'a'.repeat(KOMMENTAR_MAX)}${'\u0000'.repeat(50)}`;
    expect(FeedbackSchema.parse({ typ: 'tillganglighet', sida: '/', kommentar: padded }).kommentar).toHaveLength(KOMMENTAR_MAX);
    expect(withoutControlCharacters('a\r\n\r\nb')).toBe('a\n\nb');
  });

  it('takes a question for the FAQ without an answer or personal details, and says what to remove', () => {
    expect(
      FeedbackSchema.safeParse({ typ: 'fraga', sida: '/vanliga-fragor', kommentar: 'Kan jag plugga med aktivitetsersättning?' }).success,
    ).toBe(true);
    const empty = FeedbackSchema.safeParse({ typ: 'fraga', sida: '/vanliga-fragor', kommentar: '  ' });
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['Skriv din fråga.']);
    const phone = FeedbackSchema.safeParse({ typ: 'fraga', sida: '/vanliga-fragor', kommentar: 'Ring mig på 070-123 45 67' });
    expect(phone.error?.issues[0]).toMatchObject({
      path: ['kommentar'],
      message: expect.stringContaining('ett telefonnummer. Ta bort det'),
    });
    expect(FeedbackSchema.safeParse({ typ: 'fraga', sida: '/vanliga-fragor', svar: 'ja', kommentar: 'Hur?' }).success).toBe(false);
  });

  it('accepts UUIDs as idempotency keys and nothing odd', () => {
    expect(IdempotencyKeySchema.safeParse('3f0e6c2a-6a1b-4c0e-9f1a-2b3c4d5e6f70').success).toBe(true);
    expect(IdempotencyKeySchema.safeParse('kort').success).toBe(false);
    expect(IdempotencyKeySchema.safeParse('mellan slag och mer').success).toBe(false);
  });
});
