import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { PageQuery } from '../pagination/page-query.js';
import { IsStrictDateTime } from '../validation/calendar.js';
import type { CrossDistrictAccessKind } from './cross-district.js';

export class ListCrossDistrictAccessQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional()
  @IsStrictDateTime()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this instant (exclusive)' })
  @IsOptional()
  @IsStrictDateTime()
  to?: string;
}

export class CrossDistrictAccessResponse {
  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ enum: ['dispatch', 'read', 'act'], description: "dispatch: a partner's staff sent to an incident here; read: a partner's rows read; act: a partner's staff acting here" })
  kind: CrossDistrictAccessKind;

  @ApiProperty({ format: 'uuid', description: 'The sharing agreement the access was made under' })
  agreementId: string;

  @ApiProperty({ example: 'canutillo-isd', description: "The district acted in (the incident's or the student's)" })
  actingDistrictId: string;

  @ApiProperty({ example: 'elpaso-isd', description: 'The partner district whose staff or rows were used' })
  partnerDistrictId: string;

  @ApiProperty({ example: 'sub:elpaso-isd/clinician-7', description: 'Who: `staff:<id>` or `sub:<district>/<token subject>`' })
  actor: string;

  @ApiProperty({ example: 'route:POST /support-plans', description: 'What: `incident:<id>` or `route:<METHOD> <route pattern>`; never a student or a clinical detail' })
  subject: string;

  @ApiProperty({ type: String, nullable: true, description: "The request's or event's correlation id" })
  correlationId: string | null;
}

export class CrossDistrictAccessPage {
  @ApiProperty({ type: [CrossDistrictAccessResponse] })
  items: CrossDistrictAccessResponse[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last one' })
  nextCursor: string | null;
}
