import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { Instructor } from '../data/instructor.entity.js';
import type { RegisterInstructorDto } from './register-instructor.dto.js';

/** Registers someone as an instructor once; a second registration is a conflict, not an update. */
@Injectable()
export class RegisterInstructorHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(dto: RegisterInstructorDto): Promise<void> {
    const inserted = await this.dataSource.createQueryBuilder().insert().into(Instructor).values(dto).orIgnore().returning('sub').execute();
    if (!(inserted.raw as unknown[]).length) throw Problem.conflict('INSTRUCTOR.DUPLICATE', `${dto.sub} is registered already`);
  }
}
