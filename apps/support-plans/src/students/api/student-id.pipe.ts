import { Injectable, type PipeTransform } from '@nestjs/common';
import { CheckedParam, DISTRICT_ID, DISTRICT_ID_RULE, isDistrictId, Problem } from '#platform';

/** District student ids in paths, checked like the body field (400 REQUEST.VALIDATION_FAILED). */
@Injectable()
export class StudentIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isDistrictId(value)) {
      const message = `studentId ${DISTRICT_ID_RULE}`;
      throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field: 'studentId', message }] });
    }
    return value;
  }
}

/** The `studentId` path parameter, checked by StudentIdPipe and documented with its pattern. */
export const StudentIdParam = (): ParameterDecorator => CheckedParam('studentId', StudentIdPipe, { pattern: DISTRICT_ID.source });
