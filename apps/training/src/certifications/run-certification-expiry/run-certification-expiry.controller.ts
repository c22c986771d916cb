import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Endpoint } from '#platform';
import { CertificationExpiryJob, type ExpiryRunResult } from './certification-expiry.job.js';
import { RunCertificationExpiryDto } from './run-certification-expiry.dto.js';

export class ExpiryRunResponse {
  @ApiProperty({ format: 'date-time' })
  asOf: string;

  @ApiProperty({ format: 'date', description: 'The district day judged by' })
  day: string;

  @ApiProperty({ example: 2, description: 'training.certification.expiring events published by this run' })
  warningsPublished: number;

  @ApiProperty({ example: 1, description: 'training.certification.expired events published by this run' })
  expiriesRecorded: number;

  @ApiProperty({ example: 1, description: 'training.eligibility.changed (expired) events published by this run' })
  eligibilityChanges: number;

  @ApiProperty({ example: 0, description: 'training.license.expiring events (clinician licenses at 90/60/30 days) published by this run' })
  licenseWarningsPublished: number;

  @ApiProperty({ example: 0, description: 'training.license.expired events published by this run' })
  licenseExpiriesRecorded: number;

  @ApiProperty({ example: false, description: 'true when asOf is a later district day than today: the counts are what that day would publish; nothing was recorded or published' })
  preview: boolean;
}

@ApiTags('certifications')
@Controller('certification-expiry/runs')
export class RunCertificationExpiryController {
  constructor(private readonly job: CertificationExpiryJob) {}

  @Post()
  @Endpoint({
    roles: ['admin', 'system'],
    summary: 'Run the certification expiry job now (it also runs on a timer)',
    description:
      'Publishes training.certification.expiring at 90/60/30 days, training.certification.expired, and training.eligibility.changed ' +
      '(reason expired) when a CIT certification lapses with no other current one. Running it again publishes nothing new. ' +
      'An asOf on a later district day than today is a preview: the answer says what that day would publish, and nothing is recorded or published.',
    status: 200,
    response: ExpiryRunResponse,
    problems: { 400: 'Bad asOf (REQUEST.VALIDATION_FAILED)' },
  })
  run(@Body() dto: RunCertificationExpiryDto): Promise<ExpiryRunResult> {
    const now = new Date();
    return this.job.run(dto.asOf ? new Date(dto.asOf) : now, now);
  }
}
