import * as shared from '@vg/shared-schema';
import { describe, expect, it } from 'vitest';
import { GUIDE_MAX_TIMMAR, KOMMUNKOD_PATTERN, STODFORMER } from './vocabulary.ts';

describe('the engine’s zod-free copies of shared-schema constants', () => {
  it('are the same as shared-schema’s', () => {
    expect(STODFORMER).toEqual(shared.STODFORMER);
    expect(GUIDE_MAX_TIMMAR).toBe(shared.GUIDE_MAX_TIMMAR);
    expect(KOMMUNKOD_PATTERN.source).toBe(shared.KOMMUNKOD_PATTERN.source);
    expect(KOMMUNKOD_PATTERN.flags).toBe(shared.KOMMUNKOD_PATTERN.flags);
  });
});
