import 'reflect-metadata';
import { runService } from '#platform';
import { supportPlansDefinition } from './support-plans.definition.js';

await runService(supportPlansDefinition);
