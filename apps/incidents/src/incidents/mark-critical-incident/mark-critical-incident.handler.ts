import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { CriticalIncidentPublisher } from '../data/critical-incident.publisher.js';
import { lockIncident } from '../data/transition.js';
import type { MarkCriticalIncidentDto } from './mark-critical-incident.dto.js';

/** A supervisor's mark (W6): refused when nobody was dispatched or named, as there is nobody to offer a debrief to. */
@Injectable()
export class MarkCriticalIncidentHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: CriticalIncidentPublisher,
  ) {}

  execute(id: string, dto: MarkCriticalIncidentDto, now: Date): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const incident = await lockIncident(em, id);
      const published = await this.publisher.publish(em, incident, { supervisorMarked: true, alsoInvolved: dto.alsoInvolved }, now);
      if (!published) throw Problem.conflict('INCIDENT.NO_STAFF_INVOLVED', `Incident ${id} has no dispatched or named staff`);
    });
  }
}
