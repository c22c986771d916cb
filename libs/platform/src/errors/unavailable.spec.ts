import { isDatabaseUnavailable, isTransactionConflict, unavailableProblem } from './unavailable.js';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code, severity: 'ERROR' });
const typeorm = (driverError: unknown) => Object.assign(new Error('query failed'), { driverError });

describe('database availability errors', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['admin shutdown 57P01', pgError('57P01', 'terminating connection due to administrator command')],
    ['cannot connect now 57P03', pgError('57P03', 'the database system is starting up')],
    ['too many connections 53300', pgError('53300')],
    ['wrapped by TypeORM', typeorm(pgError('08006'))],
    ['inside an AggregateError', new AggregateError([Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })])],
  ])('%s means unavailable (503, retry)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(unavailableProblem(error)).toMatchObject({ status: 503, code: 'SERVICE.UNAVAILABLE' });
  });

  it.each([
    ['unique violation', typeorm(pgError('23505'))],
    ['bad value', pgError('22P02')],
    ['a handler rejection', new Error('incident not found')],
    ['undefined', undefined],
  ])('%s is not an availability problem', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(unavailableProblem(error)).toBeUndefined();
  });

  it('serialization failures and deadlocks are transaction conflicts, worth running again', () => {
    expect(isTransactionConflict(typeorm(pgError('40001')))).toBe(true);
    expect(isTransactionConflict(pgError('40P01'))).toBe(true);
    expect(isTransactionConflict(pgError('23505'))).toBe(false);
  });
});
