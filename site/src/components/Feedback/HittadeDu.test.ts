import { FeedbackSchema, formToPayload } from '@vg/shared-schema';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { intakeUrls } from '../../lib/intake.ts';
import { submittedFields } from './form-data.ts';
import HittadeDu from './HittadeDu.astro';
import { examples } from './HittadeDu.examples.ts';

describe('HittadeDu', () => {
  let container: AstroContainer;
  let html: string;
  beforeAll(async () => {
    container = await AstroContainer.create();
    html = await container.renderToString(HittadeDu, { props: examples.insats });
  });

  it('is a plain POST form to the CMS feedback route: no script, works without JavaScript', () => {
    expect(html).toMatch(new RegExp(`<form[^>]*method="post"[^>]*action="${intakeUrls().aterkoppling}"`));
    expect(html).not.toContain('<script');
    expect(html).toContain('<input type="hidden" name="typ" value="hittade-du">');
    expect(html).toContain('<input type="hidden" name="sida" value="/vagval/jonsbo">');
  });

  it('asks the question as the legend of a fieldset, with Ja and Nej as two submit buttons', () => {
    expect(html).toMatch(/<fieldset>\s*<legend id="hittade-du-fraga">Hittade du det du sökte\?<\/legend>/);
    expect(html).toMatch(/<form[^>]*aria-labelledby="hittade-du-fraga"/);
    expect(html).toMatch(/<button class="feedback__button" type="submit" name="svar" value="ja">Ja<\/button>/);
    expect(html).toMatch(/<button class="feedback__button" type="submit" name="svar" value="nej">Nej<\/button>/);
  });

  it('offers an optional, labelled comment before the buttons, with a warning against personal data', () => {
    expect(html).toMatch(/<details>\s*<summary>Vill du berätta mer\?<\/summary>/);
    expect(html).toContain('<label for="hittade-du-kommentar">Din kommentar (frivilligt)</label>');
    expect(html).toMatch(
      /<textarea id="hittade-du-kommentar" name="kommentar"[^>]*maxlength="2000"[^>]*aria-describedby="hittade-du-tips"/,
    );
    expect(html).not.toMatch(/<textarea[^>]*required/);
    expect(html).toMatch(/<p id="hittade-du-tips"[^>]*>\s*Skriv inte namn eller personnummer — vi svarar inte på kommentarer här\./);
    expect(html.indexOf('<textarea')).toBeLessThan(html.indexOf('<button'));
  });

  it('stays out of the search index, the read-aloud and print', () => {
    expect(html).toMatch(/<form class="feedback no-print"[^>]*data-pagefind-ignore="all"[^>]*data-lyssna-skip/);
  });

  it('sends what the CMS accepts: pressing Nej with a comment', () => {
    const fields = submittedFields(html, { kommentar: 'Jag hittade inte adressen.' }, { name: 'svar', value: 'nej' });
    const parsed = FeedbackSchema.safeParse(formToPayload(fields));
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data).toEqual({ typ: 'hittade-du', sida: '/vagval/jonsbo', svar: 'nej', kommentar: 'Jag hittade inte adressen.' });
  });

  it('sends what the CMS accepts: pressing Ja without a comment, on the home page', async () => {
    const start = await container.renderToString(HittadeDu, { props: examples.startsida });
    const parsed = FeedbackSchema.safeParse(formToPayload(submittedFields(start, {}, { name: 'svar', value: 'ja' })));
    expect(parsed.data).toEqual({ typ: 'hittade-du', sida: '/', svar: 'ja' });
  });

  it('limits the comment to what the CMS takes: 2,000 characters pass, 2,001 do not', () => {
    const send = (kommentar: string) =>
      FeedbackSchema.safeParse(formToPayload(submittedFields(html, { kommentar }, { name: 'svar', value: 'ja' }))).success;
    expect(send('å'.repeat(2000))).toBe(true);
    expect(send('å'.repeat(2001))).toBe(false);
  });

  it('stops the build when the page path is not one the CMS would take', async () => {
    await expect(container.renderToString(HittadeDu, { props: examples.ogiltigSida })).rejects.toThrow(
      /sidans adress "https:\/\/annan\.example\/sida" går inte att skicka/,
    );
  });
});
