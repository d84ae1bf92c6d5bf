import { SECTION_PATHS } from '@vg/shared-schema/paths';
import type { StallEnFragaProps } from './StallEnFraga.astro';

export const examples = {
  vanligaFragor: { sida: SECTION_PATHS.fragor },
  ogiltigSida: { sida: 'vanliga-fragor' },
} satisfies Record<string, StallEnFragaProps>;
