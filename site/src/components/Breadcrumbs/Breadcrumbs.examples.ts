import type { Crumb } from './Breadcrumbs.astro';

/** Examples shared by the unit test and, later, browser and axe checks. */
export const examples = {
  insats: {
    items: [
      { label: 'Startsida', href: '/' },
      { label: 'Vägval', href: '/vagval' },
      { label: 'Jonsbo – grön rehabilitering', href: '/vagval/jonsbo' },
    ],
  },
  homeOnly: { items: [{ label: 'Startsida', href: '/' }] },
} satisfies Record<string, { items: Crumb[] }>;
