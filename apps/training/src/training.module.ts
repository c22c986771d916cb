import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddCourseController } from './add-course/add-course.controller.js';
import { AddCourseHandler } from './add-course/add-course.handler.js';
import { Course } from './course/course.entity.js';
import { GetCourseController } from './get-course/get-course.controller.js';
import { GetCourseHandler } from './get-course/get-course.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([Course])],
  controllers: [AddCourseController, GetCourseController],
  providers: [AddCourseHandler, GetCourseHandler],
})
export class TrainingModule {}
