import { ApiProperty } from '@nestjs/swagger';
import { PROVIDER_SERVICES, type CommunityProvider } from '../data/community-provider.entity.js';

export class CommunityProviderResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  agency: string;

  @ApiProperty({ enum: PROVIDER_SERVICES, isArray: true })
  services: string[];

  @ApiProperty({ nullable: true, type: String })
  contactName: string | null;

  @ApiProperty({ nullable: true, type: String })
  contactPhone: string | null;

  @ApiProperty({ nullable: true, type: String })
  contactEmail: string | null;

  @ApiProperty({ description: 'A 42 CFR Part 2 program' })
  part2Program: boolean;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(p: CommunityProvider): CommunityProviderResponse {
    return Object.assign(new CommunityProviderResponse(), {
      id: p.id,
      agency: p.agency,
      services: p.services,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      contactEmail: p.contactEmail,
      part2Program: p.part2Program,
      active: p.active,
      createdAt: p.createdAt.toISOString(),
    });
  }
}
