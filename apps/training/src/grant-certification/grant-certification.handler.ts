import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CertificationGrantedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { addMonths } from '../certification/add-months.js';
import { Certification } from '../certification/certification.entity.js';
import { Course } from '../course/course.entity.js';
import type { GrantCertificationDto } from './grant-certification.dto.js';

@Injectable()
export class GrantCertificationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: GrantCertificationDto, by: Principal): Promise<Certification> {
    return this.dataSource.transaction(async (em) => {
      const course = await em.findOneBy(Course, { code: dto.courseCode });
      if (!course) throw new Problem(422, 'CERTIFICATION.UNKNOWN_COURSE', `No course with code ${dto.courseCode} in the catalogue`);
      const certification = await em.save(
        em.create(Certification, {
          staffId: dto.staffId,
          courseId: course.id,
          courseCode: course.code,
          category: course.category,
          issuedOn: dto.issuedOn,
          expiresOn: course.validityMonths === null ? null : addMonths(dto.issuedOn, course.validityMonths),
          revokedAt: null,
          revokedReason: null,
          recordedBy: by.sub,
        }),
      );
      await this.outbox.add(em, CertificationGrantedEvent, {
        certificationId: certification.id,
        staffId: certification.staffId,
        courseCode: certification.courseCode,
        category: certification.category,
        issuedOn: certification.issuedOn,
        expiresOn: certification.expiresOn,
      });
      return certification;
    });
  }
}
