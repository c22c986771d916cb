import 'reflect-metadata';
import { runService } from '#platform';
import { trainingDefinition } from './training.definition.js';

await runService(trainingDefinition);
