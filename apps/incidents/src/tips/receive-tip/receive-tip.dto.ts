import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { TIP_CATEGORIES, type TipCategory } from '../data/tip.entity.js';
import { IsDistrictId, IsStudentId } from '#platform';

/** TEC 37.115: a reporting employee may ask that their identity be kept confidential. */
export class ConfidentialReporterDto {
  @ApiProperty({ example: 'E20417' })
  @IsDistrictId()
  employeeId: string;

  @ApiProperty({ example: 'Teacher B' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiPropertyOptional({ example: 'ext. 4417', description: 'How investigators may reach the reporter' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  contact?: string;
}

export class ReceiveTipDto {
  @ApiProperty({ example: 'campus-ms-02' })
  @IsString()
  @Length(1, 64)
  campusId: string;

  @ApiProperty({ enum: TIP_CATEGORIES, example: 'threat', description: 'threat and weapon tips open a threat assessment' })
  @IsIn(TIP_CATEGORIES)
  category: TipCategory;

  @ApiPropertyOptional({ type: [String], example: ['S1000002'], description: 'District ids of the students the tip is about' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsStudentId({ each: true })
  studentIds?: string[];

  @ApiProperty({ example: 'A student said he would bring something to school on Friday.' })
  @IsString()
  @Length(1, 10_000)
  text: string;

  @ApiPropertyOptional({
    type: ConfidentialReporterDto,
    description: 'An employee reporter, kept confidential (police roles only). Omit for an anonymous tip: then nothing about the sender is kept.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConfidentialReporterDto)
  reporter?: ConfidentialReporterDto;
}
