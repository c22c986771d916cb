import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ConsentRecord } from '../consent.entity.js';

@Injectable()
export class ListConsentsHandler {
  constructor(@InjectRepository(ConsentRecord) private readonly consents: Repository<ConsentRecord>) {}

  execute(studentId: string): Promise<ConsentRecord[]> {
    return this.consents.find({ where: { studentId }, order: { recordedAt: 'ASC', id: 'ASC' } });
  }
}
