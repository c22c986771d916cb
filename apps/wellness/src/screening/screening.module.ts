import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { PsychDeclaration } from './data/psych-declaration.entity.js';
import { PsychEvaluation } from './data/psych-evaluation.entity.js';
import { GetEvaluationController } from './get-evaluation/get-evaluation.controller.js';
import { GetEvaluationHandler } from './get-evaluation/get-evaluation.handler.js';
import { RecordDeclarationController } from './record-declaration/record-declaration.controller.js';
import { RecordDeclarationHandler } from './record-declaration/record-declaration.handler.js';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.controller.js';
import { RecordEvaluationHandler } from './record-evaluation/record-evaluation.handler.js';

export const SCREENING_ENTITIES = [PsychEvaluation, PsychDeclaration];

/**
 * Psychological screening of officer candidates: sealed evaluations (W2) and the L-3 declaration,
 * the one fact that leaves wellness (W3). It is the only feature that publishes, so it alone imports
 * messaging and no other feature can even inject the Outbox (W1); the inbox transport that comes
 * with it runs every feature's @InboxConsumer.
 */
@Module({
  imports: [TypeOrmModule.forFeature(SCREENING_ENTITIES), MessagingModule.forService('wellness')],
  controllers: [RecordEvaluationController, GetEvaluationController, RecordDeclarationController],
  providers: [RecordEvaluationHandler, GetEvaluationHandler, RecordDeclarationHandler],
})
export class ScreeningModule {}
