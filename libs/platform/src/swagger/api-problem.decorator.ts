import { ApiResponse } from '@nestjs/swagger';

/** Documents an error response as problem+json with its stable codes. */
export const ApiProblem = (status: number, description: string) =>
  ApiResponse({
    status,
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  });
