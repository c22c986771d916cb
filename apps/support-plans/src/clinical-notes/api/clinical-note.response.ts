import { ApiProperty } from '@nestjs/swagger';

export class ClinicalNoteResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'S1000001' })
  studentId: string;

  @ApiProperty({ example: 'clinician-3' })
  authorId: string;

  @ApiProperty({ description: 'PSY-NOTE' })
  body: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  supportPlanId: string | null;

  @ApiProperty({ format: 'date-time' })
  writtenAt: string;
}
