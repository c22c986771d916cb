import { AcceptReferralController } from './accept-referral/accept-referral.controller.js';
import { AcceptReferralHandler } from './accept-referral/accept-referral.handler.js';
import { CareGuard } from './care/care-guard.js';
import { ClinicalNote } from './clinical-notes/clinical-note.entity.js';
import { GetClinicalNoteController } from './clinical-notes/get-clinical-note/get-clinical-note.controller.js';
import { GetClinicalNoteHandler } from './clinical-notes/get-clinical-note/get-clinical-note.handler.js';
import { ListClinicalNotesController } from './clinical-notes/list-clinical-notes/list-clinical-notes.controller.js';
import { ListClinicalNotesHandler } from './clinical-notes/list-clinical-notes/list-clinical-notes.handler.js';
import { ClinicalNoteReader } from './clinical-notes/read-note.js';
import { WriteClinicalNoteController } from './clinical-notes/write-clinical-note/write-clinical-note.controller.js';
import { WriteClinicalNoteHandler } from './clinical-notes/write-clinical-note/write-clinical-note.handler.js';
import { ClinicalNotes1764400000500 } from './migrations/1764400000500-clinical-notes.js';
import { DeclineReferralController } from './decline-referral/decline-referral.controller.js';
import { DeclineReferralHandler } from './decline-referral/decline-referral.handler.js';
import { ClinicalProjection } from './police-projection-sources.js';
import { ListReferralsController } from './list-referrals/list-referrals.controller.js';
import { ListReferralsHandler } from './list-referrals/list-referrals.handler.js';
import { CreateThreatCase1764400000000 } from './migrations/1764400000000-create-threat-case.js';
import { ThreatCaseWork1764400000100 } from './migrations/1764400000100-threat-case-work.js';
import { ReferralDecisions1764400000200 } from './migrations/1764400000200-referral-decisions.js';
import { ReceiveIncidentReferralHandler } from './receive-incident-referral/receive-incident-referral.handler.js';
import { ReferralDecider } from './referral-decisions/decide-referral.js';
import { SafetyPlans1764400000400 } from './migrations/1764400000400-safety-plans.js';
import { CreateSafetyPlanController } from './safety-plans/create-safety-plan/create-safety-plan.controller.js';
import { CreateSafetyPlanHandler } from './safety-plans/create-safety-plan/create-safety-plan.handler.js';
import { GetSafetyPlanController } from './safety-plans/get-safety-plan/get-safety-plan.controller.js';
import { GetSafetyPlanHandler } from './safety-plans/get-safety-plan/get-safety-plan.handler.js';
import { ReviseSafetyPlanController } from './safety-plans/revise-safety-plan/revise-safety-plan.controller.js';
import { ReviseSafetyPlanHandler } from './safety-plans/revise-safety-plan/revise-safety-plan.handler.js';
import { SafetyPlan } from './safety-plans/safety-plan.entity.js';
import { StudentViewController } from './student-view/student-view.controller.js';
import { StudentViewHandler } from './student-view/student-view.handler.js';
import { SupportPlans1764400000300 } from './migrations/1764400000300-support-plans.js';
import { CreateSupportPlanController } from './support-plans/create-support-plan/create-support-plan.controller.js';
import { CreateSupportPlanHandler } from './support-plans/create-support-plan/create-support-plan.handler.js';
import { GetSupportPlanController } from './support-plans/get-support-plan/get-support-plan.controller.js';
import { GetSupportPlanHandler } from './support-plans/get-support-plan/get-support-plan.handler.js';
import { ProviderReferral } from './provider-referrals/provider-referral.entity.js';
import { ProviderReferralsController } from './provider-referrals/provider-referrals.controller.js';
import { ProviderReferralsHandler } from './provider-referrals/provider-referrals.handler.js';
import { ProviderReferrals1764400000800 } from './migrations/1764400000800-provider-referrals.js';
import { CommunityProvider } from './community-providers/community-provider.entity.js';
import { CommunityProvidersController } from './community-providers/community-providers.controller.js';
import { CommunityProvidersHandler } from './community-providers/community-providers.handler.js';
import { CommunityProviders1764400000700 } from './migrations/1764400000700-community-providers.js';
import { ClinicalListIndexes1764400000600 } from './migrations/1764400000600-list-indexes.js';
import { ListSupportPlansController } from './support-plans/list-support-plans/list-support-plans.controller.js';
import { ListSupportPlansHandler } from './support-plans/list-support-plans/list-support-plans.handler.js';
import { ListCasesController } from './threat-assessments/list-cases/list-cases.controller.js';
import { ListCasesHandler } from './threat-assessments/list-cases/list-cases.handler.js';
import { ListOverdueReviewsController } from './support-plans/list-overdue-reviews/list-overdue-reviews.controller.js';
import { ListOverdueReviewsHandler } from './support-plans/list-overdue-reviews/list-overdue-reviews.handler.js';
import { ReviewSupportPlanController } from './support-plans/review-support-plan/review-support-plan.controller.js';
import { ReviewSupportPlanHandler } from './support-plans/review-support-plan/review-support-plan.handler.js';
import { SupportPlan, SupportPlanReview } from './support-plans/support-plan.entity.js';
import { UpdateSupportPlanController } from './support-plans/update-support-plan/update-support-plan.controller.js';
import { UpdateSupportPlanHandler } from './support-plans/update-support-plan/update-support-plan.handler.js';
import { AddInterventionController } from './threat-assessments/add-intervention/add-intervention.controller.js';
import { AddInterventionHandler } from './threat-assessments/add-intervention/add-intervention.handler.js';
import { AddTeamMemberController } from './threat-assessments/add-team-member/add-team-member.controller.js';
import { AddTeamMemberHandler } from './threat-assessments/add-team-member/add-team-member.handler.js';
import { CloseCaseController } from './threat-assessments/close-case/close-case.controller.js';
import { CloseCaseHandler } from './threat-assessments/close-case/close-case.handler.js';
import { GetCaseController } from './threat-assessments/get-case/get-case.controller.js';
import { GetCaseHandler } from './threat-assessments/get-case/get-case.handler.js';
import { OpenCaseFromTipHandler } from './threat-assessments/open-case-from-tip/open-case-from-tip.handler.js';
import { OpenCaseController } from './threat-assessments/open-case/open-case.controller.js';
import { OpenCaseHandler } from './threat-assessments/open-case/open-case.handler.js';
import { ThreatCaseOpener } from './threat-assessments/open-case/threat-case-opener.js';
import { RecordScreeningController } from './threat-assessments/record-screening/record-screening.controller.js';
import { RecordScreeningHandler } from './threat-assessments/record-screening/record-screening.handler.js';
import { RemoveTeamMemberController } from './threat-assessments/remove-team-member/remove-team-member.controller.js';
import { RemoveTeamMemberHandler } from './threat-assessments/remove-team-member/remove-team-member.handler.js';
import { SetConcernLevelController } from './threat-assessments/set-concern-level/set-concern-level.controller.js';
import { SetConcernLevelHandler } from './threat-assessments/set-concern-level/set-concern-level.handler.js';
import { ThreatCase } from './threat-assessments/threat-case.entity.js';
import { ThreatIntervention } from './threat-assessments/threat-intervention.entity.js';
import { ThreatScreening } from './threat-assessments/threat-screening.entity.js';
import { ThreatTeamMember } from './threat-assessments/threat-team-member.entity.js';

