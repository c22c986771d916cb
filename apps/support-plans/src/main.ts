import 'reflect-metadata';
import { runService } from '#platform';
import { supportPlansService } from './support-plans.service.js';

await runService(supportPlansService);
