import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { shiftsCovering, type OnCallClinician } from '../data/shifts-covering.js';

@Injectable()
export class WhoIsOnCallHandler {
  constructor(private readonly dataSource: DataSource) {}

  /** Start inclusive, end exclusive: at a hand-over instant only the incoming clinician is on call. */
  execute(campusId: string, at: Date): Promise<OnCallClinician[]> {
    return shiftsCovering(this.dataSource, campusId, at, at);
  }
}
