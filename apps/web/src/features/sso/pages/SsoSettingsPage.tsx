import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Code,
  Group,
  PasswordInput,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseApiError } from '../../../app/errors';
import { applyApiError } from '../../../app/forms/applyApiError';
import { ErrorState, LoadingState } from '../../../app/ui/states';
import { FormBanner } from '../../auth/components/FormBanner';
import { SaveSsoConnectionMutation } from '../graphql/saveSsoConnection';
import type { SsoSettingsQuery as SsoSettingsQueryResult } from '../../../gql/graphql';
import { SsoSettingsQuery } from '../graphql/ssoSettings';
import {
  parseDomains,
  parseRoleMappings,
  roleMappingsText,
  SSO_FIELD_LABELS,
  type SsoFormValues,
} from '../sso';

type Connection = NonNullable<SsoSettingsQueryResult['ssoSettings']['connection']>;

function valuesOf(connection: Connection | null): SsoFormValues {
  return {
    slug: connection?.slug ?? '',
    issuerUrl: connection?.issuerUrl ?? '',
    clientId: connection?.clientId ?? '',
    clientSecret: '',
    allowedDomains: connection?.allowedDomains.join(', ') ?? '',
    roleClaim: connection?.roleClaim ?? '',
    roleMappings: roleMappingsText(connection?.roleMappings ?? []),
    ssoRequired: connection?.ssoRequired ?? false,
  };
}

function SsoForm({
  connection,
  redirectUri,
  saved,
  setSaved,
}: {
  connection: Connection | null;
  redirectUri: string;
  /** Kept by the page: the form is remounted with the saved values after a save. */
  saved: boolean;
  setSaved: (saved: boolean) => void;
}) {
  const [banner, setBanner] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveSsoConnectionMutation, { refetchQueries: [SsoSettingsQuery] });
  const form = useForm<SsoFormValues>({
    mode: 'controlled',
    initialValues: valuesOf(connection),
    validate: {
      slug: (v) => (v.trim() ? null : 'Enter the name people type to sign in'),
      issuerUrl: (v) => (v.trim() ? null : 'Enter the issuer URL of your identity provider'),
      clientId: (v) => (v.trim() ? null : 'Enter the client ID'),
      clientSecret: (v) => (connection || v.trim() ? null : 'Enter the client secret'),
      allowedDomains: (v) => (parseDomains(v).length ? null : 'Enter at least one email domain'),
      roleMappings: (v) => parseRoleMappings(v).error,
    },
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setSaved(false);
    try {
      const { data } = await save({
        variables: {
          input: {
            slug: values.slug.trim(),
            issuerUrl: values.issuerUrl.trim(),
            clientId: values.clientId.trim(),
            clientSecret: values.clientSecret.trim() || null,
            allowedDomains: parseDomains(values.allowedDomains),
            roleClaim: values.roleClaim.trim() || null,
            roleMappings: parseRoleMappings(values.roleMappings).mappings,
            ssoRequired: values.ssoRequired,
          },
        },
      });
      if (!data) throw new Error('No data');
      form.setFieldValue('clientSecret', '');
      setSaved(true);
    } catch (error) {
      setBanner(applyApiError(form, error, SSO_FIELD_LABELS).banner);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Single sign-on settings">
      <Stack gap="sm">
        <FormBanner message={banner} />
        {saved && (
          <Alert color="green" variant="light" role="status">
            Single sign-on is saved. Your identity provider answered.
          </Alert>
        )}
        <Text size="sm">
          Register this redirect URI at your provider: <Code data-testid="redirect-uri">{redirectUri}</Code>
        </Text>
        <TextInput
          label={SSO_FIELD_LABELS.slug}
          description="What people type on the sign-in page (they may also type their work email)."
          withAsterisk
          {...form.getInputProps('slug')}
        />
        <TextInput
          label={SSO_FIELD_LABELS.issuerUrl}
          description="e.g. https://acme.okta.com, https://login.microsoftonline.com/<tenant>/v2.0, https://accounts.google.com"
          withAsterisk
          {...form.getInputProps('issuerUrl')}
        />
        <TextInput label={SSO_FIELD_LABELS.clientId} withAsterisk {...form.getInputProps('clientId')} />
        <PasswordInput
          label={SSO_FIELD_LABELS.clientSecret}
          description={connection ? 'Stored encrypted. Leave empty to keep it.' : 'Stored encrypted.'}
          withAsterisk={!connection}
          autoComplete="off"
          {...form.getInputProps('clientSecret')}
        />
        <TextInput
          label={SSO_FIELD_LABELS.allowedDomains}
          description="Verified emails of these domains may sign in; new ones join as members."
          withAsterisk
          {...form.getInputProps('allowedDomains')}
        />
        <TextInput
          label={SSO_FIELD_LABELS.roleClaim}
          description="An ID token claim such as groups. Without it (or without a match) new members are engineers."
          {...form.getInputProps('roleClaim')}
        />
        <Textarea
          label={SSO_FIELD_LABELS.roleMappings}
          description="One a line: claim value = ROLE (ADMIN, HR, FINANCE, MANAGER, ENGINEER)."
          autosize
          minRows={2}
          {...form.getInputProps('roleMappings')}
        />
        <Switch
          label={SSO_FIELD_LABELS.ssoRequired}
          description="Turns password sign-in off for members. Admins keep their password (break-glass)."
          {...form.getInputProps('ssoRequired', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Save single sign-on
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** ADMIN: the company's OpenID Connect provider. */
export function SsoSettingsPage() {
  const { data, loading, error, refetch } = useQuery(SsoSettingsQuery);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="lg" maw={800}>
      <div>
        <Title order={1}>Single sign-on</Title>
        <Text c="dimmed">
          Let people sign in through your identity provider (OpenID Connect: Okta, Entra ID, Google
          Workspace). Every change is audited.
        </Text>
      </div>
      {loading && !data && <LoadingState label="Loading single sign-on…" />}
      {error && !data && (
        <ErrorState
          title="We couldn't load single sign-on"
          message={parseApiError(error).message}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <Card withBorder padding="lg">
          <SsoForm
            key={data.ssoSettings.connection?.updatedAt ?? 'new'}
            connection={data.ssoSettings.connection ?? null}
            redirectUri={data.ssoSettings.redirectUri}
            saved={saved}
            setSaved={setSaved}
          />
        </Card>
      )}
    </Stack>
  );
}
