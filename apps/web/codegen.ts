import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema file only — never a live server.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  overwrite: true,
  generates: {
    // CODEGEN_OUT lets `npm test` generate into a scratch folder and compare with the committed files.
    [process.env.CODEGEN_OUT ?? 'apps/web/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
