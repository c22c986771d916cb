import { Module } from '@nestjs/common';
import { StaffingMessaging } from '../staffing.messaging.js';
import { ChangeSharingAgreementController } from './change-sharing-agreement/change-sharing-agreement.controller.js';
import { ChangeSharingAgreementHandler } from './change-sharing-agreement/change-sharing-agreement.handler.js';
import { EndSharingAgreementController } from './end-sharing-agreement/end-sharing-agreement.controller.js';
import { EndSharingAgreementHandler } from './end-sharing-agreement/end-sharing-agreement.handler.js';
import { GetSharingAgreementController } from './get-sharing-agreement/get-sharing-agreement.controller.js';
import { GetSharingAgreementHandler } from './get-sharing-agreement/get-sharing-agreement.handler.js';
import { ListSharingAgreementsController } from './list-sharing-agreements/list-sharing-agreements.controller.js';
import { ListSharingAgreementsHandler } from './list-sharing-agreements/list-sharing-agreements.handler.js';
import { RecordSharingAgreementController } from './record-sharing-agreement/record-sharing-agreement.controller.js';
import { RecordSharingAgreementHandler } from './record-sharing-agreement/record-sharing-agreement.handler.js';

/**
 * Sharing agreements between districts (issue 19 item 4): platform data, managed by the
 * platform-admin, published on staffing.sharing-agreement.v1, stored in the platform's
 * sharing_agreement table (no entity of its own).
 */
@Module({
  imports: [StaffingMessaging],
  controllers: [
    ListSharingAgreementsController,
    RecordSharingAgreementController,
    GetSharingAgreementController,
    ChangeSharingAgreementController,
    EndSharingAgreementController,
  ],
  providers: [ListSharingAgreementsHandler, RecordSharingAgreementHandler, GetSharingAgreementHandler, ChangeSharingAgreementHandler, EndSharingAgreementHandler],
})
export class SharingAgreementsModule {}
