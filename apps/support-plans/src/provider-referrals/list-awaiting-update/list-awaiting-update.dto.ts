import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class AwaitingUpdateQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 14, description: 'Days without an update (sent or accepted)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}
