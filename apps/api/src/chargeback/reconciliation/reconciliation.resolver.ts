import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../../auth/role';
import { Roles } from '../../common/decorators';
import {
  EnterProviderInvoiceInput,
  ImportProviderInvoiceCsvInput,
  ModelReconciliation,
  ProviderInvoice,
  ProviderInvoiceSource,
  ProviderReconciliation,
  Reconciliation,
  ReconciliationExplanation,
  ReconciliationStatusValue,
} from './dto/reconciliation.dto';
import {
  Explanation,
  MonthReconciliation,
  ProviderInvoiceView,
  ReconciliationService,
} from './reconciliation.service';

const text = (value: bigint | null | undefined): string | null => (value == null ? null : value.toString());

function invoiceObject(invoice: ProviderInvoiceView): ProviderInvoice {
  return {
    id: invoice.id,
    provider: invoice.provider,
    month: invoice.month,
    currency: invoice.currency,
    amountMicros: invoice.amountMicros.toString(),
    companyCurrency: invoice.companyCurrency,
    rateMicros: invoice.rateMicros.toString(),
    convertedMicros: invoice.convertedMicros.toString(),
    source: invoice.source as ProviderInvoiceSource,
    externalRef: invoice.externalRef,
    enteredBy: invoice.enteredBy,
    enteredAt: invoice.enteredAt,
    lines: invoice.lines.map((line) => ({
      lineNo: line.lineNo,
      model: line.model,
      amountMicros: line.amountMicros.toString(),
      convertedMicros: line.convertedMicros.toString(),
    })),
  };
}

function explanationObject(explanation: Explanation): ReconciliationExplanation {
  return {
    unpricedEvents: explanation.unpricedEvents,
    unpricedMicros: explanation.unpricedMicros.toString(),
    unpricedWithoutEstimate: explanation.unpricedWithoutEstimate,
    unmappedEvents: explanation.unmappedEvents,
    unmappedMicros: explanation.unmappedMicros.toString(),
    lateEvents: explanation.lateEvents,
    lateMicros: explanation.lateMicros.toString(),
    unexplainedMicros: text(explanation.unexplainedMicros),
  };
}

function reconciliationObject(month: MonthReconciliation): Reconciliation {
  return {
    month: month.month,
    currency: month.currency,
    closed: month.closed,
    lateCutoff: month.lateCutoff,
    toleranceBp: month.toleranceBp,
    computedMicros: month.computedMicros.toString(),
    invoicedMicros: month.invoicedMicros.toString(),
    differenceMicros: month.differenceMicros.toString(),
    providers: month.providers.map((row): ProviderReconciliation => ({
      provider: row.provider,
      status: row.status as ReconciliationStatusValue,
      invoice: row.invoice ? invoiceObject(row.invoice) : null,
      computedMicros: row.computedMicros.toString(),
      invoicedMicros: text(row.invoicedMicros),
      differenceMicros: row.differenceMicros.toString(),
      toleranceMicros: row.toleranceMicros.toString(),
      explanation: explanationObject(row.explanation),
      models: row.models.map((model): ModelReconciliation => ({
        model: model.model,
        computedMicros: model.computedMicros.toString(),
        invoicedMicros: text(model.invoicedMicros),
        differenceMicros: text(model.differenceMicros),
        explanation: explanationObject(model.explanation),
      })),
    })),
  };
}

/** Provider invoices and their reconciliation with Tokenroll's own cost (FINANCE and ADMIN). */
@Resolver()
export class ReconciliationResolver {
  constructor(private readonly reconciliations: ReconciliationService) {}

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => [ProviderInvoice], { description: "The month's provider invoices (YYYY-MM)." })
  async providerInvoices(@Args('month') month: string): Promise<ProviderInvoice[]> {
    return (await this.reconciliations.invoices(month)).map(invoiceObject);
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Query(() => Reconciliation, {
    description:
      "Tokenroll's computed cost vs each provider's invoice of the month, per provider and model, the difference explained by unpriced, unmapped and late usage.",
  })
  async reconciliation(@Args('month') month: string): Promise<Reconciliation> {
    return reconciliationObject(await this.reconciliations.reconciliation(month));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => ProviderInvoice, {
    description:
      "Enters a provider's invoice of a month (replacing the one entered before), converted at the company's rate.",
  })
  async enterProviderInvoice(@Args('input') input: EnterProviderInvoiceInput): Promise<ProviderInvoice> {
    return invoiceObject(await this.reconciliations.enter(input));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => ProviderInvoice, {
    description:
      "Imports a provider's invoice CSV as the month's invoice (replacing the one before); nothing is stored when a row is bad.",
  })
  async importProviderInvoiceCsv(
    @Args('input') input: ImportProviderInvoiceCsvInput,
  ): Promise<ProviderInvoice> {
    return invoiceObject(await this.reconciliations.importCsv(input));
  }

  @Roles(Role.ADMIN, Role.FINANCE)
  @Mutation(() => Boolean, { description: 'Removes a provider invoice.' })
  removeProviderInvoice(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.reconciliations.remove(id);
  }
}
