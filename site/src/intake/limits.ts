/**
 * A form field's HTML limits, read from SubmissionSchema so the form cannot drift from what the
 * CMS accepts: `maxlength` for text, and for a list typed one item per line the longest line and
 * the most lines. Build time only (it pulls in zod); the browser script reads the attributes.
 */
import { SubmissionSchema } from '@vg/shared-schema';
import type { FaltPath } from './fields.ts';

/** The parts of zod 4's schema objects read here. */
interface SchemaNode {
  _zod: {
    def: { type: string; innerType?: SchemaNode; element?: SchemaNode; checks?: { _zod: { def: { check: string; maximum?: number } } }[] };
  };
  shape?: Record<string, SchemaNode>;
  maxLength?: number | null;
}

const unwrap = (node: SchemaNode): SchemaNode => {
  let n = node;
  while ((n._zod.def.type === 'optional' || n._zod.def.type === 'nullable') && n._zod.def.innerType) n = n._zod.def.innerType;
  return n;
};

function schemaAt(falt: FaltPath): SchemaNode {
  let node = SubmissionSchema as unknown as SchemaNode;
  for (const key of falt.split('.')) {
    const next = unwrap(node).shape?.[key];
    if (!next) throw new Error(`Formulärfältet "${falt}" finns inte i SubmissionSchema: rätta fältets namn eller schemat.`);
    node = next;
  }
  return unwrap(node);
}

export interface TextLimits {
  maxlength?: number;
  lista?: { radMax: number; raderMax: number };
}

/** The limits the schema sets on this field; empty for fields without a length (numbers, choices). */
export function textLimits(falt: FaltPath): TextLimits {
  const node = schemaAt(falt);
  if (node._zod.def.type === 'string') return node.maxLength ? { maxlength: node.maxLength } : {};
  if (node._zod.def.type === 'array' && node._zod.def.element) {
    const radMax = unwrap(node._zod.def.element).maxLength;
    const raderMax = node._zod.def.checks?.find((c) => c._zod.def.check === 'max_length')?._zod.def.maximum;
    // A line and its line break per item: the textarea never cuts a list the schema would take.
    if (radMax && raderMax) return { maxlength: raderMax * (radMax + 1), lista: { radMax, raderMax } };
  }
  return {};
}
