import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrainingMessaging } from '../training.messaging.js';
import { AddCourseController } from './add-course/add-course.controller.js';
import { AddCourseHandler } from './add-course/add-course.handler.js';
import { Course } from './data/course.entity.js';
import { GetCourseController } from './get-course/get-course.controller.js';
import { GetCourseHandler } from './get-course/get-course.handler.js';
import { ListCoursesController } from './list-courses/list-courses.controller.js';
import { ListCoursesHandler } from './list-courses/list-courses.handler.js';

/** The course catalogue (training.course.added). */
@Module({
  imports: [TypeOrmModule.forFeature([Course]), TrainingMessaging],
  controllers: [AddCourseController, ListCoursesController, GetCourseController],
  providers: [AddCourseHandler, ListCoursesHandler, GetCourseHandler],
})
export class CoursesModule {}
