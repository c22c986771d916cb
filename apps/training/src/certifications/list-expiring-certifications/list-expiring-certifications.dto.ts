import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { UNIT_VALUES } from '#contracts';
import { IsCalendarDate, PageQuery } from '#platform';
import { CertificationResponse } from '../api/certification.response.js';
import { COURSE_CATEGORIES, type CourseCategory } from '../../courses/domain/course-catalogue.js';

export const EXPIRY_STATES = ['expiring', 'lapsed'] as const;

export class ListExpiringCertificationsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: EXPIRY_STATES,
    description: 'expiring (default): still valid on asOf, expiresOn in (asOf, asOf + days]; lapsed: expiresOn in (asOf - days, asOf] (expiresOn is exclusive)',
  })
  @IsOptional()
  @IsIn(EXPIRY_STATES)
  state?: (typeof EXPIRY_STATES)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 730, default: 90, description: 'The window in days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(730)
  days?: number;

  @ApiPropertyOptional({ format: 'date', example: '2027-08-31', description: 'District day the window starts from (default: today)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;

  @ApiPropertyOptional({ enum: UNIT_VALUES, description: "The holder's unit (roster read model; active staff)" })
  @IsOptional()
  @IsIn(UNIT_VALUES)
  unit?: string;

  @ApiPropertyOptional({ enum: COURSE_CATEGORIES })
  @IsOptional()
  @IsIn(COURSE_CATEGORIES)
  category?: CourseCategory;
}

export class ExpiringCertificationPage {
  @ApiProperty({ format: 'date', description: 'The district day the window was computed from' })
  asOf: string;

  @ApiProperty({ type: [CertificationResponse], description: 'Soonest (or earliest lapsed) expiresOn first, then id; revoked ones never appear' })
  items: CertificationResponse[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page with the same filters (and asOf); null on the last page' })
  nextCursor: string | null;
}
