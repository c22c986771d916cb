import { QueryFailedError } from 'typeorm';
import { databaseProblem } from './database-errors.js';
import { toProblem } from './problem-details.filter.js';

const pgError = (code: string) => Object.assign(new Error('new row for relation "referral" violates check constraint "referral_check"'), { code, severity: 'ERROR' });
const typeorm = (code: string) => new QueryFailedError('INSERT INTO referral ...', [], pgError(code));

describe('database errors caused by request data', () => {
  it.each([
    ['23514', 422, 'DATA.CONSTRAINT_VIOLATED'],
    ['23505', 409, 'DATA.DUPLICATE'],
    ['23503', 422, 'DATA.REFERENCE_NOT_FOUND'],
    ['23P01', 409, 'DATA.CONFLICT'],
    ['22P02', 422, 'DATA.INVALID_VALUE'],
    ['22008', 422, 'DATA.INVALID_VALUE'],
    ['40001', 409, 'DATA.CONCURRENT_UPDATE'],
  ])('maps SQLSTATE %s to %i %s, also through TypeORM, without naming tables or constraints', (code, status, problemCode) => {
    for (const error of [pgError(code), typeorm(code)]) {
      const problem = toProblem(error);
      expect(problem).toMatchObject({ status, code: problemCode });
      expect(problem.detail).not.toMatch(/referral|constraint "|relation/);
    }
  });

  it('leaves server-side failures (connection, syntax, unknown) as 500s', () => {
    expect(databaseProblem(pgError('08006'))).toBeUndefined();
    expect(databaseProblem(pgError('42601'))).toBeUndefined();
    expect(databaseProblem(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBeUndefined();
    expect(toProblem(typeorm('42P01'))).toMatchObject({ status: 500, code: 'INTERNAL.ERROR' });
  });
});
