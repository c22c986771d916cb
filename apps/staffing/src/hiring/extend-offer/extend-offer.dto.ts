import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsCalendarDate, IsDistrictId } from '#platform';

export class ExtendOfferDto {
  @ApiProperty({ example: 'E20418', description: 'District HR employee id the new hire will have' })
  @IsDistrictId()
  employeeId: string;

  @ApiProperty({ format: 'date', example: '2027-01-04' })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({ example: 'LCSW-000456', description: 'License number, if not given when the candidate was added' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  licenseNumber?: string;
}
