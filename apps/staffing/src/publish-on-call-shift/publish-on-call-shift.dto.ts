import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { INSTANT, INSTANT_MESSAGE } from '../on-call/instant.js';

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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds?: string[];

  @ApiProperty({ format: 'date-time', example: '2026-12-01T14:00:00Z', description: 'Inclusive' })
  @Matches(INSTANT, { message: `startsAt ${INSTANT_MESSAGE}` })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-02T02:00:00Z', description: 'Exclusive' })
  @Matches(INSTANT, { message: `endsAt ${INSTANT_MESSAGE}` })
  endsAt: string;
}
