import { describe, expect, it } from 'vitest';
import { blocksToTextUnits } from './blocks.ts';
import {
  distanceFromTarget,
  findJargon,
  findUnexplainedTerms,
  plainLanguageAdvice,
  readability,
  sentencesOf,
  TEXT_TARGETS,
  textUnitsOfBlocks,
} from './klarsprak.ts';

describe('LIX and sentence length', () => {
  it('counts words, sentences and long words the way LIX defines them', () => {
    // 10 words, 2 sentences, 2 words longer than six letters (arbetsträning, Linköping).
    const r = readability('Du får arbetsträning i Linköping. Det är gratis för dig.');
    expect(r).toMatchObject({ words: 10, sentences: 2, longWords: 2, meanSentenceWords: 5 });
    expect(r.lix).toBe(Math.round(10 / 2 + (100 * 2) / 10));
  });

  it('ends a sentence at a paragraph or list item, not at an abbreviation', () => {
    expect(sentencesOf(['Du kan få hjälp', 'Ring oss'])).toEqual(['Du kan få hjälp', 'Ring oss']);
    expect(sentencesOf('Ta med t.ex. id-kort. Kom i tid!')).toEqual(['Ta med t.ex. id-kort.', 'Kom i tid!']);
  });

  it('names the sentences that are longer than the target allows', () => {
    const long = `Om du ${'och din handläggare '.repeat(8)}kommer överens börjar du.`;
    const r = readability(`Kort mening. ${long}`, TEXT_TARGETS.lattlast);
    expect(r.longSentences).toEqual([long]);
    expect(r.longestSentenceWords).toBeGreaterThan(TEXT_TARGETS.lattlast.maxSentenceWords);
  });

  it('reads rich text paragraph by paragraph and item by item', () => {
    const units = blocksToTextUnits([
      { type: 'paragraph', children: [{ type: 'text', text: 'Så går det till' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Du ringer' }] },
          {
            type: 'list-item',
            children: [{ type: 'link', url: 'https://example.se', children: [{ type: 'text', text: 'Du kommer hit' }] }],
          },
        ],
      },
    ]);
    expect(units).toEqual(['Så går det till', 'Du ringer', 'Du kommer hit']);
    expect(readability(units).sentences).toBe(3);
  });

  it('reads the editor’s live value too, without the schema: nested lists, marks, images and empty paragraphs', () => {
    const units = textUnitsOfBlocks([
      { type: 'heading', children: [{ type: 'text', text: 'Rubrik ' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '' }] },
      { type: 'image', children: [{ type: 'text', text: 'ingen text' }] },
      {
        type: 'list',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'text', text: 'Ett ' },
              { type: 'text', text: 'fetstilt' },
            ],
          },
          { type: 'list', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Inuti' }] }] },
        ],
      },
    ]);
    expect(units).toEqual(['Rubrik', 'Ett fetstilt', 'Inuti']);
  });
});

describe('distance from the target', () => {
  it('is 0 for a text that meets it and grows with the excess', () => {
    const easy = readability('Du får hjälp. Det kostar inget. Ring oss i dag.');
    expect(distanceFromTarget(easy, TEXT_TARGETS.klarsprak)).toBe(0);
    const hard = readability(
      'Arbetsmarknadspolitiska insatser tillhandahålls företrädesvis genom samordningsförbundets finansiering, varvid deltagarens rehabiliteringsbehov kartläggs inledningsvis och kontinuerligt av respektive myndighets handläggare i samverkan med kommunens socialtjänst och regionens vårdcentraler.',
    );
    expect(distanceFromTarget(hard, TEXT_TARGETS.klarsprak)).toBeGreaterThan(0.5);
  });
});

