import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RejectCandidateDto {
  @ApiProperty({ example: 'Did not meet the minimum qualifications' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
