import { Foundation1795414364155 } from './1795414364155-Foundation';
import { PeopleAllowancesLedger1795416936760 } from './1795416936760-PeopleAllowancesLedger';
import { Offers1795417534902 } from './1795417534902-Offers';
import { ApiKeys1795420026126 } from './1795420026126-ApiKeys';
import { PriceCatalog1795420181575 } from './1795420181575-PriceCatalog';
import { Metering1795500000000 } from './1795500000000-Metering';
import { IncreasesTransfers1795510000000 } from './1795510000000-IncreasesTransfers';
import { Alerts1795520000000 } from './1795520000000-Alerts';
import { BurnRollups1795530000000 } from './1795530000000-BurnRollups';
import { DeliveryKinds1795540000000 } from './1795540000000-DeliveryKinds';
import { MeteringFastPaths1795550000000 } from './1795550000000-MeteringFastPaths';
import { BurnReadPaths1795560000000 } from './1795560000000-BurnReadPaths';
import { BurnClosedDays1795570000000 } from './1795570000000-BurnClosedDays';
import { BusinessClock1795580000000 } from './1795580000000-BusinessClock';
import { AllowanceTrueUp1795590000000 } from './1795590000000-AllowanceTrueUp';
import { BudgetOverage1795600000000 } from './1795600000000-BudgetOverage';
import { AtomicRequestLimits1795610000000 } from './1795610000000-AtomicRequestLimits';
import { BurnChangesByBusinessDay1795620000000 } from './1795620000000-BurnChangesByBusinessDay';
import { LedgerHouse1795630000000 } from './1795630000000-LedgerHouse';
import { HoldsFrontDoor1795641000000 } from './1795641000000-HoldsFrontDoor';
import { SpendPostingBalances1795642000000 } from './1795642000000-SpendPostingBalances';
import { BurnAccrualsAndOverage1795643000000 } from './1795643000000-BurnAccrualsAndOverage';
import { RequestsBusinessDay1795644000000 } from './1795644000000-RequestsBusinessDay';
import { UsageKeysCompanyCheck1795645000000 } from './1795645000000-UsageKeysCompanyCheck';
import { MembersAndSessions1795650000000 } from './1795650000000-MembersAndSessions';
import { RateLimits1795670000000 } from './1795670000000-RateLimits';
import { SealedWebhookSecrets1795660000000 } from './1795660000000-SealedWebhookSecrets';
import { SingleSignOn1795661000000 } from './1795661000000-SingleSignOn';
import { Chargeback1795700000000 } from './1795700000000-Chargeback';
import { AllowanceSight1795680000000 } from './1795680000000-AllowanceSight';

/** Every migration, in order. `nx run api:migration-generate --name=X` writes new ones; add them here. */
export const MIGRATIONS = [
  Foundation1795414364155,
  PeopleAllowancesLedger1795416936760,
  Offers1795417534902,
  ApiKeys1795420026126,
  PriceCatalog1795420181575,
  Metering1795500000000,
  IncreasesTransfers1795510000000,
  Alerts1795520000000,
  BurnRollups1795530000000,
  DeliveryKinds1795540000000,
  MeteringFastPaths1795550000000,
  BurnReadPaths1795560000000,
  BurnClosedDays1795570000000,
  BusinessClock1795580000000,
  AllowanceTrueUp1795590000000,
  BudgetOverage1795600000000,
  AtomicRequestLimits1795610000000,
  BurnChangesByBusinessDay1795620000000,
  LedgerHouse1795630000000,
  HoldsFrontDoor1795641000000,
  SpendPostingBalances1795642000000,
  BurnAccrualsAndOverage1795643000000,
  RequestsBusinessDay1795644000000,
  UsageKeysCompanyCheck1795645000000,
  MembersAndSessions1795650000000,
  SealedWebhookSecrets1795660000000,
  SingleSignOn1795661000000,
  RateLimits1795670000000,
  AllowanceSight1795680000000,
  Chargeback1795700000000,
];
