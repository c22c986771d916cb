import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommunityProvider } from '../data/community-provider.entity.js';
import type { AddCommunityProviderDto } from './add-provider.dto.js';

@Injectable()
export class AddProviderHandler {
  constructor(private readonly dataSource: DataSource) {}

  execute(dto: AddCommunityProviderDto, addedBy: string): Promise<CommunityProvider> {
    const providers = this.dataSource.getRepository(CommunityProvider);
    return providers.save(
      providers.create({
        agency: dto.agency.trim(),
        services: [...new Set(dto.services)],
        contactName: dto.contactName ?? null,
        contactPhone: dto.contactPhone ?? null,
        contactEmail: dto.contactEmail ?? null,
        part2Program: dto.part2Program,
        addedBy,
      }),
    );
  }
}
