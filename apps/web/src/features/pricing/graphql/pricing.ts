import { graphql } from '../../../gql';

export const ModelPriceFields = graphql(`
  fragment ModelPriceFields on ModelPrice {
    provider
    model
    effectiveFrom
    currency
    inputMicros
    outputMicros
    cacheReadMicros
    cacheWrite5mMicros
    cacheWrite1hMicros
    tierCount
    origin
    source
  }
`);

export const ModelPricesQuery = graphql(`
  query ModelPrices {
    modelPrices {
      ...ModelPriceFields
    }
  }
`);

export const SetCompanyModelPriceMutation = graphql(`
  mutation SetCompanyModelPrice($input: SetCompanyModelPriceInput!) {
    setCompanyModelPrice(input: $input) {
      ...ModelPriceFields
    }
  }
`);

export const ModelPatternsQuery = graphql(`
  query ModelPatterns {
    modelPatterns {
      id
      provider
      pattern
      model
    }
  }
`);

export const CreateModelPatternMutation = graphql(`
  mutation CreateModelPattern($input: CreateModelPatternInput!) {
    createModelPattern(input: $input) {
      id
      provider
      pattern
      model
    }
  }
`);

export const DeleteModelPatternMutation = graphql(`
  mutation DeleteModelPattern($id: ID!) {
    deleteModelPattern(id: $id)
  }
`);

export const ExchangeRatesQuery = graphql(`
  query ExchangeRates {
    exchangeRates {
      currency
      effectiveFrom
      microsPerUsd
    }
  }
`);

export const SetExchangeRateMutation = graphql(`
  mutation SetExchangeRate($input: SetExchangeRateInput!) {
    setExchangeRate(input: $input) {
      currency
      effectiveFrom
      microsPerUsd
    }
  }
`);
