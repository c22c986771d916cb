import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { Incident } from '../incident/incident.entity.js';

@Injectable()
export class GetIncidentHandler {
  constructor(@InjectRepository(Incident) private readonly incidents: Repository<Incident>) {}

  async execute(id: string): Promise<Incident> {
    const incident = await this.incidents.findOneBy({ id });
    if (!incident) throw Problem.notFound('INCIDENT.NOT_FOUND', `No incident ${id}`);
    return incident;
  }
}
