export * from './env.ts';
export * from './slug.ts';
