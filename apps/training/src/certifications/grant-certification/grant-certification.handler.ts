import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { CertificationGrantedEvent, EligibilityChangedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { districtTimeZone, type Principal, Problem } from '#platform';
import { districtDay, startOfDistrictDay } from '../../calendar/domain/district-time.js';
import { addMonths } from '../../calendar/domain/add-months.js';
import { Certification } from '../data/certification.entity.js';
import { Course } from '../../courses/data/course.entity.js';
import { eligibilityOn } from '../data/officer-eligibility.js';
import type { GrantCertificationDto } from './grant-certification.dto.js';

@Injectable()
export class GrantCertificationHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  execute(dto: GrantCertificationDto, by: Principal, now: Date): Promise<Certification> {
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
      if (certification.category === 'cit') await this.publishEligibility(em, certification, now);
      return certification;
    });
  }

  /**
   * Eligibility from the moment the certification counts (now, or its issue day if later). A
   * back-dated certification that has already lapsed changes nothing, so nothing is published.
   */
  private async publishEligibility(em: EntityManager, certification: Certification, now: Date): Promise<void> {
    const issued = startOfDistrictDay(certification.issuedOn, districtTimeZone());
    const effectiveAt = issued > now ? issued : now;
    const day = districtDay(effectiveAt, districtTimeZone());
    if (certification.expiresOn !== null && certification.expiresOn <= day) return;
    const state = await eligibilityOn(em, certification.staffId, day);
    await this.outbox.add(em, EligibilityChangedEvent, {
      staffId: certification.staffId,
      ...state,
      reason: 'granted' as const,
      effectiveAt: effectiveAt.toISOString(),
    });
  }
}
