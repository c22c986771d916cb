import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { AddCourseController } from './add-course/add-course.controller.js';
import { AddCourseHandler } from './add-course/add-course.handler.js';
import { Certification } from './certification/certification.entity.js';
import { Course } from './course/course.entity.js';
import { GetCertificationController } from './get-certification/get-certification.controller.js';
import { GetCertificationHandler } from './get-certification/get-certification.handler.js';
import { GetCourseController } from './get-course/get-course.controller.js';
import { GetCourseHandler } from './get-course/get-course.handler.js';
import { GrantCertificationController } from './grant-certification/grant-certification.controller.js';
import { GrantCertificationHandler } from './grant-certification/grant-certification.handler.js';
import { RevokeCertificationController } from './revoke-certification/revoke-certification.controller.js';
import { RevokeCertificationHandler } from './revoke-certification/revoke-certification.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([Course, Certification]), MessagingModule.forService()],
  controllers: [
    AddCourseController,
    GetCourseController,
    GrantCertificationController,
    GetCertificationController,
    RevokeCertificationController,
  ],
  providers: [AddCourseHandler, GetCourseHandler, GrantCertificationHandler, GetCertificationHandler, RevokeCertificationHandler],
})
export class TrainingModule {}
