import { describe, expect, it } from 'vitest';
import { contactDetailIn } from './contact-details.ts';

describe('contactDetailIn', () => {
  it('finds a personnummer, a phone number or an e-mail address however it is written', () => {
    for (const text of ['Mitt personnummer är 850412-1234', 'jag är 198504121234', 'pnr 850412+1234'])
      expect(contactDetailIn(text), text).toBe('ett personnummer');
    for (const text of ['Ring mig på 070-123 45 67', '+46 70 123 45 67', '08-123 456 78'])
      expect(contactDetailIn(text), text).toBe('ett telefonnummer');
    // Ten digits in a row can be either; refused all the same.
    expect(contactDetailIn('tel 0701234567')).not.toBeNull();
    expect(contactDetailIn('svara till anna.svensson@example.se')).toBe('en e-postadress');
  });

  it('leaves ordinary questions alone: years, sums, periods and opening hours', () => {
    for (const text of [
      'Vad händer med sjukpenningen efter 180 dagar?',
      'Gäller det från 2026-01-01 till 2027-12-31?',
      'Får jag behålla 1 000 000 kr i sparade pengar?',
      'Är det öppet 08.00–16.30 och gäller det 2026–2027?',
      'Kan jag söka om jag är 25 år och har 3 barn?',
    ])
      expect(contactDetailIn(text), text).toBeNull();
  });
});
