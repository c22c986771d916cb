import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem, type Principal } from '#platform';
import { loadThreatCaseView, type ThreatCaseView } from '../data/threat-case.view.js';
import type { OpenCaseDto } from './open-case.dto.js';
import { ThreatCaseOpener } from '../data/threat-case-opener.js';

@Injectable()
export class OpenCaseHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly opener: ThreatCaseOpener,
  ) {}

  execute(dto: OpenCaseDto, by: Principal, now: Date): Promise<ThreatCaseView> {
    return this.dataSource.transaction(async (em) => {
      const { threatCase, opened } = await this.opener.open(em, {
        studentId: dto.studentId,
        campusId: dto.campusId,
        origin: dto.incidentId ? 'incident' : 'tip',
        incidentId: dto.incidentId ?? null,
        tipId: dto.tipId ?? null,
        anonymousReport: dto.anonymousReport ?? false,
        openedBy: by.sub,
        openedAt: now,
      });
      if (!opened) {
        throw Problem.conflict(
          'THREAT_CASE.ALREADY_OPEN',
          `Student ${dto.studentId} already has case ${threatCase.id} for this ${threatCase.origin}`,
          { caseId: threatCase.id },
        );
      }
      return (await loadThreatCaseView(em, threatCase.id))!;
    });
  }
}
