export * from './blocks.ts';
export * from './content/common.ts';
export * from './env.ts';
export * from './slug.ts';
