import { FeedbackSchema, formToPayload } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeUrls } from '../../lib/intake.ts';
import { submittedFields } from './form-data.ts';
import StallEnFraga from './StallEnFraga.astro';
import { examples } from './StallEnFraga.examples.ts';

describe('StallEnFraga', () => {
  let container: AstroContainer;
  let html: string;
  beforeAll(async () => {
    container = await AstroContainer.create();
    html = await container.renderToString(StallEnFraga, { props: examples.vanligaFragor });
  });

  it('is a plain POST form to the CMS feedback route, typ fraga, from the FAQ, named by its heading', () => {
    expect(html).toMatch(
      new RegExp(`<form[^>]*method="post"[^>]*action="${intakeUrls().aterkoppling}"[^>]*aria-labelledby="stall-en-fraga"`),
    );
    expect(html).not.toContain('<script');
    expect(html).toContain('<input type="hidden" name="typ" value="fraga">');
    expect(html).toContain('<input type="hidden" name="sida" value="/vanliga-fragor">');
    // An h2: the form sits at page level after the topics (h2) and their questions (h3).
    expect(html).toMatch(/<h2 id="stall-en-fraga" class="feedback__title">Ställ en fråga<\/h2>/);
    expect(html).toMatch(/<button class="feedback__button" type="submit">Skicka frågan<\/button>/);
  });

  it('asks for a question the browser will not send empty or longer than the CMS takes', () => {
    expect(html).toContain('<label for="stall-en-fraga-text">Din fråga</label>');
    expect(html).toMatch(/<textarea id="stall-en-fraga-text" name="kommentar"[^>]*required[^>]*maxlength="2000"/);
  });

  it('says what happens to the question, the longest it may be, and that it is anonymous', () => {
    expect(html).toMatch(/aria-describedby="stall-en-fraga-tips stall-en-fraga-anonym"/);
    expect(html).toMatch(
      /<p id="stall-en-fraga-tips"[^>]*>\s*Redaktionen läser alla frågor\. Är det en vanlig fråga skriver vi ett svar här på sidan\. Vi svarar inte personligen\.\s+Du kan skriva högst 2\s000 tecken\./,
    );
    expect(html).toMatch(
      /<p id="stall-en-fraga-anonym"[^>]*>\s*Frågan är anonym\. Skriv inte ditt namn, personnummer, telefonnummer eller din e-postadress\./,
    );
  });

  it('sends what the CMS accepts; the CMS refuses an empty question, HTML and contact details', () => {
    const send = (kommentar: string) => FeedbackSchema.safeParse(formToPayload(submittedFields(html, { kommentar })));
    expect(send('Kan jag plugga och ha aktivitetsersättning samtidigt?').data).toEqual({
      typ: 'fraga',
      sida: '/vanliga-fragor',
      kommentar: 'Kan jag plugga och ha aktivitetsersättning samtidigt?',
    });
    for (const refused of [
      '   ',
      '<b>Hur?</b>',
      'Ring mig på 070-123 45 67',
      'Mitt personnummer är 19800101-1234',
      'Svara till anna@example.se',
    ])
      expect(
        send(refused).error?.issues.map((i) => i.path.join('.')),
        refused,
      ).toEqual(['kommentar']);
  });

  it('stays out of the search index, the read-aloud and print', () => {
    expect(html).toMatch(/<form class="feedback no-print"[^>]*data-pagefind-ignore="all"[^>]*data-lyssna-skip/);
  });

  it('stops the build when the page path is not one the CMS would take', async () => {
    await expect(container.renderToString(StallEnFraga, { props: examples.ogiltigSida })).rejects.toThrow(
      /Formuläret Ställ en fråga: sidans adress "vanliga-fragor" går inte att skicka/,
    );
  });
});
