import type { TillganglighetsRapportProps } from './TillganglighetsRapport.astro';

export const examples = {
  redogorelse: { sida: '/tillganglighetsredogorelse' },
  ogiltigSida: { sida: 'tillganglighetsredogorelse' },
} satisfies Record<string, TillganglighetsRapportProps>;
