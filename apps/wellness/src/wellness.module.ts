import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MessagingModule } from '#messaging';
import { GetEvaluationController } from './get-evaluation/get-evaluation.controller.js';
import { WellnessPolicyProvider } from './policy/wellness-policy.js';
import { RecordDeclarationController } from './record-declaration/record-declaration.controller.js';
import { RecordDeclarationHandler } from './record-declaration/record-declaration.handler.js';
import { RecordEvaluationController } from './record-evaluation/record-evaluation.controller.js';
import { WELLNESS_ENTITIES } from './wellness.entities.js';

@Module({
  imports: [TypeOrmModule.forFeature(WELLNESS_ENTITIES), MessagingModule.forService({ handlers: [] })],
  controllers: [RecordEvaluationController, GetEvaluationController, RecordDeclarationController],
  providers: [WellnessPolicyProvider.provider, RecordDeclarationHandler],
})
export class WellnessModule {}
