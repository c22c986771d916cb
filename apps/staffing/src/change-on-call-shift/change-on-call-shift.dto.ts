import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { INSTANT, INSTANT_MESSAGE } from '../on-call/instant.js';

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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  campusIds?: string[];

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @Matches(INSTANT, { message: `startsAt ${INSTANT_MESSAGE}` })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive' })
  @IsOptional()
  @Matches(INSTANT, { message: `endsAt ${INSTANT_MESSAGE}` })
  endsAt?: string;
}
