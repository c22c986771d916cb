import { Module } from '@nestjs/common';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { Student } from './data/student.entity.js';
import { GetStudentController } from './get-student/get-student.controller.js';
import { GetStudentHandler } from './get-student/get-student.handler.js';
import { RegisterStudentController } from './register-student/register-student.controller.js';
import { RegisterStudentHandler } from './register-student/register-student.handler.js';
import { StudentViewController } from './student-view/student-view.controller.js';
import { StudentViewHandler } from './student-view/student-view.handler.js';

/** The student registry the SIS feeds (R4: age, guardians), and a student's whole clinical picture. */
export const STUDENT_ENTITIES = [Student];

@Module({
  imports: [ConsentGateModule, ShareWithPoliceModule],
  controllers: [RegisterStudentController, GetStudentController, StudentViewController],
  providers: [RegisterStudentHandler, GetStudentHandler, StudentViewHandler],
})
export class StudentsModule {}
