import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Completion } from '../data/completion.entity.js';

/** One person's completions, oldest first (then by course code). */
@Injectable()
export class ListStaffCompletionsHandler {
  constructor(@InjectRepository(Completion) private readonly completions: Repository<Completion>) {}

  execute(staffId: string): Promise<Completion[]> {
    return this.completions.find({ where: { staffId }, order: { completedOn: 'ASC', courseCode: 'ASC' } });
  }
}
