import type { Type } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DistrictRegisteredEvent, DistrictUpdatedEvent, districtDirectoryGroup, type CloudEvent, type District, type ServiceName } from '#contracts';
import { currentDistrictId, DistrictDirectory, PLATFORM_DISTRICT_ID, saveDirectoryEntry } from '#platform';
import { InboxConsumer } from '../inbox/inbox-consumer.decorator.js';
import type { InboxContext } from '../inbox/inbox-context.js';

/**
 * The service's district directory kept in step with the registry (staffing.district.v1): the row
 * in `district_directory` (platform tenant) and the in-memory directory tokens are checked against.
 */
export function districtDirectoryConsumer(service: ServiceName): Type<unknown> {
  @InboxConsumer(districtDirectoryGroup(service))
  class DistrictDirectoryConsumer {
    constructor(private readonly districts: DistrictDirectory) {}

    @EventPattern<string>(DistrictRegisteredEvent.type)
    registered(@Payload() event: CloudEvent<District>, @Ctx() inbox: InboxContext): Promise<void> {
      return this.apply(event.data, inbox);
    }

    @EventPattern<string>(DistrictUpdatedEvent.type)
    updated(@Payload() event: CloudEvent<District>, @Ctx() inbox: InboxContext): Promise<void> {
      return this.apply(event.data, inbox);
    }

    private async apply(district: District, { em }: InboxContext): Promise<void> {
      // Registry events are platform data; one stamped with a district is not the registry's.
      if (currentDistrictId() !== PLATFORM_DISTRICT_ID) throw new Error(`district registry event outside the ${PLATFORM_DISTRICT_ID} tenant`);
      await saveDirectoryEntry((sql, params) => em.query(sql, params), district);
      // Before the commit: should it roll back, the event is applied again, and every replica rereads the table anyway.
      this.districts.apply(district);
    }
  }
  return DistrictDirectoryConsumer;
}
