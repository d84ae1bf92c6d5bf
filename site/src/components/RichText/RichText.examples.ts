import { compileTerms } from '../../lib/glossary.ts';

const terms = compileTerms([
  { slug: 'sip', term: 'SIP' },
  { slug: 'insats', term: 'Insats' },
]);

export const examples = {
  plain: { html: '<p>Du börjar med <strong>några timmar</strong> i veckan.</p>' },
  withGlossary: {
    html: '<p>Fråga om en SIP. En insats kan hjälpa. Fler insatser finns.</p><p><a href="/x">SIP</a></p>',
    glossary: { terms, used: new Set<string>() },
  },
  empty: { html: undefined },
};
