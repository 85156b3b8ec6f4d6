import { Global, Module } from '@nestjs/common';
import { OutboundHttp } from './outbound-http';

/** The one guarded HTTP client for every URL the server calls (see README.md). */
@Global()
@Module({ providers: [OutboundHttp], exports: [OutboundHttp] })
export class OutboundModule {}