/**
 * The clinical work of support-plans (referral decisions, support and safety plans, threat
 * assessments, clinical notes, the student view), listed once so the module and the service
 * definition take them as a whole.
 */
export const CLINICAL_ENTITIES = [ThreatCase, ThreatTeamMember, ThreatScreening, ThreatIntervention, SupportPlan, SupportPlanReview, SafetyPlan, ClinicalNote, CommunityProvider, ProviderReferral];

export const CLINICAL_MIGRATIONS = [CreateThreatCase1764400000000, ThreatCaseWork1764400000100, ReferralDecisions1764400000200, SupportPlans1764400000300, SafetyPlans1764400000400, ClinicalNotes1764400000500, ClinicalListIndexes1764400000600, CommunityProviders1764400000700, ProviderReferrals1764400000800];

export const CLINICAL_CONTROLLERS = [
  ListReferralsController,
  AcceptReferralController,
  DeclineReferralController,
  CreateSupportPlanController,
  ListOverdueReviewsController,
  ListSupportPlansController,
  ListCasesController,
  CommunityProvidersController,
  ProviderReferralsController,
  GetSupportPlanController,
  UpdateSupportPlanController,
  ReviewSupportPlanController,
  CreateSafetyPlanController,
  GetSafetyPlanController,
  ReviseSafetyPlanController,
  WriteClinicalNoteController,
  ListClinicalNotesController,
  GetClinicalNoteController,
  StudentViewController,
  OpenCaseController,
  GetCaseController,
  AddTeamMemberController,
  RemoveTeamMemberController,
  RecordScreeningController,
  SetConcernLevelController,
  AddInterventionController,
  CloseCaseController,
];

/** Event handlers (@InboxConsumer controllers, bound by Nest to the inbox transport); each group is registered in libs/contracts CONSUMERS. */
export const CLINICAL_EVENT_HANDLERS = [ReceiveIncidentReferralHandler, OpenCaseFromTipHandler];

export const CLINICAL_PROVIDERS = [
  CareGuard,
  ClinicalProjection,
  ReferralDecider,
  ListReferralsHandler,
  AcceptReferralHandler,
  DeclineReferralHandler,
  CreateSupportPlanHandler,
  ListOverdueReviewsHandler,
  ListSupportPlansHandler,
  ListCasesHandler,
  CommunityProvidersHandler,
  ProviderReferralsHandler,
  GetSupportPlanHandler,
  UpdateSupportPlanHandler,
  ReviewSupportPlanHandler,
  CreateSafetyPlanHandler,
  GetSafetyPlanHandler,
  ReviseSafetyPlanHandler,
  ClinicalNoteReader,
  WriteClinicalNoteHandler,
  ListClinicalNotesHandler,
  GetClinicalNoteHandler,
  StudentViewHandler,
  ThreatCaseOpener,
  OpenCaseHandler,
  GetCaseHandler,
  AddTeamMemberHandler,
  RemoveTeamMemberHandler,
  RecordScreeningHandler,
  SetConcernLevelHandler,
  AddInterventionHandler,
  CloseCaseHandler,
];
