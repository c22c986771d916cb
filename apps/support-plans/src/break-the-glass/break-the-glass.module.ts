import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentGateModule } from '../consent-gate/consent-gate.module.js';
import { ShareWithPoliceModule } from '../share-with-police/share-with-police.module.js';
import { BreakGlassGrantRecord } from './data/break-glass-grant.entity.js';
import { EndBreakGlassController } from './end-break-glass/end-break-glass.controller.js';
import { EndBreakGlassHandler } from './end-break-glass/end-break-glass.handler.js';
import { IssueBreakGlassController } from './issue-break-glass/issue-break-glass.controller.js';
import { IssueBreakGlassHandler } from './issue-break-glass/issue-break-glass.handler.js';
import { ListBreakGlassController } from './list-break-glass/list-break-glass.controller.js';
import { ListBreakGlassHandler } from './list-break-glass/list-break-glass.handler.js';

/** Emergency access (R6): issued, ended, reviewed by clinical supervisors. */
export const BREAK_GLASS_ENTITIES = [BreakGlassGrantRecord];

@Module({
  imports: [TypeOrmModule.forFeature(BREAK_GLASS_ENTITIES), ConsentGateModule, ShareWithPoliceModule],
  controllers: [IssueBreakGlassController, ListBreakGlassController, EndBreakGlassController],
  providers: [IssueBreakGlassHandler, ListBreakGlassHandler, EndBreakGlassHandler],
})
export class BreakTheGlassModule {}
