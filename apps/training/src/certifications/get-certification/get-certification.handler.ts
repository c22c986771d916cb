import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { Certification } from '../data/certification.entity.js';

@Injectable()
export class GetCertificationHandler {
  constructor(@InjectRepository(Certification) private readonly certifications: Repository<Certification>) {}

  async execute(id: string): Promise<Certification> {
    const certification = await this.certifications.findOneBy({ id });
    if (!certification) throw Problem.notFound('CERTIFICATION.NOT_FOUND', `No certification ${id}`);
    return certification;
  }
}
