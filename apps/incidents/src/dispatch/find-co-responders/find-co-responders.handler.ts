import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { chooseResponders } from '../domain/choose-responders.js';
import { officerCandidates, onCallClinicians } from '../data/co-responder-pool.js';
import { districtDay } from '../domain/district-day.js';
import type { CoRespondersResponse } from './find-co-responders.dto.js';
import { districtTimeZone } from '#platform';

/** The same eligibility dispatch uses, without dispatching: for planners and for checking the projections. */
@Injectable()
export class FindCoRespondersHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(campusId: string, at: Date): Promise<CoRespondersResponse> {
    const em = this.dataSource.manager;
    const officers = await officerCandidates(em, campusId, at);
    const clinicians = await onCallClinicians(em, campusId, at);
    return {
      campusId,
      at: at.toISOString(),
      day: districtDay(at, districtTimeZone()),
      officers,
      clinicians,
      coResponsePossible: chooseResponders(officers, clinicians, true).ok,
    };
  }
}
