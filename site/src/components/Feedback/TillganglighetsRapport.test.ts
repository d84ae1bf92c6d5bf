import { FeedbackSchema, formToPayload } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeUrls } from '../../lib/intake.ts';
import { submittedFields } from './form-data.ts';
import TillganglighetsRapport from './TillganglighetsRapport.astro';
import { examples } from './TillganglighetsRapport.examples.ts';

describe('TillganglighetsRapport', () => {
  let container: AstroContainer;
  let html: string;
  beforeAll(async () => {
    container = await AstroContainer.create();
    html = await container.renderToString(TillganglighetsRapport, { props: examples.redogorelse });
  });

  it('is a plain POST form to the CMS feedback route, typ tillganglighet, from the statement', () => {
    expect(html).toMatch(new RegExp(`<form[^>]*method="post"[^>]*action="${intakeUrls().aterkoppling}"`));
    expect(html).not.toContain('<script');
    expect(html).toContain('<input type="hidden" name="typ" value="tillganglighet">');
    expect(html).toContain('<input type="hidden" name="sida" value="/tillganglighetsredogorelse">');
    expect(html).toMatch(/<button class="feedback__button" type="submit">Skicka rapporten<\/button>/);
  });

  it('asks for a description the browser will not send empty or longer than the CMS takes', () => {
    expect(html).toContain('<label for="rapport-beskrivning">Beskriv problemet</label>');
    expect(html).toMatch(/<textarea id="rapport-beskrivning" name="kommentar"[^>]*required[^>]*maxlength="2000"/);
  });

  it('says what to write and that an answer needs contact details the visitor chooses to give', () => {
    expect(html).toMatch(/aria-describedby="rapport-tips rapport-svar"/);
    expect(html).toMatch(/<p id="rapport-tips"[^>]*>\s*Skriv vilken sida det gäller och vad som hände/);
    expect(html).toMatch(/<p id="rapport-svar"[^>]*>\s*Du behöver inte skriva vem du är\. Vill du ha svar\? Skriv då din e-postadress/);
  });

  it('sends what the CMS accepts; the CMS refuses an empty description too, and HTML', () => {
    const send = (kommentar: string) => FeedbackSchema.safeParse(formToPayload(submittedFields(html, { kommentar })));
    expect(send('Knappen Lyssna går inte att nå med tangentbordet på /vagval/jonsbo.').data).toEqual({
      typ: 'tillganglighet',
      sida: '/tillganglighetsredogorelse',
      kommentar: 'Knappen Lyssna går inte att nå med tangentbordet på /vagval/jonsbo.',
    });
    expect(send('   ').error?.issues.map((i) => i.path.join('.'))).toEqual(['kommentar']);
    expect(send('<script>alert(1)</script>').error?.issues.map((i) => i.path.join('.'))).toEqual(['kommentar']);
  });

  it('stays out of the search index, the read-aloud and print', () => {
    expect(html).toMatch(/<form class="feedback no-print"[^>]*data-pagefind-ignore="all"[^>]*data-lyssna-skip/);
  });

  it('stops the build when the page path is not one the CMS would take', async () => {
    await expect(container.renderToString(TillganglighetsRapport, { props: examples.ogiltigSida })).rejects.toThrow(
      /sidans adress "tillganglighetsredogorelse" går inte att skicka/,
    );
  });
});
