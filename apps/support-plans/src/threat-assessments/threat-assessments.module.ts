import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { AddInterventionController } from './add-intervention/add-intervention.controller.js';
import { AddInterventionHandler } from './add-intervention/add-intervention.handler.js';
import { AddTeamMemberController } from './add-team-member/add-team-member.controller.js';
import { AddTeamMemberHandler } from './add-team-member/add-team-member.handler.js';
import { CloseCaseController } from './close-case/close-case.controller.js';
import { CloseCaseHandler } from './close-case/close-case.handler.js';
import { CaseChanges } from './data/case-changes.js';
import { ThreatCaseOpener } from './data/threat-case-opener.js';
import { ThreatCase } from './data/threat-case.entity.js';
import { ThreatIntervention } from './data/threat-intervention.entity.js';
import { ThreatScreening } from './data/threat-screening.entity.js';
import { ThreatTeamMember } from './data/threat-team-member.entity.js';
import { GetCaseController } from './get-case/get-case.controller.js';
import { GetCaseHandler } from './get-case/get-case.handler.js';
import { ListCasesController } from './list-cases/list-cases.controller.js';
import { ListCasesHandler } from './list-cases/list-cases.handler.js';
import { OpenCaseFromTipHandler } from './open-case-from-tip/open-case-from-tip.handler.js';
import { OpenCaseController } from './open-case/open-case.controller.js';
import { OpenCaseHandler } from './open-case/open-case.handler.js';
import { RecordScreeningController } from './record-screening/record-screening.controller.js';
import { RecordScreeningHandler } from './record-screening/record-screening.handler.js';
import { RemoveTeamMemberController } from './remove-team-member/remove-team-member.controller.js';
import { RemoveTeamMemberHandler } from './remove-team-member/remove-team-member.handler.js';
import { SetConcernLevelController } from './set-concern-level/set-concern-level.controller.js';
import { SetConcernLevelHandler } from './set-concern-level/set-concern-level.handler.js';

/** Threat-assessment cases (TEC 37.115): opened from incidents and tips, worked by a multidisciplinary team (R11). */
export const THREAT_ASSESSMENT_ENTITIES = [ThreatCase, ThreatTeamMember, ThreatScreening, ThreatIntervention];

@Module({
  imports: [TypeOrmModule.forFeature(THREAT_ASSESSMENT_ENTITIES), ConsentGateModule, ShareWithPoliceModule],
  controllers: [
    ListCasesController,
    OpenCaseController,
    GetCaseController,
    AddTeamMemberController,
    RemoveTeamMemberController,
    RecordScreeningController,
    SetConcernLevelController,
    AddInterventionController,
    CloseCaseController,
    // An @InboxConsumer: Nest binds it to the inbox transport (its group is in libs/contracts CONSUMERS).
    OpenCaseFromTipHandler,
  ],
  providers: [
    ThreatCaseOpener,
    CaseChanges,
    ListCasesHandler,
    OpenCaseHandler,
    GetCaseHandler,
    AddTeamMemberHandler,
    RemoveTeamMemberHandler,
    RecordScreeningHandler,
    SetConcernLevelHandler,
    AddInterventionHandler,
    CloseCaseHandler,
  ],
})
export class ThreatAssessmentsModule {}
