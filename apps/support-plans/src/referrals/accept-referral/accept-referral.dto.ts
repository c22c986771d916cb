import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class AcceptReferralDto {
  @ApiPropertyOptional({ example: 'clinician-3', description: 'The clinician who takes the student on (default: you)' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  assignedClinicianId?: string;

  @ApiPropertyOptional({ example: 'Intake appointment offered for Thursday.', description: 'EDU-CLIN; stays in the service' })
  @IsOptional()
  @IsString()
  @Length(1, 2_000)
  note?: string;
}
