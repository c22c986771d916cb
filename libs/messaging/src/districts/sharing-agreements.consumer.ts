import type { Type } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { SharingAgreementChangedEvent, SharingAgreementRecordedEvent, sharingAgreementsGroup, type CloudEvent, type ServiceName, type SharingAgreement } from '#contracts';
import { currentDistrictId, PLATFORM_DISTRICT_ID, saveAgreement, SharingAgreements } from '#platform';
import { InboxConsumer } from '../inbox/inbox-consumer.decorator.js';
import type { InboxContext } from '../inbox/inbox-context.js';

/** The service's sharing agreements kept in step with staffing.sharing-agreement.v1: the row (platform tenant) and the in-memory set. */
export function sharingAgreementsConsumer(service: ServiceName): Type<unknown> {
  @InboxConsumer(sharingAgreementsGroup(service))
  class SharingAgreementsConsumer {
    constructor(private readonly agreements: SharingAgreements) {}

    @EventPattern<string>(SharingAgreementRecordedEvent.type)
    recorded(@Payload() event: CloudEvent<SharingAgreement>, @Ctx() inbox: InboxContext): Promise<void> {
      return this.apply(event.data, inbox);
    }

    @EventPattern<string>(SharingAgreementChangedEvent.type)
    changed(@Payload() event: CloudEvent<SharingAgreement>, @Ctx() inbox: InboxContext): Promise<void> {
      return this.apply(event.data, inbox);
    }

    private async apply(agreement: SharingAgreement, { em }: InboxContext): Promise<void> {
      // Agreements are platform data; one stamped with a district is not the platform's.
      if (currentDistrictId() !== PLATFORM_DISTRICT_ID) throw new Error(`sharing agreement event outside the ${PLATFORM_DISTRICT_ID} tenant`);
      await saveAgreement((sql, params) => em.query(sql, params), agreement);
      // Before the commit: should it roll back, the event is applied again, and every replica rereads the table anyway.
      this.agreements.apply(agreement);
    }
  }
  return SharingAgreementsConsumer;
}
