import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class ImportQuery {
  @ApiPropertyOptional({ example: 'lms-export-2026-11.csv', description: 'Shown in the import report' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  fileName?: string;
}
