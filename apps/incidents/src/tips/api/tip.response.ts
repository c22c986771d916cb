import { ApiProperty } from '@nestjs/swagger';
import { TIP_CATEGORIES, type Tip } from '../data/tip.entity.js';

export class TipResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'campus-ms-02' })
  campusId: string;

  @ApiProperty({ enum: TIP_CATEGORIES, example: 'threat' })
  category: string;

  @ApiProperty({ type: [String], example: ['S1000002'] })
  studentIds: string[];

  @ApiProperty({ example: 'A student said he would bring something to school on Friday.', description: 'The tip (law-enforcement record)' })
  text: string;

  @ApiProperty({ description: 'True when nothing is known of the reporter', example: true })
  anonymous: boolean;

  @ApiProperty({ format: 'date-time', description: 'Anonymous tips: truncated to the minute, so it cannot be matched to network logs' })
  receivedAt: string;

  static from(t: Tip): TipResponse {
    return Object.assign(new TipResponse(), {
      id: t.id,
      campusId: t.campusId,
      category: t.category,
      studentIds: t.studentIds,
      text: t.body,
      anonymous: t.anonymous,
      receivedAt: t.receivedAt.toISOString(),
    });
  }
}

export class TipReporterResponse {
  @ApiProperty({ format: 'uuid' })
  tipId: string;

  @ApiProperty({ example: 'E20417' })
  employeeId: string;

  @ApiProperty({ example: 'Teacher B' })
  displayName: string;

  @ApiProperty({ nullable: true, type: String, example: 'ext. 4417' })
  contact: string | null;
}
