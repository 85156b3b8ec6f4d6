import { Injectable } from '@nestjs/common';
import { IsoDate } from '@tokenroll/domain';

/**
 * What a price change asks of the usage already recorded: usage from `from` on (of one model where given)
 * is priced again; without `from`, only usage still unpriced is.
 */
export interface PriceChange {
  from?: IsoDate;
  provider?: string;
  model?: string;
}

export type PriceChangeListener = (change: PriceChange) => Promise<unknown>;

/**
 * Pricing announces its changes here and metering, which owns the usage, subscribes to reprice it: pricing
 * depends on nothing of metering. Listeners run in the caller's (the request's) transaction, in order.
 */
@Injectable()
export class PriceChanges {
  private readonly listeners: PriceChangeListener[] = [];

  subscribe(listener: PriceChangeListener): void {
    this.listeners.push(listener);
  }

  async changed(change: PriceChange): Promise<void> {
    for (const listener of this.listeners) await listener(change);
  }
}
