import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { applyApiError } from '../../../app/forms/applyApiError';
import {
  DEFAULT_THRESHOLDS_BP,
  readSettingsForm,
  SETTINGS_FIELD_LABELS as LABELS,
  settingsValues,
  thresholdsText,
  type AlertSettingsRow,
  type SettingsFormValues,
} from '../alerts';
import { UpdateAlertSettingsMutation } from '../graphql/updateAlertSettings';

/** When alerts go out (shares of the period allowance, the run-out forecast) and through which channels. */
export function SettingsForm({ settings }: { settings: AlertSettingsRow }) {
  const [banner, setBanner] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, { loading }] = useMutation(UpdateAlertSettingsMutation);
  const form = useForm<SettingsFormValues>({
    mode: 'controlled',
    initialValues: settingsValues(settings),
    validate: (values) => {
      const errors = readSettingsForm(values).errors ?? {};
      // the form field is `thresholds`; the API's is `thresholdsBp`
      return errors.thresholdsBp ? { thresholds: errors.thresholdsBp } : {};
    },
  });
  const handleSubmit = form.onSubmit(async (values) => {
    setBanner(null);
    setSaved(false);
    const { input } = readSettingsForm(values);
    if (!input) return;
    try {
      const { data } = await save({ variables: { input } });
      if (!data) throw new Error('No data');
      form.setValues(settingsValues(data.updateAlertSettings));
      form.resetDirty();
      setSaved(true);
    } catch (error) {
      const { banner: rest, apiError } = applyApiError(form, error, { thresholds: LABELS.thresholdsBp });
      const thresholds = apiError.fieldErrors['thresholdsBp'];
      if (thresholds) form.setFieldError('thresholds', `${LABELS.thresholdsBp} ${thresholds}`);
      setBanner(thresholds ? null : rest);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Alert settings">
      <Stack gap="sm">
        {banner && (
          <Alert color="red" variant="light" role="alert">
            {banner}
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status">
            Alert settings saved.
          </Alert>
        )}
        <Group align="flex-end">
          <TextInput
            label={`${LABELS.thresholdsBp} (% of the period allowance)`}
            description="Comma-separated; each is alerted once per engineer and period"
            placeholder={thresholdsText(DEFAULT_THRESHOLDS_BP)}
            w={380}
            {...form.getInputProps('thresholds')}
          />
          <Button
            variant="subtle"
            onClick={() => form.setFieldValue('thresholds', thresholdsText(DEFAULT_THRESHOLDS_BP))}
          >
            Use 50, 80, 100
          </Button>
        </Group>
        <Checkbox
          label="Alert when the budget runs out before the period ends at the current pace"
          {...form.getInputProps('runOutAlert', { type: 'checkbox' })}
        />
        <Checkbox
          label="Send alerts by email to the engineer and their manager"
          {...form.getInputProps('mailEnabled', { type: 'checkbox' })}
        />
        <Checkbox
          label="Send alerts to the webhook endpoints below"
          {...form.getInputProps('webhooksEnabled', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={loading}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
