import type { Alternativ, Lan } from './SubmissionForm.astro';

const insatser: Alternativ[] = [
  { value: 'jonsbo', label: 'Jonsbo – grön rehabilitering' },
  { value: 'komvux-linkoping', label: 'Komvux Linköping' },
];
const malgrupper: Alternativ[] = [
  { value: 'langtidsarbetslosa', label: 'Långtidsarbetslösa' },
  { value: 'sjukskrivna-utan-anstallning', label: 'Sjukskrivna utan anställning' },
];
const lan: Lan[] = [
  {
    namn: 'Stockholms län',
    kommuner: [
      { kod: '0114', namn: 'Upplands Väsby' },
      { kod: '0180', namn: 'Stockholm' },
    ],
  },
  {
    namn: 'Östergötlands län',
    kommuner: [
      { kod: '0513', namn: 'Kinda' },
      { kod: '0580', namn: 'Linköping' },
    ],
  },
];

export const examples = {
  standard: { action: 'https://cms.example.se/api/intake/forslag', insatser, malgrupper, lan },
};
