import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';

/**
 * A list of 1-200 campus ids (1-64 characters each), as campus groups and shifts take them. Listed
 * innermost first: applyDecorators applies in order, so the checks register as the stacked ones did.
 */
export const IsCampusIdList = () =>
  applyDecorators(Length(1, 64, { each: true }), IsString({ each: true }), ArrayMaxSize(200), ArrayMinSize(1), IsArray());