describe('the jargon list', () => {
  const list = [
    { ord: 'erhålla', forslag: 'få' },
    { ord: 'i enlighet med', forslag: 'enligt' },
    { ord: 'åtgärd', forslag: 'stöd', kommentar: 'Säg vad som görs.' },
  ];

  it('finds a word in its inflections and a phrase as written, each once', () => {
    expect(findJargon('Du erhåller ersättning. Du erhöll den i enlighet  med beslutet.', list).map((h) => h.found)).toEqual([
      'erhåller',
      'i enlighet  med',
    ]);
  });

  it('does not find a word inside another word', () => {
    expect(findJargon('Motåtgärden var bra.', list)).toEqual([]);
  });

  it('gives Swedish advice for each measure over its target and each jargon word, and none for a plain text', () => {
    expect(plainLanguageAdvice('Du får hjälp. Det kostar inget.', 'klarsprak', list)).toEqual([]);
    const advice = plainLanguageAdvice(
      ['Om du vill erhålla stöd måste du först ha kontakt med en handläggare på Arbetsförmedlingen som bedömer ditt behov av en åtgärd.'],
      'lattlast',
      list,
    );
    expect(advice.map((a) => a.kind)).toEqual(['meningslangd', 'lang-mening', 'jargong', 'jargong']);
    expect(advice[2]?.message).toBe('"erhålla": skriv hellre få.');
    expect(advice[3]?.message).toBe('"åtgärd": skriv hellre stöd. Säg vad som görs.');
  });
});

describe('glossary terms used without explanation', () => {
  const glossary = [
    { term: 'Sjukpenning', definition: 'Pengar från Försäkringskassan när du är sjuk och inte kan arbeta. Du ansöker själv.' },
    { term: 'Samordnad individuell plan (SIP)', definition: 'En plan som kommunen och regionen gör tillsammans med dig.' },
    { term: 'Försäkringskassan', definition: 'Myndigheten som betalar ut sjukpenning.', alias: ['FK'] },
  ];

  it('finds a term that stands unexplained, once, in any inflection, with the form found', () => {
    expect(findUnexplainedTerms('Du kan få sjukpenningen under tiden. Sjukpenning betalas varje månad.', glossary)).toEqual([
      { term: 'Sjukpenning', found: 'sjukpenningen', definition: glossary[0]?.definition },
    ]);
  });

  it('finds an abbreviation only in capitals, and an alias', () => {
    expect(findUnexplainedTerms('Ni gör en SIP tillsammans.', glossary).map((t) => t.found)).toEqual(['SIP']);
    expect(findUnexplainedTerms('Vi sip på kaffet.', glossary)).toEqual([]);
    expect(findUnexplainedTerms('Prata med FK om saken.', glossary).map((t) => t.term)).toEqual(['Försäkringskassan']);
  });

  it('leaves a name alone (a capital inside a sentence), but not a common word that starts a sentence', () => {
    expect(findUnexplainedTerms('Du ansöker hos Försäkringskassan.', glossary)).toEqual([]);
    expect(findUnexplainedTerms('Vi ses. Sjukpenning söker du själv.', glossary).map((t) => t.found)).toEqual(['Sjukpenning']);
  });

  it('accepts a term explained where it first stands: a parenthesis, a dash, a colon, "som", "är", "betyder"', () => {
    for (const text of [
      'Du kan få sjukpenning (pengar när du är sjuk).',
      'Du kan få sjukpenning – pengar när du är sjuk.',
      'Sjukpenning: pengar när du är sjuk.',
      'Du kan få sjukpenning, som är pengar när du är sjuk.',
      'Sjukpenning är pengar när du är sjuk.',
      'Ordet sjukpenning betyder pengar när du är sjuk.',
      'Du får sjukpenning, alltså pengar när du är sjuk.',
    ])
      expect(findUnexplainedTerms(text, glossary), text).toEqual([]);
  });

  it('gives the editor the advice with the first sentence of the explanation', () => {
    const advice = plainLanguageAdvice('Du kan få sjukpenning.', 'klarsprak', [], glossary);
    expect(advice).toEqual([
      {
        kind: 'begrepp',
        message:
          '"sjukpenning" är ett begrepp i ordlistan. Förklara det med några ord där det först står, till exempel: Pengar från Försäkringskassan när du är sjuk och inte kan arbeta.',
      },
    ]);
  });
});
