import { BreakGlassGrantRecord } from './break-the-glass/break-glass-grant.entity.js';
import { EndBreakGlassController } from './break-the-glass/end-break-glass/end-break-glass.controller.js';
import { EndBreakGlassHandler } from './break-the-glass/end-break-glass/end-break-glass.handler.js';
import { IssueBreakGlassController } from './break-the-glass/issue-break-glass/issue-break-glass.controller.js';
import { IssueBreakGlassHandler } from './break-the-glass/issue-break-glass/issue-break-glass.handler.js';
import { ListBreakGlassController } from './break-the-glass/list-break-glass/list-break-glass.controller.js';
import { ListBreakGlassHandler } from './break-the-glass/list-break-glass/list-break-glass.handler.js';
import { BreakGlassEnd1764300000900 } from './migrations/1764300000900-break-glass-end.js';
import { ConsentRecord } from './consents/consent.entity.js';
import { ListConsentsController } from './consents/list-consents/list-consents.controller.js';
import { ListConsentsHandler } from './consents/list-consents/list-consents.handler.js';
import { RecordConsentController } from './consents/record-consent/record-consent.controller.js';
import { RecordConsentHandler } from './consents/record-consent/record-consent.handler.js';
import { RevokeConsentController } from './consents/revoke-consent/revoke-consent.controller.js';
import { RevokeConsentHandler } from './consents/revoke-consent/revoke-consent.handler.js';
import { ListDisclosuresController } from './disclosures/list-disclosures/list-disclosures.controller.js';
import { ListDisclosuresHandler } from './disclosures/list-disclosures/list-disclosures.handler.js';
import { CreateConsentTables1764300000000 } from './migrations/1764300000000-create-consent-tables.js';
import { CreateDisclosureLog1764300000100 } from './migrations/1764300000100-create-disclosure-log.js';
import { AddReferralClinicalFields1764300000200 } from './migrations/1764300000200-add-referral-clinical-fields.js';
import { CreatePoliceProjection1764300000300 } from './migrations/1764300000300-create-police-projection.js';
import { PolicePublisher } from './share-with-police/police-publisher.js';
import { PROJECTION_SOURCE_TYPES, projectionSourcesProvider } from './share-with-police/projection-sources.provider.js';
import { GetStudentController } from './students/get-student/get-student.controller.js';
import { RegisterStudentController } from './students/register-student/register-student.controller.js';
import { RegisterStudentHandler } from './students/register-student/register-student.handler.js';
import { Student } from './students/student.entity.js';

/**
 * Consent enforcement in support-plans (the student registry, consents, break-the-glass, the
 * record of disclosures, the police projection), listed once for the module and the service
 * definition. The ConsentGate itself comes from ConsentModule.
 */
export const CONSENT_ENTITIES = [Student, ConsentRecord, BreakGlassGrantRecord];

export const CONSENT_MIGRATIONS = [
  CreateConsentTables1764300000000,
  CreateDisclosureLog1764300000100,
  AddReferralClinicalFields1764300000200,
  CreatePoliceProjection1764300000300,
  BreakGlassEnd1764300000900,
];

export const CONSENT_CONTROLLERS = [
  RegisterStudentController,
  GetStudentController,
  RecordConsentController,
  RevokeConsentController,
  ListConsentsController,
  IssueBreakGlassController,
  ListBreakGlassController,
  EndBreakGlassController,
  ListDisclosuresController,
];

/** PolicePublisher needs the Outbox, so it lives in the module that imports MessagingModule. */
export const CONSENT_PROVIDERS = [
  RegisterStudentHandler,
  RecordConsentHandler,
  RevokeConsentHandler,
  ListConsentsHandler,
  IssueBreakGlassHandler,
  ListBreakGlassHandler,
  EndBreakGlassHandler,
  ListDisclosuresHandler,
  ...PROJECTION_SOURCE_TYPES,
  projectionSourcesProvider,
  PolicePublisher,
];
