import type { z } from 'zod';

/**
 * The field schemas of an object schema, looking through refinements, pipes and
 * defaults. Used to validate single fields (a draft save) and to compare field
 * lists with the CMS (the contract test).
 */
export function objectShape(schema: z.ZodType): Record<string, z.ZodType> {
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; in?: z.ZodType; innerType?: z.ZodType } })
    .def;
  if (def.type === 'object' && def.shape) return def.shape;
  if (def.type === 'pipe' && def.in) return objectShape(def.in);
  if (def.innerType) return objectShape(def.innerType);
  throw new Error(`objectShape: ett zod-schema av typen ${def.type} har inga fält`);
}
