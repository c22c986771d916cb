import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { UNIT_PURPOSES, type Purpose } from '#consent';
import { IsStudentId } from '#platform';

export class ListSupportDisclosuresQuery {
  @ApiProperty({ example: 'S1000001' })
  @IsStudentId()
  studentId: string;

  @ApiProperty({ enum: UNIT_PURPOSES.police, description: 'Why you read it: only data disclosed for this purpose is shown' })
  @IsIn(UNIT_PURPOSES.police)
  purpose: Purpose;
}
