import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { AddCandidateController } from './add-candidate/add-candidate.controller.js';
import { AddCandidateHandler } from './add-candidate/add-candidate.handler.js';
import { AddStaffMemberController } from './add-staff-member/add-staff-member.controller.js';
import { AddStaffMemberHandler } from './add-staff-member/add-staff-member.handler.js';
import { AdvanceCandidateController } from './advance-candidate/advance-candidate.controller.js';
import { AdvanceCandidateHandler } from './advance-candidate/advance-candidate.handler.js';
import { CancelAssignmentController } from './cancel-assignment/cancel-assignment.controller.js';
import { CancelAssignmentHandler } from './cancel-assignment/cancel-assignment.handler.js';
import { CancelOnCallShiftController } from './cancel-on-call-shift/cancel-on-call-shift.controller.js';
import { CancelOnCallShiftHandler } from './cancel-on-call-shift/cancel-on-call-shift.handler.js';
import { ChangeOnCallShiftController } from './change-on-call-shift/change-on-call-shift.controller.js';
import { ChangeOnCallShiftHandler } from './change-on-call-shift/change-on-call-shift.handler.js';
import { CreateAssignmentController } from './create-assignment/create-assignment.controller.js';
import { CreateAssignmentHandler } from './create-assignment/create-assignment.handler.js';
import { CreateCampusGroupController } from './create-campus-group/create-campus-group.controller.js';
import { CreateCampusGroupHandler } from './create-campus-group/create-campus-group.handler.js';
import { CreatePositionController } from './create-position/create-position.controller.js';
import { CreatePositionHandler } from './create-position/create-position.handler.js';
import { DeactivateStaffMemberController } from './deactivate-staff-member/deactivate-staff-member.controller.js';
import { DeactivateStaffMemberHandler } from './deactivate-staff-member/deactivate-staff-member.handler.js';
import { DecideOfferController } from './decide-offer/decide-offer.controller.js';
import { DecideOfferHandler } from './decide-offer/decide-offer.handler.js';
import { EndAssignmentController } from './end-assignment/end-assignment.controller.js';
import { EndAssignmentHandler } from './end-assignment/end-assignment.handler.js';
import { ExtendOfferController } from './extend-offer/extend-offer.controller.js';
import { ExtendOfferHandler } from './extend-offer/extend-offer.handler.js';
import { GetCampusGroupController } from './get-campus-group/get-campus-group.controller.js';
import { GetCandidateController } from './get-candidate/get-candidate.controller.js';
import { GetOnCallShiftController } from './get-on-call-shift/get-on-call-shift.controller.js';
import { GetPositionController } from './get-position/get-position.controller.js';
import { GetRequisitionController } from './get-requisition/get-requisition.controller.js';
import { GetStaffEligibilityController } from './get-staff-eligibility/get-staff-eligibility.controller.js';
import { GetStaffEligibilityHandler } from './get-staff-eligibility/get-staff-eligibility.handler.js';
import { GetStaffMemberController } from './get-staff-member/get-staff-member.controller.js';
import { GetStaffMemberHandler } from './get-staff-member/get-staff-member.handler.js';
import { ListHiringController } from './list-hiring/list-hiring.controller.js';
import { ListHiringHandler } from './list-hiring/list-hiring.handler.js';
import { ListStaffController } from './list-staff/list-staff.controller.js';
import { ListStaffHandler } from './list-staff/list-staff.handler.js';
import { ListAssignmentsController } from './list-assignments/list-assignments.controller.js';
import { ListStaffCertificationsController } from './list-staff-certifications/list-staff-certifications.controller.js';
import { ListStaffCertificationsHandler } from './list-staff-certifications/list-staff-certifications.handler.js';
import { OnCallCoverageController } from './on-call-coverage/on-call-coverage.controller.js';
import { OnCallCoverageHandler } from './on-call-coverage/on-call-coverage.handler.js';
import { ProjectCertificationsHandler } from './project-certifications/project-certifications.handler.js';
import { ProjectEligibilityHandler } from './project-eligibility/project-eligibility.handler.js';
import { ProjectPsychDeclarationsHandler } from './psych-declarations/project-psych-declarations.handler.js';
import { PublishOnCallShiftController } from './publish-on-call-shift/publish-on-call-shift.controller.js';
import { PublishOnCallShiftHandler } from './publish-on-call-shift/publish-on-call-shift.handler.js';
import { RejectCandidateController } from './reject-candidate/reject-candidate.controller.js';
import { RejectCandidateHandler } from './reject-candidate/reject-candidate.handler.js';
import { OpenRequisitionController } from './open-requisition/open-requisition.controller.js';
import { OpenRequisitionHandler } from './open-requisition/open-requisition.handler.js';
import { STAFFING_ENTITIES } from './staffing.entities.js';
import { WhoIsOnCallController } from './who-is-on-call/who-is-on-call.controller.js';
import { WhoIsOnCallHandler } from './who-is-on-call/who-is-on-call.handler.js';

@Module({
  imports: [
    TypeOrmModule.forFeature(STAFFING_ENTITIES),
    MessagingModule.forService(),
  ],
  controllers: [
    // Event handlers (@InboxConsumer): Nest binds them to the inbox transport.
    ProjectCertificationsHandler,
    ProjectEligibilityHandler,
    ProjectPsychDeclarationsHandler,
    ListStaffController,
    ListHiringController,
    AddStaffMemberController,
    GetStaffMemberController,
    DeactivateStaffMemberController,
    ListStaffCertificationsController,
    GetStaffEligibilityController,
    CreatePositionController,
    GetPositionController,
    OpenRequisitionController,
    GetRequisitionController,
    AddCandidateController,
    GetCandidateController,
    AdvanceCandidateController,
    ExtendOfferController,
    DecideOfferController,
    RejectCandidateController,
    CreateAssignmentController,
    EndAssignmentController,
    CancelAssignmentController,
    ListAssignmentsController,
    CreateCampusGroupController,
    GetCampusGroupController,
    WhoIsOnCallController,
    OnCallCoverageController,
    PublishOnCallShiftController,
    GetOnCallShiftController,
    ChangeOnCallShiftController,
    CancelOnCallShiftController,
  ],
  providers: [
    ListStaffHandler,
    ListHiringHandler,
    AddStaffMemberHandler,
    GetStaffMemberHandler,
    DeactivateStaffMemberHandler,
    ListStaffCertificationsHandler,
    GetStaffEligibilityHandler,
    CreatePositionHandler,
    OpenRequisitionHandler,
    AddCandidateHandler,
    AdvanceCandidateHandler,
    ExtendOfferHandler,
    DecideOfferHandler,
    RejectCandidateHandler,
    CreateAssignmentHandler,
    EndAssignmentHandler,
    CancelAssignmentHandler,
    CreateCampusGroupHandler,
    PublishOnCallShiftHandler,
    ChangeOnCallShiftHandler,
    CancelOnCallShiftHandler,
    WhoIsOnCallHandler,
    OnCallCoverageHandler,
  ],
})
export class StaffingModule {}
