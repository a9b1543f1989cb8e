// Payloads for fuzzing: from a zod schema, values that are often valid (so handlers run) and often
// just wrong (so the wrapper refuses them). Covers the zod kinds the contract uses; anything else
// becomes fc.anything().
import fc from 'fast-check';
import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  valueType?: z.ZodType;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const hostile = fc.constantFrom<unknown>(
  '',
  ' ',
  '0',
  '1234',
  '00000000',
  -1,
  0,
  1,
  2 ** 31,
  Number.MAX_SAFE_INTEGER,
  -0.5,
  Number.NaN,
  null,
  true,
  [],
  {},
  "'; DROP TABLE sales; --",
  '\u0000',
  'x'.repeat(5000),
  '2026-02-30',
  '../../etc/passwd',
  { __proto__: { admin: true } },
);

function stringArb(def: Def): fc.Arbitrary<string> {
  let min = 0;
  let max = 40;
  for (const c of def.checks ?? []) {
    if (c._zod.def.check === 'min_length') min = c._zod.def.minimum ?? min;
    if (c._zod.def.check === 'max_length') max = c._zod.def.maximum ?? max;
  }
  max = Math.max(min, Math.min(max, 60));
  return fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.stringMatching(/^\d{4,13}$/),
    fc.constantFrom('2026-11-24', '2026-11-24T10:00:00.000Z', '9000', 'nl', 'fr'),
  );
}

export function arbitraryFor(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const wrong = depth > 3 ? fc.constant(null) : fc.oneof(hostile, fc.anything({ maxDepth: 2 }));
  const valid = ((): fc.Arbitrary<unknown> => {
    switch (def.type) {
      case 'object': {
        const shape = def.shape ?? {};
        const parts: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [key, value] of Object.entries(shape)) parts[key] = arbitraryFor(value, depth + 1);
        return fc.record(parts, { requiredKeys: [] });
      }
      case 'string':
        return stringArb(def);
      case 'number': {
        const positive = (def.checks ?? []).some((c) => c._zod.def.check === 'greater_than');
        return positive ? fc.integer({ min: 1, max: 50 }) : fc.integer({ min: -1000, max: 100_000 });
      }
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries ?? { a: 'a' }));
      case 'literal':
        return fc.constantFrom(...(def.values ?? [null]));
      case 'null':
        return fc.constant(null);
      case 'optional':
      case 'nullable':
      case 'default':
      case 'readonly':
      case 'catch':
        return def.innerType ? fc.option(arbitraryFor(def.innerType, depth + 1), { nil: undefined }) : wrong;
      case 'pipe':
        return def.in ? arbitraryFor(def.in, depth + 1) : wrong;
      case 'union':
        return fc.oneof(...(def.options ?? []).map((o) => arbitraryFor(o, depth + 1)));
      case 'array':
        return def.element ? fc.array(arbitraryFor(def.element, depth + 1), { maxLength: 4 }) : wrong;
      case 'record':
        return def.valueType
          ? fc.dictionary(fc.string({ maxLength: 8 }), arbitraryFor(def.valueType, depth + 1))
          : wrong;
      default:
        return wrong;
    }
  })();
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: wrong, weight: 1 });
}
