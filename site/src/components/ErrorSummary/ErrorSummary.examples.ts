export const examples = {
  standard: {},
  egenRubrik: { id: 'fel-rapport', rubrik: 'Rapporten har fel' },
} satisfies Record<string, { id?: string; rubrik?: string }>;
