import type { Type } from '@nestjs/common';
import { DistrictRegisteredEvent, DistrictUpdatedEvent, districtDirectoryGroup, type ServiceName } from '#contracts';
import { DistrictDirectory, saveDirectoryEntry } from '#platform';
import { platformDataConsumer } from './platform-data.consumer.js';

/**
 * The service's district directory kept in step with the registry (staffing.district.v1): the row
 * in `district_directory` (platform tenant) and the in-memory directory tokens are checked against.
 */
export function districtDirectoryConsumer(service: ServiceName): Type<unknown> {
  return platformDataConsumer({
    group: districtDirectoryGroup(service),
    events: [DistrictRegisteredEvent, DistrictUpdatedEvent],
    what: 'district registry',
    holder: DistrictDirectory,
    remember: (directory, district) => directory.apply(district),
    save: saveDirectoryEntry,
  });
}
