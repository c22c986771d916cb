import { Param, ParseUUIDPipe, type PipeTransform, type Type } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

/**
 * A path parameter checked by `pipe` and documented with what the pipe enforces (format,
 * pattern), so the OpenAPI document and the server agree.
 */
export function CheckedParam(name: string, pipe: Type<PipeTransform>, schema: { format?: string; pattern?: string }): ParameterDecorator {
  const param = Param(name, pipe);
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    ApiParam({ name, type: String, ...schema })(target, key, Object.getOwnPropertyDescriptor(target, key)!);
  };
}

/** A path parameter that must be a UUID (else 400), documented as `format: uuid`. */
export function UuidParam(name: string): ParameterDecorator {
  return CheckedParam(name, ParseUUIDPipe, { format: 'uuid' });
}
