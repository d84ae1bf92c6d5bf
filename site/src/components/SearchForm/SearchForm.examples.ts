export const examples = {
  header: {},
  withValue: { id: 'sok-sida', value: 'arbetsträning & "språk"' },
} satisfies Record<string, { id?: string; value?: string }>;
