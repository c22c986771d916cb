import 'reflect-metadata';
import { runService } from '#platform';
import { incidentsService } from './incidents.service.js';

await runService(incidentsService);
