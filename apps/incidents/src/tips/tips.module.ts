import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IncidentsMessaging } from '../incidents.messaging.js';
import { TipReporter } from './data/tip-reporter.entity.js';
import { Tip } from './data/tip.entity.js';
import { GetTipController } from './get-tip/get-tip.controller.js';
import { GetTipHandler } from './get-tip/get-tip.handler.js';
import { ReceiveTipController } from './receive-tip/receive-tip.controller.js';
import { ReceiveTipHandler } from './receive-tip/receive-tip.handler.js';

export const TIP_ENTITIES = [Tip, TipReporter];

/** Tips through campus reporting channels (TEC 37.115): anonymous ones keep nothing of their sender. */
@Module({
  imports: [TypeOrmModule.forFeature(TIP_ENTITIES), IncidentsMessaging],
  controllers: [ReceiveTipController, GetTipController],
  providers: [ReceiveTipHandler, GetTipHandler],
})
export class TipsModule {}
