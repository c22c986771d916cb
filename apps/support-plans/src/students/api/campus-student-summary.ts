import { ApiProperty } from '@nestjs/swagger';

/** How every list row of a clinical record starts (the referral queue, caseloads, the case queue). */
export class CampusStudentSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'campus-hs-01' })
  campusId: string;
}
