import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Principal } from '#platform';
import { Incident } from '../incident/incident.entity.js';
import type { ReportIncidentDto } from './report-incident.dto.js';

@Injectable()
export class ReportIncidentHandler {
  constructor(@InjectRepository(Incident) private readonly incidents: Repository<Incident>) {}

  execute(dto: ReportIncidentDto, by: Principal): Promise<Incident> {
    return this.incidents.save(
      this.incidents.create({
        campusId: dto.campusId,
        location: dto.location,
        occurredAt: new Date(dto.occurredAt),
        type: dto.type,
        studentIds: [...new Set(dto.studentIds ?? [])],
        narrative: dto.narrative,
        mentalHealthCrisis: dto.mentalHealthCrisis ?? false,
        status: 'reported',
        reportedBy: by.sub,
      }),
    );
  }
}
