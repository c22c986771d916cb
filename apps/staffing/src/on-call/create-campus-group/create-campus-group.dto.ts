import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { IsCampusIdList } from '../api/campus-fields.js';

export class CreateCampusGroupDto {
  @ApiProperty({ example: 'north-cluster' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'code must be 1-64 lower-case letters, digits or dashes' })
  code: string;

  @ApiProperty({ example: 'North cluster (with the partner district)' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ type: [String], example: ['campus-hs-01', 'partner-isd-ms-02'], description: 'May include partner districts\' campuses' })
  @IsCampusIdList()
  campusIds: string[];
}
