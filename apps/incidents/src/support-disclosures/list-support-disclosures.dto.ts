import { ApiProperty } from '@nestjs/swagger';
import { IsIn, Matches } from 'class-validator';
import { UNIT_PURPOSES, type Purpose } from '#consent';

export class ListSupportDisclosuresQuery {
  @ApiProperty({ example: 'S1000001' })
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'studentId must be 1-32 letters, digits or dashes' })
  studentId: string;

  @ApiProperty({ enum: UNIT_PURPOSES.police, description: 'Why you read it: only data disclosed for this purpose is shown' })
  @IsIn(UNIT_PURPOSES.police)
  purpose: Purpose;
}
