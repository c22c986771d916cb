import { Controller, Get } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import { GetStaffEligibilityHandler, type StaffTrainingEligibility } from './get-staff-eligibility.handler.js';

export class StaffEligibilityResponse {
  @ApiProperty({ format: 'uuid' })
  staffId: string;

  @ApiProperty({ example: true, description: 'A current CIT certification, as last reported by training' })
  citCertified: boolean;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Last day (inclusive)' })
  validThrough: string | null;

  @ApiPropertyOptional({ enum: ['granted', 'revoked', 'expired'], nullable: true, type: String, description: 'Null: training never reported on them' })
  reason: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  effectiveAt: string | null;

  static from(e: StaffTrainingEligibility): StaffEligibilityResponse {
    return Object.assign(new StaffEligibilityResponse(), e);
  }
}

@ApiTags('roster')
@Controller('staff')
export class GetStaffEligibilityController {
  constructor(private readonly handler: GetStaffEligibilityHandler) {}

  @Get(':id/co-responder-training')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system'],
    summary: "A staff member's co-responder training eligibility (current CIT certification), from training's events",
    response: StaffEligibilityResponse,
    problems: { 404: 'No such staff member (STAFF.NOT_FOUND)' },
  })
  async get(@UuidParam('id') id: string): Promise<StaffEligibilityResponse> {
    return StaffEligibilityResponse.from(await this.handler.execute(id));
  }
}
