import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PROVIDER_SERVICES, type ProviderService } from '../data/community-provider.entity.js';

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
