import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { IsCalendarDate, NotInFuture } from '#platform';

export class RegisterStudentDto {
  @ApiProperty({ format: 'date', example: '2010-06-01', description: 'Date of birth (the 18-year rule, R4); not in the future' })
  @IsCalendarDate()
  @NotInFuture(0)
  dateOfBirth: string;

  @ApiProperty({ type: [String], example: ['guardian-1001'], description: 'Parents and guardians of record (ids at the identity provider)' })
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(/^[A-Za-z0-9._:@-]{1,128}$/, { each: true, message: 'each guardian id must be 1-128 letters, digits or ._:@-' })
  guardianIds: string[];
}
