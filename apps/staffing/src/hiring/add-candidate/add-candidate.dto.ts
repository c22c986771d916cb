import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class AddCandidateDto {
  @ApiProperty({ example: 'Candidate E' })
  @IsString()
  @Length(1, 120)
  displayName: string;

  @ApiPropertyOptional({ example: 'LCSW-000456', description: 'License or credential number (clinicians); kept in staffing only' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  licenseNumber?: string;
}
