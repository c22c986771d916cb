import { Module } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { currentDistrictId, DistrictDirectory, ServiceConfig } from '#platform';
import { StudentGroupFacts } from './data/student-group-facts.js';
import { AnalyticIds } from './domain/analytic-ids.js';
import { parsePseudonymSecrets } from './domain/pseudonym-secrets.js';
import { Pseudonymizer } from './domain/pseudonymizer.js';
import { StudentDemographicsController } from './student-demographics/student-demographics.controller.js';
import { StudentDemographicsHandler } from './student-demographics/student-demographics.handler.js';

/** The data teams' stream (R12): its keys, the SIS's demographic categories, and the group counts built from them. */
@Module({
  controllers: [StudentDemographicsController],
  providers: [
    { provide: Pseudonymizer, useFactory: pseudonymizer, inject: [ServiceConfig, DistrictDirectory] },
    { provide: AnalyticIds, useFactory: AnalyticIds.fromConfig, inject: [ServiceConfig] },
    StudentGroupFacts,
    StudentDemographicsHandler,
  ],
  exports: [Pseudonymizer, AnalyticIds, StudentGroupFacts],
})
export class AnalyticsModule {}

/** Each district's pseudonyms under its own key: the registry names the key id, the config holds the secret. */
function pseudonymizer(config: ServiceConfig, directory: DistrictDirectory): Pseudonymizer {
  const json = config.ANALYTICS_PSEUDONYM_KEYS_FILE ? readFileSync(config.ANALYTICS_PSEUDONYM_KEYS_FILE, 'utf8') : config.ANALYTICS_PSEUDONYM_KEYS;
  return Pseudonymizer.fromConfig(config, {
    currentDistrict: currentDistrictId,
    keyIdOf: (districtId) => directory.get(districtId)?.pseudonymKeyId,
    secrets: parsePseudonymSecrets(json),
  });
}
