import { BadRequestException, HttpException, NotFoundException } from '@nestjs/common';
import { Problem } from './problem.js';
import { toProblem } from './problem-details.filter.js';

describe('toProblem', () => {
  it('passes domain problems through unchanged', () => {
    const p = Problem.conflict('INCIDENT.ILLEGAL_TRANSITION', 'closed → dispatched');
    expect(toProblem(p)).toBe(p);
  });

  it('gives framework errors stable codes', () => {
    expect(toProblem(new NotFoundException())).toMatchObject({ status: 404, code: 'ROUTE.NOT_FOUND' });
    expect(toProblem(new BadRequestException('Validation failed (uuid is expected)'))).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
  });

  it("maps Fastify's client errors, also when Nest wraps them", () => {
    const invalidJson = Object.assign(new Error('Body is not valid JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY', statusCode: 400 });
    expect(toProblem(invalidJson)).toMatchObject({ status: 400, code: 'REQUEST.MALFORMED' });
    const wrapped = new HttpException('too large', 413, { cause: Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }) });
    expect(toProblem(wrapped)).toMatchObject({ status: 413, code: 'REQUEST.TOO_LARGE' });
  });

  it('never leaks internals of unexpected errors', () => {
    const p = toProblem(new Error('password authentication failed for user "app" at 10.0.0.5'));
    expect(p).toMatchObject({ status: 500, code: 'INTERNAL.ERROR' });
    expect(p.detail).not.toMatch(/password|10\.0\.0\.5/);
  });
});
