import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { AssignmentResponse } from '../api/support.responses.js';
import { offerFor } from '../data/support-records.js';
import type { RecordSessionHeldDto } from './record-session-held.dto.js';

/** W7: the assigned supporter records when a session was held and by whom, never what was said. */
@Injectable()
export class RecordSessionHeldHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(id: string, dto: RecordSessionHeldDto, bySub: string, now: Date): Promise<AssignmentResponse> {
    return this.dataSource.transaction(async (em) => {
      const offer = await offerFor(em, id, bySub, 'supporter');
      if (offer.heldAt) throw Problem.conflict('SUPPORT.ALREADY_HELD', `Session ${id} is already recorded as held`);
      const heldAt = dto.heldAt ? new Date(dto.heldAt) : now;
      if (heldAt.getTime() > now.getTime() || (offer.answeredAt && heldAt.getTime() < offer.answeredAt.getTime())) {
        throw new Problem(422, 'SUPPORT.HELD_AT_INVALID', 'heldAt must be between the acceptance and now');
      }
      Object.assign(offer, { heldAt, heldBy: bySub });
      return AssignmentResponse.from(await em.save(offer));
    });
  }
}
