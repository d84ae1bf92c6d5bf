import { describe, expect, it } from 'vitest';
import { intakeUrls } from './intake.ts';

describe('intakeUrls: where the site’s forms post', () => {
  it('is each intake route of the CMS at VG_CMS_PUBLIC_URL', () => {
    expect(intakeUrls({ VG_CMS_PUBLIC_URL: 'https://cms.example.se' })).toEqual({
      forslag: 'https://cms.example.se/api/intake/forslag',
      aterkoppling: 'https://cms.example.se/api/intake/aterkoppling',
      ledigaPlatser: 'https://cms.example.se/api/intake/lediga-platser',
    });
  });
});
