import { describe, expect, it } from 'vitest';
import { felText } from './messages.ts';
import { tolkaSvar } from './response.ts';

const strapiError = (status: number, kod: string, errors: { path: string[]; message: string }[] = []) => ({
  data: null,
  error: { status, name: 'Error', message: 'Meddelande från CMS', details: { kod, errors } },
});

describe('tolkaSvar', () => {
  it('gives the receipt for 201 and for a replayed 200', () => {
    expect(tolkaSvar(201, { kvitto: 'VG-2026-000123' }, null)).toEqual({ typ: 'kvitto', kvitto: 'VG-2026-000123' });
    expect(tolkaSvar(200, { kvitto: 'VG-2026-000123' }, null)).toEqual({ typ: 'kvitto', kvitto: 'VG-2026-000123' });
  });

  it('treats a success without a proper receipt as not sent, to be tried again', () => {
    expect(tolkaSvar(201, { kvitto: '<b>hej</b>' }, null)).toMatchObject({ typ: 'inte-skickat', forsokIgen: true });
    expect(tolkaSvar(200, null, null)).toMatchObject({ typ: 'inte-skickat', forsokIgen: true });
  });

  it('passes the field errors of a 400 on with their paths and messages', () => {
    const answer = tolkaSvar(
      400,
      strapiError(400, 'ogiltig', [
        { path: ['uppgifter', 'namn'], message: 'Namn saknas. Skriv insatsens namn.' },
        { path: ['avsandare', 'epost'], message: 'Din e-postadress är inte giltig.' },
      ]),
      null,
    );
    expect(answer).toEqual({
      typ: 'falt',
      fel: [
        { path: ['uppgifter', 'namn'], text: 'Namn saknas. Skriv insatsens namn.' },
        { path: ['avsandare', 'epost'], text: 'Din e-postadress är inte giltig.' },
      ],
    });
  });

  it('puts a wrong or revoked key on the key field with the full explanation', () => {
    const wrong = strapiError(401, 'fel-nyckel', [{ path: ['nyckel'], message: 'Inlämningsnyckeln stämmer inte.' }]);
    expect(tolkaSvar(401, wrong, null)).toEqual({ typ: 'falt', fel: [{ path: ['nyckel'], text: felText('fel-nyckel') }] });
    expect(tolkaSvar(403, strapiError(403, 'aterkallad-nyckel'), null)).toEqual({
      typ: 'falt',
      fel: [{ path: ['nyckel'], text: felText('aterkallad-nyckel') }],
    });
  });

  it('says how long to wait after a 429, from Retry-After', () => {
    expect(tolkaSvar(429, strapiError(429, 'for-manga'), '37')).toEqual({ typ: 'vanta', text: felText('for-manga', 37) });
    expect(tolkaSvar(429, null, null)).toEqual({ typ: 'vanta', text: felText('for-manga') });
  });

  it('asks for a new Idempotency-Key when the old one was used for other content', () => {
    expect(tolkaSvar(422, strapiError(422, 'idempotens'), null)).toEqual({ typ: 'krock' });
  });

  it('calls server errors and unreadable answers "not sent", to be tried again', () => {
    for (const status of [500, 502, 503]) expect(tolkaSvar(status, null, null)).toMatchObject({ typ: 'inte-skickat', forsokIgen: true });
  });

  it('explains other refusals by their code, without a retry that could not help', () => {
    expect(tolkaSvar(413, strapiError(413, 'for-stor'), null)).toEqual({
      typ: 'inte-skickat',
      text: felText('for-stor'),
      forsokIgen: false,
    });
    expect(tolkaSvar(403, strapiError(403, 'fel-ursprung'), null)).toEqual({
      typ: 'inte-skickat',
      text: felText('fel-ursprung'),
      forsokIgen: false,
    });
    expect(tolkaSvar(400, strapiError(400, 'ogiltig'), null)).toMatchObject({ typ: 'inte-skickat', forsokIgen: false });
  });
});
