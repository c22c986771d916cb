import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TrainingMessaging } from '../training.messaging.js';
import { CompletionImport } from './data/completion-import.entity.js';
import { Completion } from './data/completion.entity.js';
import { Instructor } from './data/instructor.entity.js';
import { GetCompletionImportController } from './get-completion-import/get-completion-import.controller.js';
import { GetCompletionImportHandler } from './get-completion-import/get-completion-import.handler.js';
import { CsvBodyParser } from './import-completions/csv-body.parser.js';
import { ImportCompletionsController } from './import-completions/import-completions.controller.js';
import { ImportCompletionsHandler } from './import-completions/import-completions.handler.js';
import { ListStaffCompletionsController } from './list-staff-completions/list-staff-completions.controller.js';
import { ListStaffCompletionsHandler } from './list-staff-completions/list-staff-completions.handler.js';
import { RecordCompletionController } from './record-completion/record-completion.controller.js';
import { RecordCompletionHandler } from './record-completion/record-completion.handler.js';
import { RegisterInstructorController } from './register-instructor/register-instructor.controller.js';
import { RegisterInstructorHandler } from './register-instructor/register-instructor.handler.js';

/** Course completions: instructors, single records and bulk imports (training.completion.recorded). */
@Module({
  imports: [TypeOrmModule.forFeature([Completion, CompletionImport, Instructor]), TrainingMessaging],
  controllers: [RegisterInstructorController, RecordCompletionController, ListStaffCompletionsController, ImportCompletionsController, GetCompletionImportController],
  providers: [RegisterInstructorHandler, RecordCompletionHandler, ListStaffCompletionsHandler, ImportCompletionsHandler, GetCompletionImportHandler, CsvBodyParser],
})
export class CompletionsModule {}
