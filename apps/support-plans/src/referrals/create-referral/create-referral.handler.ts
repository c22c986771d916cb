import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReferralReceivedEvent } from '#contracts';
import { Outbox } from '#messaging';
import { Problem, type Principal } from '#platform';
import { referralFacts } from '../data/referral-facts.js';
import { referralRecord } from '../data/referral-record.js';
import { Referral } from '../data/referral.entity.js';
import { PolicePublisher } from '../../share-with-police/data/police-publisher.js';
import type { CreateReferralDto } from './create-referral.dto.js';

function invalid(field: string, message: string): never {
  throw new Problem(400, 'REQUEST.VALIDATION_FAILED', message, { errors: [{ field, message }] });
}

@Injectable()
export class CreateReferralHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly police: PolicePublisher,
  ) {}

  execute(dto: CreateReferralDto, by: Principal, now: Date): Promise<Referral> {
    if (dto.sudMinorConsentBasis && dto.substanceUse === undefined) {
      invalid('sudMinorConsentBasis', 'sudMinorConsentBasis describes SUD information: give substanceUse too');
    }
    // The database holds the same rule (source 'incident' exactly when there is an incident id).
    if (dto.source !== 'incident' && dto.incidentId !== undefined) {
      invalid('incidentId', 'incidentId is given only with source "incident"');
    }
    return this.dataSource.transaction(async (em) => {
      const referral = await em.save(
        em.create(Referral, {
          studentId: dto.studentId,
          campusId: dto.campusId,
          source: dto.source,
          incidentId: dto.incidentId ?? null,
          reason: dto.reason,
          safetyFlag: dto.safetyFlag ?? false,
          clinicalNote: dto.clinicalNote ?? null,
          substanceUse: dto.substanceUse ?? null,
          sudMinorConsentBasis: dto.sudMinorConsentBasis ?? null,
          status: 'received',
          createdBy: by.sub,
        }),
      );
      // Clinical-only topic: identifiers and categories, no clinical text.
      await this.outbox.add(em, ReferralReceivedEvent, referralFacts(referral));
      // The police-readable topic gets only what libs/consent projects for the police unit (R1, R3).
      await this.police.publishRecord(em, referralRecord(referral), now);
      return referral;
    });
  }
}
