/** The JSON Schema subset our event schemas use (draft 2020-12); kept plain so AsyncAPI can embed it. */
export interface JsonSchema {
  $id?: string;
  $schema?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'null' | ('string' | 'null')[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  enum?: readonly (string | number | null)[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  examples?: unknown[];
}

export const SCHEMA_BASE_URI = 'urn:joint-response:schema:';
