import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { IsCalendarDate } from '#platform';

export class ExtendOfferDto {
  @ApiProperty({ example: 'E20418', description: 'District HR employee id the new hire will have' })
  @Matches(/^[A-Za-z0-9-]{1,32}$/, { message: 'employeeId must be 1-32 letters, digits or dashes' })
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
