import type { InsatsCardProps } from '../../lib/view-models.ts';

const longWord = 'Arbetsträningsrehabiliteringssamordnings'.repeat(8).slice(0, 300);

export const examples = {
  full: {
    href: '/vagval/jonsbo',
    namn: 'Jonsbo – grön rehabilitering',
    sammanfattning: 'Ett lugnt första steg på ett gammalt torp.',
    kommuner: 'Linköping',
    stodform: 'Hälsa och rehabilitering',
    platser: { text: 'Kö just nu', tone: 'warn' },
  },
  minimal: {
    href: '/vagval/kom-igang-tingsryd',
    namn: 'Kom igång Tingsryd',
    sammanfattning: 'Samtal med en coach.',
    kommuner: 'Tingsryd',
    stodform: 'Vägledning',
  },
  odd: {
    href: '/vagval/udda',
    namn: `Åäö "citat" 'enkla' <b>fet</b> & 🌱 ${longWord.slice(0, 60)}`,
    sammanfattning: `${longWord} <script>alert(1)</script>`,
    kommuner: 'Älmhult',
    stodform: 'Språk',
    status: 'Pausad just nu',
  },
} satisfies Record<string, InsatsCardProps>;
