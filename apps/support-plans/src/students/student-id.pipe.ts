import { Injectable, type PipeTransform } from '@nestjs/common';
import { CheckedParam, Problem } from '#platform';

const STUDENT_ID = /^[A-Za-z0-9-]{1,32}$/;

/** District student ids in paths, checked like the body field (400 REQUEST.VALIDATION_FAILED). */
@Injectable()
export class StudentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!STUDENT_ID.test(value)) {
      const message = 'studentId must be 1-32 letters, digits or dashes';
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'studentId', message }] });
    }
    return value;
  }
}

/** The `studentId` path parameter, checked by StudentIdPipe and documented with its pattern. */
export const StudentIdParam = (): ParameterDecorator => CheckedParam('studentId', StudentIdPipe, { pattern: STUDENT_ID.source });
