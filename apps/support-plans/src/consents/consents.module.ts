import { Module } from '@nestjs/common';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { ConsentRecord } from './data/consent.entity.js';
import { ListConsentsController } from './list-consents/list-consents.controller.js';
import { ListConsentsHandler } from './list-consents/list-consents.handler.js';
import { RecordConsentController } from './record-consent/record-consent.controller.js';
import { RecordConsentHandler } from './record-consent/record-consent.handler.js';
import { RevokeConsentController } from './revoke-consent/revoke-consent.controller.js';
import { RevokeConsentHandler } from './revoke-consent/revoke-consent.handler.js';

/** Consents to disclose (R4, R5): recorded, revoked, listed; each change projects the student again for the police unit. */
export const CONSENT_ENTITIES = [ConsentRecord];

@Module({
  imports: [ConsentGateModule, ShareWithPoliceModule],
  controllers: [RecordConsentController, RevokeConsentController, ListConsentsController],
  providers: [RecordConsentHandler, RevokeConsentHandler, ListConsentsHandler],
})
export class ConsentsModule {}
