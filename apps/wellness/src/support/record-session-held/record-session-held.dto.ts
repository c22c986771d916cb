import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsStrictDateTime } from '#platform';

/** W7: when it was held; there is deliberately no field for what was said. */
export class RecordSessionHeldDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the session was held (default: now)' })
  @IsOptional()
  @IsStrictDateTime()
  heldAt?: string;
}
