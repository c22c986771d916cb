import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { IsStrictDateTime } from '#platform';

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
  @IsStrictDateTime()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive' })
  @IsOptional()
  @IsStrictDateTime()
  endsAt?: string;
}
