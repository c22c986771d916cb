import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AddProviderController } from './add-provider/add-provider.controller.js';
import { AddProviderHandler } from './add-provider/add-provider.handler.js';
import { CommunityProvider } from './data/community-provider.entity.js';
import { GetProviderController } from './get-provider/get-provider.controller.js';
import { GetProviderHandler } from './get-provider/get-provider.handler.js';
import { ListProvidersController } from './list-providers/list-providers.controller.js';
import { ListProvidersHandler } from './list-providers/list-providers.handler.js';

/** The registry of community providers students are referred to (some are 42 CFR Part 2 programs). */
export const COMMUNITY_PROVIDER_ENTITIES = [CommunityProvider];

@Module({
  imports: [TypeOrmModule.forFeature(COMMUNITY_PROVIDER_ENTITIES)],
  controllers: [AddProviderController, ListProvidersController, GetProviderController],
  providers: [AddProviderHandler, ListProvidersHandler, GetProviderHandler],
})
export class CommunityProvidersModule {}
