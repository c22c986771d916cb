import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '#platform';
import { CommunityProvider } from '../data/community-provider.entity.js';

@Injectable()
export class GetProviderHandler {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<CommunityProvider> {
    const provider = await this.dataSource.manager.findOneBy(CommunityProvider, { id });
    if (!provider) throw Problem.notFound('PROVIDER.NOT_FOUND', `No community provider ${id}`);
    return provider;
  }
}
