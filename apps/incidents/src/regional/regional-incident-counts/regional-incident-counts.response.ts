import { ApiProperty } from '@nestjs/swagger';

const CELL = { oneOf: [{ type: 'integer', minimum: 5 }, { type: 'string', enum: ['<5'] }], example: 12 };

/** Counts only (suppressed under 5): never an id, campus, student or text. */
export class RegionalCountsCells {
  @ApiProperty({ ...CELL, description: 'Incidents that occurred (voided ones excluded)' })
  incidents: number | '<5';

  @ApiProperty({ ...CELL, description: 'Co-response dispatches (officer and clinician)' })
  coResponseDispatches: number | '<5';

  @ApiProperty({ ...CELL, description: 'Use-of-force records' })
  useOfForce: number | '<5';

  @ApiProperty({ ...CELL, description: 'Dispositions diverting the student (behavioral-health referral, diversion program)' })
  diversions: number | '<5';

  @ApiProperty({ ...CELL, description: 'Arrest dispositions' })
  arrests: number | '<5';
}

export class RegionalMonthCounts extends RegionalCountsCells {
  @ApiProperty({ example: '2026-01', description: "Month of the district's own calendar" })
  month: string;
}

export class RegionalDistrictCounts {
  @ApiProperty({ example: 'elpaso-isd' })
  districtId: string;

  @ApiProperty({ type: [RegionalMonthCounts] })
  months: RegionalMonthCounts[];

  @ApiProperty({ type: RegionalCountsCells, description: 'Sum of the cells shown above (suppressed cells add nothing)' })
  total: RegionalCountsCells;
}

export class RegionalIncidentCountsResponse {
  @ApiProperty({ example: 'esc-region-19' })
  region: string;

  @ApiProperty({ example: '2026-01-01', description: 'First day of the first whole month counted' })
  from: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last day of the last whole month counted' })
  to: string;

  @ApiProperty({ example: 5, description: 'Counts under this are "<5"' })
  minCell: number;

  @ApiProperty({ type: [RegionalDistrictCounts], description: "The region's districts, by id" })
  districts: RegionalDistrictCounts[];

  @ApiProperty({ type: [RegionalMonthCounts], description: 'The region per month: sums of the district cells shown' })
  months: RegionalMonthCounts[];

  @ApiProperty({ type: RegionalCountsCells, description: 'The region over the window: sum of every district cell shown' })
  total: RegionalCountsCells;
}
