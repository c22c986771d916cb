import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class EscalateSessionDto {
  @ApiProperty({ description: 'Why there is imminent danger to self or others (at least 20 characters); the staff member will read it', example: 'Stated a specific plan to harm self tonight' })
  @IsString()
  @Length(1, 2000)
  justification: string;
}
