import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Problem } from '#platform';
import { CompletionImport } from '../data/completion-import.entity.js';

@Injectable()
export class GetCompletionImportHandler {
  constructor(@InjectRepository(CompletionImport) private readonly imports: Repository<CompletionImport>) {}

  async execute(id: string): Promise<CompletionImport> {
    const record = await this.imports.findOneBy({ id });
    if (!record) throw Problem.notFound('IMPORT.NOT_FOUND', `No completion import ${id}`);
    return record;
  }
}
