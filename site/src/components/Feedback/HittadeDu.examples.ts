import type { HittadeDuProps } from './HittadeDu.astro';

export const examples = {
  insats: { sida: '/vagval/jonsbo' },
  startsida: { sida: '/' },
  /** A path the CMS would refuse: the build must stop rather than ship a form that always fails. */
  ogiltigSida: { sida: 'https://annan.example/sida' },
} satisfies Record<string, HittadeDuProps>;
