import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { insertUnique, Problem } from '#platform';
import { Position } from '../data/position.entity.js';
import type { CreatePositionDto } from './create-position.dto.js';

@Injectable()
export class CreatePositionHandler {
  constructor(@InjectRepository(Position) private readonly positions: Repository<Position>) {}

  execute(dto: CreatePositionDto): Promise<Position> {
    return insertUnique(this.positions, { ...dto }, () => Problem.conflict('POSITION.DUPLICATE_CODE', `Position ${dto.code} already exists`));
  }
}
