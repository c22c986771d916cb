import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';
import { IsCampusIdList } from '../api/campus-fields.js';

export class PublishOnCallShiftDto {
  @ApiProperty({ format: 'uuid', description: 'A licensed clinician on the roster' })
  @IsUUID()
  staffId: string;

  @ApiPropertyOptional({ example: 'north-cluster', description: 'Cover this campus group (or give campusIds)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  campusGroup?: string;

  @ApiPropertyOptional({ type: [String], example: ['campus-hs-01'], description: 'Cover these campuses (or give campusGroup)' })
  @IsOptional()
  @IsCampusIdList()
  campusIds?: string[];

  @ApiProperty({ format: 'date-time', example: '2026-12-01T14:00:00Z', description: 'Inclusive' })
  @IsStrictDateTime()
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-02T02:00:00Z', description: 'Exclusive' })
  @IsStrictDateTime()
  endsAt: string;
}
