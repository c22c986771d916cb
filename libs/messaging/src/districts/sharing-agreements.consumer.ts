import type { Type } from '@nestjs/common';
import { SharingAgreementChangedEvent, SharingAgreementRecordedEvent, sharingAgreementsGroup, type ServiceName } from '#contracts';
import { saveAgreement, SharingAgreements } from '#platform';
import { platformDataConsumer } from './platform-data.consumer.js';

/** The service's sharing agreements kept in step with staffing.sharing-agreement.v1: the row (platform tenant) and the in-memory set. */
export function sharingAgreementsConsumer(service: ServiceName): Type<unknown> {
  return platformDataConsumer({
    group: sharingAgreementsGroup(service),
    events: [SharingAgreementRecordedEvent, SharingAgreementChangedEvent],
    what: 'sharing agreement',
    holder: SharingAgreements,
    remember: (agreements, agreement) => agreements.apply(agreement),
    save: saveAgreement,
  });
}
