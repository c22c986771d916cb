import Type, { type Static, type TObject, type TProperties, type TSchema, type TUnsafe } from 'typebox';

/**
 * The building blocks of event payload schemas. Each returns the plain JSON Schema our contracts have
 * always published (ajv 2020, AsyncAPI) and carries its TypeScript type, so a payload type is
 * `Static<typeof XSchema>` and never written a second time. Where TypeBox's own shape would differ
 * from ours (it writes a string enum without `type`, nullable as `anyOf`), the helper writes ours.
 */
export { Type, type Static };

/** An event payload: an open object (consumers must accept fields added within a version). */
export function Payload<P extends TProperties>(properties: P): TObject<P> {
  return Type.Object(properties, { additionalProperties: true });
}

/** A closed vocabulary `{ type: 'string', enum }`, typed as the union of its values. */
export function StringEnum<const V extends readonly string[]>(values: V): TUnsafe<V[number]> {
  return Type.Unsafe<V[number]>({ type: 'string', enum: values });
}

/** An integer vocabulary `{ type: 'integer', enum }` (e.g. warning thresholds in days). */
export function IntegerEnum<const V extends readonly number[]>(values: V): TUnsafe<V[number]> {
  return Type.Unsafe<V[number]>({ type: 'integer', enum: values });
}

/**
 * `{ type: [t, 'null'], ... }` (and `null` among an enum's values): the nullable form ajv and AsyncAPI
 * read as one typed field, which the schema lock records as the type `["string","null"]`.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const plain = { ...(schema as Record<string, unknown>) };
  const nullable: Record<string, unknown> = { ...plain, type: [plain.type, 'null'] };
  if (Array.isArray(plain.enum)) nullable.enum = [...plain.enum, null];
  return Type.Unsafe<Static<T> | null>(nullable as TSchema);
}
