import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTAKE_RESULT_PAGES } from '@vg/shared-schema/intake/protocol';
import { describe, expect, it } from 'vitest';
import { felText } from './messages.ts';
import { felsidaFran, kvittoFran } from './result-pages.ts';

describe('the receipt page', () => {
  it('shows a receipt number from the address and nothing else', () => {
    expect(kvittoFran('?nr=VG-2026-000123')).toBe('VG-2026-000123');
    expect(kvittoFran('?nr=%3Cimg%20src%3Dx%3E')).toBeUndefined();
    expect(kvittoFran('')).toBeUndefined();
  });
});

describe('the error page', () => {
  it('explains the code and lists the wrong fields by their labels in the form, each once', () => {
    const sida = felsidaFran(
      '?status=400&kod=ogiltig&falt=uppgifter.namn&falt=avsandare.epost&falt=uppgifter.kommuner.0&falt=uppgifter.kommuner.1',
    );
    expect(sida).toEqual({ text: felText('ogiltig'), falt: ['Insatsens namn', 'Din e-postadress', 'Kommuner'] });
  });

  it('names the key for a wrong key', () => {
    expect(felsidaFran('?status=401&kod=fel-nyckel&falt=nyckel')).toEqual({ text: felText('fel-nyckel'), falt: ['Inlämningsnyckel'] });
  });

  it('says how long to wait after too many proposals', () => {
    expect(felsidaFran('?status=429&kod=for-manga&vanta=30').text).toContain('Vänta 30 sekunder');
  });

  it('leaves out paths that are no field, and copes with an empty address', () => {
    expect(felsidaFran('?kod=ogiltig&falt=idempotensnyckel&falt=__proto__').falt).toEqual([]);
    expect(felsidaFran('')).toEqual({ text: felText(null), falt: [] });
  });
});

describe('the pages the CMS sends a plain form POST on to', () => {
  it('exist on the site at the paths the protocol names', () => {
    const pagesDir = fileURLToPath(new URL('../pages', import.meta.url));
    const paths = Object.values(INTAKE_RESULT_PAGES).flatMap((outcomes) => Object.values(outcomes));
    expect(paths).toHaveLength(6);
    for (const page of paths) expect(fs.existsSync(path.join(pagesDir, `${page}.astro`)), page).toBe(true);
  });
});
