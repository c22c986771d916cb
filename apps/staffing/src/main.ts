import 'reflect-metadata';
import { runService } from '#platform';
import { staffingDefinition } from './staffing.definition.js';

await runService(staffingDefinition);
