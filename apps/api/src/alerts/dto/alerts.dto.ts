import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export enum WebhookFormat {
  JSON = 'JSON',
  SLACK = 'SLACK',
}

registerEnumType(WebhookFormat, {
  name: 'WebhookFormat',
  description: 'JSON: the alert event; SLACK: `{"text": "…"}` for a Slack-compatible incoming webhook.',
});

@ObjectType('AlertSettings', { description: 'When budget alerts go out, and through which channels.' })
export class AlertSettingsObject {
  @Field(() => [Int], {
    description: 'Shares of the period allowance, in basis points (8000 = 80%), alerted on once per period.',
  })
  thresholdsBp: number[];
  @Field({ description: 'Alert when the budget runs out before the period ends at the current pace.' })
  runOutAlert: boolean;
  @Field({ description: 'Send alerts by email to the engineer and their manager.' }) mailEnabled: boolean;
  @Field({ description: 'Send alerts to the company’s webhook endpoints.' }) webhooksEnabled: boolean;
  @Field({ description: 'Whether this server has SMTP configured (without it, mail is logged as skipped).' })
  mailConfigured: boolean;
}

@InputType()
export class UpdateAlertSettingsInput {
  @Field(() => [Int], { nullable: true, description: '1 to 20000 basis points each, at most 10.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'must hold at most 10 thresholds' })
  @IsInt({ each: true, message: 'must be whole basis points' })
  @Min(1, { each: true, message: 'must be at least 1 basis point' })
  @Max(20000, { each: true, message: 'must be at most 20000 basis points (200%)' })
  thresholdsBp?: number[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() runOutAlert?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() mailEnabled?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() webhooksEnabled?: boolean;
}

@ObjectType('WebhookEndpoint')
export class WebhookEndpointObject {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field(() => WebhookFormat) format: WebhookFormat;
  @Field() createdAt: Date;
}

@ObjectType('CreatedWebhookEndpoint')
export class CreatedWebhookEndpointObject {
  @Field({
    description:
      'The signing secret. Shown once: every request carries `X-Tokenroll-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with this secret>`.',
  })
  secret: string;
  @Field(() => WebhookEndpointObject) endpoint: WebhookEndpointObject;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'An http(s) URL that receives a POST per alert.' })
  @IsString()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  url: string;
  @Field(() => WebhookFormat, { defaultValue: WebhookFormat.JSON })
  @IsOptional()
  @IsEnum(WebhookFormat, { message: 'must be JSON or SLACK' })
  format: WebhookFormat = WebhookFormat.JSON;
}

@ObjectType('AlertDelivery', {
  description: 'One message to one recipient (an email address or a webhook URL).',
})
export class AlertDeliveryObject {
  @Field(() => ID) id: string;
  @Field({ description: 'ALERT, INVITATION, APPROVAL (a request to decide) or TEST.' }) kind: string;
  @Field(() => ID, { nullable: true }) alertId: string | null;
  @Field({ description: 'EMAIL or WEBHOOK.' }) channel: string;
  @Field({ description: 'The email address, or the endpoint URL.' }) recipient: string;
  @Field(() => String, { nullable: true, description: 'The mail subject, or the webhook event type.' })
  subject: string | null;
  @Field({
    description: 'PENDING (to send or to retry), SENT, FAILED (gave up) or SKIPPED (no SMTP configured).',
  })
  status: string;
  @Field(() => Int) attempts: number;
  @Field(() => Int) maxAttempts: number;
  @Field(() => Date, { nullable: true, description: 'When a PENDING delivery is tried next.' })
  nextAttemptAt: Date | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
}

@ObjectType('Alert', {
  description: 'A budget alert. Amounts are micro-units of `currency`, as of the alert.',
})
export class AlertObject {
  @Field(() => ID) id: string;
  @Field({
    description:
      'THRESHOLD (a share of the allowance was spent), RUN_OUT (runs out before period end) or OVERAGE (usage beyond the budget took the balance below zero).',
  })
  kind: string;
  @Field(() => Int, { nullable: true, description: 'The threshold crossed, in basis points.' })
  thresholdBp: number | null;
  @Field(() => ID) engineerId: string;
  @Field() engineerName: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field() currency: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The period allowance; null when you may not see this engineer’s allowance figures (a manager, by the company setting).',
  })
  allowanceMicros: string | null;
  @Field() spentMicros: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Available then; null when you may not see this engineer’s allowance figures (a manager, by the company setting).',
  })
  availableMicros: string | null;
  @Field(() => String, { nullable: true }) runsOutOn: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'How far the balance was below zero (0 unless in overage); null when you may not see this engineer’s allowance figures (a manager, by the company setting).',
  })
  overageMicros: string | null;
  @Field() createdAt: Date;
  @Field({ description: 'About your own budget (false: sent to you as the engineer’s manager).' })
  aboutYou: boolean;
}

@ObjectType('MailSettings', { description: 'How this server sends mail (no secrets).' })
export class MailSettingsObject {
  @Field({ description: 'The sender address (MAIL_FROM).' }) from: string;
  @Field({ description: 'Whether SMTP_URL is set; without it mail is logged as skipped.' })
  configured: boolean;
  @Field(() => String, { nullable: true, description: 'The SMTP server as host:port.' }) host: string | null;
}

@ObjectType('TestEmailResult')
export class TestEmailResultObject {
  @Field({ description: 'Whether the SMTP server accepted the mail.' }) sent: boolean;
  @Field({ description: 'Where it went: your own address.' }) to: string;
  @Field(() => String, { nullable: true, description: 'Why it was not sent.' }) error: string | null;
}
