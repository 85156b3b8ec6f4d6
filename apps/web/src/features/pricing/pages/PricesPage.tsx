import type { ReactNode } from 'react';
import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { parseApiError } from '../../../app/errors';
import { hasAnyRole } from '../../../app/roles';
import { useCurrentUser } from '../../../app/session/SessionContext';
import { ErrorState, LoadingState, NoAccessState } from '../../../app/ui/states';
import { CompanyPriceForm } from '../components/CompanyPriceForm';
import { ExchangeRates } from '../components/ExchangeRates';
import { ModelPatterns } from '../components/ModelPatterns';
import { PriceTable } from '../components/PriceTable';
import { SelfHostedCalculator } from '../components/SelfHostedCalculator';
import { ModelPricesQuery } from '../graphql/pricing';
import { suggestPattern } from '../pricing';

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The price catalog: list and company prices in force, a negotiated price, the self-hosted
 * calculator, model patterns and exchange rates. ADMIN edits prices and patterns; ADMIN and FINANCE
 * set exchange rates (as the API allows). `?provider=&model=` prefills the forms (from the unpriced queue).
 */
export function PricesPage() {
  const user = useCurrentUser();
  const [params] = useSearchParams();
  const provider = params.get('provider') ?? '';
  const model = params.get('model') ?? '';
  const isAdmin = user.roles.includes('ADMIN');
  const canSetRates = hasAnyRole(user.roles, ['ADMIN', 'FINANCE']);
  const { data, loading, error, refetch } = useQuery(ModelPricesQuery);
  const apiError = error ? parseApiError(error) : null;
  const suggestion = model ? suggestPattern(model) : null;

  if (apiError?.code === 'FORBIDDEN') return <NoAccessState />;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Prices</Title>
        <Text c="dimmed">
          What each model costs per 1M tokens: public list prices, and your company&apos;s own where it has
          one.
        </Text>
      </div>
      {model && (
        <Alert
          color="blue"
          variant="light"
          title={`Pricing ${provider}/${model}`}
          data-testid="pricing-from-queue"
        >
          This model has usage but no price.{' '}
          {suggestion
            ? `If it is a dated variant, price it as ${suggestion.model} with the pattern ${suggestion.pattern} below, or set a company price for it.`
            : 'Set a company price for it, or map it to a priced model with a pattern.'}
        </Alert>
      )}
      <Section id="catalog-title" title="Prices in force" description="Today’s rates per 1M tokens in USD.">
        {loading && !data && <LoadingState label="Loading prices…" />}
        {apiError && !data && (
          <ErrorState
            title="We couldn't load the prices"
            message={apiError.message}
            onRetry={() => void refetch()}
          />
        )}
        {data && <PriceTable prices={data.modelPrices} />}
      </Section>
      {isAdmin && (
        <Section
          id="company-price-title"
          title="Set a company price"
          description="A negotiated rate, or a model the public list lacks, from a date on. Usage before the date keeps its price."
        >
          <CompanyPriceForm
            key={`${provider}/${model}`}
            provider={provider}
            model={suggestion ? '' : model}
          />
        </Section>
      )}
      <Section
        id="self-hosted-title"
        title="Self-hosted calculator"
        description="What a token costs on your own GPUs: GPU cost per hour ÷ (tokens per second × 3,600 × utilization), per 1M tokens."
      >
        <SelfHostedCalculator canSave={isAdmin} />
      </Section>
      <Section
        id="patterns-title"
        title="Model patterns"
        description="Price dated variants of a model (claude-opus-5-5-20261101) as the catalog model. Adding one prices matching unpriced usage at once."
      >
        <ModelPatterns
          canEdit={isAdmin}
          initial={{
            provider: suggestion ? provider : '',
            pattern: suggestion?.pattern ?? '',
            model: suggestion?.model ?? '',
          }}
        />
      </Section>
      <Section
        id="exchange-rates-title"
        title="Exchange rates"
        description="List prices are in USD; usage is charged in your company’s currency at the rate in force on its day."
      >
        <ExchangeRates canEdit={canSetRates} companyCurrency={user.company.currency} />
      </Section>
    </Stack>
  );
}
