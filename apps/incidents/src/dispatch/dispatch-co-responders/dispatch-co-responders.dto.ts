import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLINICIAN_MODE_VALUES, OFFICER_ONLY_REASON_VALUES, type ClinicianModeValue, type OfficerOnlyReasonValue } from '#contracts';
import { StepTimeDto } from '../../incidents/api/step-time.dto.js';

/**
 * The time, and the two ways out when no eligible pair exists: an officer alone with a recorded
 * reason, or a clinician joining remotely. Dispatch still picks the responders itself.
 */
export class DispatchCoRespondersDto extends StepTimeDto {
  @ApiPropertyOptional({
    enum: OFFICER_ONLY_REASON_VALUES,
    description: 'Send an officer alone although co-response was indicated, and record why (counted apart on the analytics stream)',
  })
  @IsOptional()
  @IsIn(OFFICER_ONLY_REASON_VALUES)
  officerOnlyReason?: OfficerOnlyReasonValue;

  @ApiPropertyOptional({
    enum: CLINICIAN_MODE_VALUES,
    default: 'in-person',
    description: 'remote: an on-call clinician joins by phone or video (telehealth); one covering the campus first, else any on-call clinician of the district',
  })
  @IsOptional()
  @IsIn(CLINICIAN_MODE_VALUES)
  clinicianMode?: ClinicianModeValue;
}
