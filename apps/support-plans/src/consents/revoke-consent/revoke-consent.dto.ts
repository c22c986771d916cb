import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class RevokeConsentDto {
  @ApiPropertyOptional({ example: 'Guardian withdrew consent by phone; written confirmation on file.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}
