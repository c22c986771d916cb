import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQuery, queryBoolean } from '#platform';
import { CommunityProviderResponse } from '../api/community-provider.response.js';
import { PROVIDER_SERVICES, type ProviderService } from '../data/community-provider.entity.js';

export class ListCommunityProvidersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROVIDER_SERVICES })
  @IsOptional()
  @IsIn(PROVIDER_SERVICES)
  service?: ProviderService;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  part2Program?: boolean;
}

export class CommunityProviderPage {
  @ApiProperty({ type: [CommunityProviderResponse], description: 'By agency name, then id' })
  items: CommunityProviderResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
