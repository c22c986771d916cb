import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';
import { IsCampusIdList } from '../api/campus-fields.js';

export class ChangeOnCallShiftDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Hand the shift to another licensed clinician' })
  @IsOptional()
  @IsUUID()
  staffId?: string;

  @ApiPropertyOptional({ example: 'north-cluster' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusGroup?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsCampusIdList()
  campusIds?: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsStrictDateTime()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive' })
  @IsOptional()
  @IsStrictDateTime()
  endsAt?: string;
}
