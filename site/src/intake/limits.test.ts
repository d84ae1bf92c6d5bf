import { describe, expect, it } from 'vitest';
import type { FaltPath } from './fields.ts';
import { textLimits } from './limits.ts';

describe('textLimits', () => {
  it('reads text and list limits from the submission schema', () => {
    expect(textLimits('uppgifter.namn')).toEqual({ maxlength: 120 });
    expect(textLimits('uppgifter.plats.ort')).toEqual({ maxlength: 80 });
    expect(textLimits('uppgifter.sprak')).toEqual({ maxlength: 20 * 101, lista: { radMax: 100, raderMax: 20 } });
    expect(textLimits('uppgifter.timmarMin')).toEqual({});
  });

  it('names a form field the schema does not have', () => {
    expect(() => textLimits('uppgifter.finnsInte' as FaltPath)).toThrow(
      'Formulärfältet "uppgifter.finnsInte" finns inte i SubmissionSchema',
    );
  });
});
