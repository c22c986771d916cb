import 'reflect-metadata';
import { runService } from '#platform';
import { trainingService } from './training.service.js';

await runService(trainingService);
