import type { FilterNavProps } from '../../lib/view-models.ts';

export const examples = {
  kommun: {
    current: '/vagval/kommun/linkoping',
    groups: [
      {
        label: 'Var bor du?',
        items: [
          { href: '/vagval/kommun/kinda', label: 'Kinda', count: 4 },
          { href: '/vagval/kommun/linkoping', label: 'Linköping', count: 9 },
        ],
      },
      { label: 'Typ av stöd', items: [{ href: '/vagval/stodform/praktik', label: 'Praktik', count: 4 }] },
      { label: 'Tom grupp', items: [] },
    ],
  },
} satisfies Record<string, FilterNavProps>;
