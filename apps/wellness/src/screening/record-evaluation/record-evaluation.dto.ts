import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsString, IsUUID, Length } from 'class-validator';

export class RecordEvaluationDto {
  @ApiProperty({ format: 'uuid', description: "Staffing's candidate id" })
  @IsUUID()
  candidateId: string;

  @ApiProperty({ type: [String], example: ['MMPI-3', 'CPI-434'], description: 'Instruments administered' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  instruments: string[];

  @ApiProperty({ example: 'Synthetic interview notes.' })
  @IsString()
  @Length(1, 20_000)
  interviewNotes: string;

  @ApiProperty({ example: 'Synthetic findings.' })
  @IsString()
  @Length(1, 20_000)
  findings: string;
}
