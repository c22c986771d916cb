import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery, queryBoolean } from '#platform';
import { PROVIDER_SERVICES, type CommunityProvider, type ProviderService } from './community-provider.entity.js';

export class AddCommunityProviderDto {
  @ApiProperty({ example: 'Bluebonnet Trails Community Services', description: 'Agency name' })
  @IsString()
  @Length(2, 200)
  agency: string;

  @ApiProperty({ enum: PROVIDER_SERVICES, isArray: true, example: ['counseling', 'substance-use-treatment'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(PROVIDER_SERVICES.length)
  @IsIn(PROVIDER_SERVICES, { each: true })
  services: ProviderService[];

  @ApiPropertyOptional({ example: 'Intake desk' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  contactName?: string;

  @ApiPropertyOptional({ example: '+1-512-555-0100' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: 'contactPhone must be 7-20 digits, spaces, ( ) - and an optional +' })
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'intake@example.org' })
  @IsOptional()
  @IsEmail()
  contactEmail?: string;

  @ApiProperty({ example: true, description: 'A 42 CFR Part 2 program (federally assisted SUD treatment): R5 applies to what it receives' })
  @IsBoolean()
  part2Program: boolean;
}

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

export class CommunityProviderPage {
  @ApiProperty({ type: [CommunityProviderResponse], description: 'By agency name, then id' })
  items: CommunityProviderResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor: string | null;
}
