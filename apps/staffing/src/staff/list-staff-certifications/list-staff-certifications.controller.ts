import { Controller, Get } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Endpoint, UuidParam } from '#platform';
import type { StaffCertification } from '../data/staff-certification.entity.js';
import { ListStaffCertificationsHandler } from './list-staff-certifications.handler.js';

export class StaffCertificationResponse {
  @ApiProperty({ format: 'uuid' })
  certificationId: string;

  @ApiProperty({ example: 'CIT-40' })
  courseCode: string;

  @ApiProperty({ example: 'cit' })
  category: string;

  @ApiProperty({ format: 'date' })
  issuedOn: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, description: 'Exclusive' })
  expiresOn: string | null;

  static from(c: StaffCertification): StaffCertificationResponse {
    return Object.assign(new StaffCertificationResponse(), {
      certificationId: c.certificationId,
      courseCode: c.courseCode,
      category: c.category,
      issuedOn: c.issuedOn,
      expiresOn: c.expiresOn,
    });
  }
}

@ApiTags('roster')
@Controller('staff')
export class ListStaffCertificationsController {
  constructor(private readonly handler: ListStaffCertificationsHandler) {}

  @Get(':id/certifications')
  @Endpoint({
    roles: ['admin', 'police-chief', 'bh-director', 'officer', 'clinician', 'system'],
    summary: "A staff member's unrevoked certifications, as reported by the training service",
    response: [StaffCertificationResponse],
    problems: { 404: 'No such staff member (STAFF.NOT_FOUND)' },
  })
  async list(@UuidParam('id') id: string): Promise<StaffCertificationResponse[]> {
    return (await this.handler.execute(id)).map(StaffCertificationResponse.from);
  }
}
