import { ApiProperty } from '@nestjs/swagger';

/** A clinician on call, as who-is-on-call and the coverage report list them. */
export class OnCallClinicianResponse {
  @ApiProperty({ format: 'uuid' })
  shiftId: string;

  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: 'Clinician A' })
  displayName: string;

  @ApiProperty({ type: [String] })
  campusIds: string[];

  @ApiProperty({ format: 'date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', description: 'Exclusive' })
  endsAt: string;
}
