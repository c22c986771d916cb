import 'reflect-metadata';
import { runService } from '#platform';
import { incidentsDefinition } from './incidents.definition.js';

await runService(incidentsDefinition);
