import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrainingMessaging } from '../training.messaging.js';
import { Certification } from './data/certification.entity.js';
import { GetCertificationController } from './get-certification/get-certification.controller.js';
import { GetCertificationHandler } from './get-certification/get-certification.handler.js';
import { GrantCertificationController } from './grant-certification/grant-certification.controller.js';
import { GrantCertificationHandler } from './grant-certification/grant-certification.handler.js';
import { ListExpiringCertificationsController } from './list-expiring-certifications/list-expiring-certifications.controller.js';
import { ListExpiringCertificationsHandler } from './list-expiring-certifications/list-expiring-certifications.handler.js';
import { RevokeCertificationController } from './revoke-certification/revoke-certification.controller.js';
import { RevokeCertificationHandler } from './revoke-certification/revoke-certification.handler.js';
import { CertificationExpiryJob } from './run-certification-expiry/certification-expiry.job.js';
import { CertificationExpiryScheduler } from './run-certification-expiry/certification-expiry.scheduler.js';
import { RunCertificationExpiryController } from './run-certification-expiry/run-certification-expiry.controller.js';

/**
 * Certifications from catalogue courses, their expiry warnings and co-responder eligibility events;
 * the expiry job (on demand and on a timer) also warns and expires clinician licenses.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Certification]), TrainingMessaging],
  controllers: [
    ListExpiringCertificationsController,
    GrantCertificationController,
    GetCertificationController,
    RevokeCertificationController,
    RunCertificationExpiryController,
  ],
  providers: [
    ListExpiringCertificationsHandler,
    GrantCertificationHandler,
    GetCertificationHandler,
    RevokeCertificationHandler,
    CertificationExpiryJob,
    CertificationExpiryScheduler,
  ],
})
export class CertificationsModule {}
