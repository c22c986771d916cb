import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class SendProviderReferralDto {
  @ApiProperty({ format: 'uuid', description: 'A registered, active community provider' })
  @IsUUID()
  providerId: string;
}
