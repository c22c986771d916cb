/** OpenAPI schema of a report cell: a count, or "<5" for 1-4 (W11); the description says what is counted. */
export const countCell = (description: string) => ({ oneOf: [{ type: 'integer', minimum: 0 }, { type: 'string', enum: ['<5'] }], description });
