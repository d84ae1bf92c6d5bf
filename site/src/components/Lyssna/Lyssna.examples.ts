/** Lyssna takes no props: one example, the default. */
export const examples = { default: {} } satisfies Record<string, Record<string, never>>;
