import { QueryFailedError } from 'typeorm';
import { serializeError } from './safe-error.js';

describe('error log serializer (issue 14, item 6: no personal data in logs, error level included)', () => {
  it('keeps a database error\'s class, SQLSTATE, constraint and stack, never its message, SQL, parameters or detail', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "u" S7777777'), {
      code: '23505', constraint: 'uq_student', table: 'student', detail: 'Key (student_id)=(S7777777) already exists.',
    });
    const err = new QueryFailedError('INSERT INTO student VALUES ($1)', ['S7777777', 'NARRATIVE-MARKER'], driverError);
    const out = serializeError(err);
    expect(out).toMatchObject({ type: 'QueryFailedError', code: '23505', constraint: 'uq_student', table: 'student' });
    expect(JSON.stringify(out)).not.toMatch(/S7777777|NARRATIVE-MARKER|INSERT/);
  });

  it('keeps the message of other errors (a broker or network failure) and their stack frames', () => {
    const out = serializeError(new Error('connect ECONNREFUSED 127.0.0.1:9092')) as { message: string; stack: string };
    expect(out.message).toBe('connect ECONNREFUSED 127.0.0.1:9092');
    expect(out.stack).toMatch(/^\s+at /);
  });
});
