import { useRef, useState } from 'react';
import { Alert, Anchor, Button, Card, Code, Group, Input, Progress, Stack, Text, Title } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { Link } from 'react-router';
import { startOfNextMonth } from '@tokenroll/domain';
import { useBusinessDate } from '../../../app/businessDate';
import { useCurrentUser, useSessionObject } from '../../../app/session/SessionContext';
import { downloadCsv } from '../../../app/table/csv';
import { RosterResultView } from '../components/RosterResultView';
import {
  canApply,
  countCsvRows,
  ROSTER_COLUMNS,
  rosterTemplateCsv,
  uploadRoster,
  xhrUploader,
  type RosterMode,
  type RosterResult,
  type Uploader,
} from '../roster';

type Activity =
  | { kind: 'uploading'; mode: RosterMode; loaded: number; total: number }
  | { kind: 'processing'; mode: RosterMode };

interface ChosenFile {
  file: File;
  rows: number;
}

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/**
 * Roster import from an HR system's CSV: a dry run lists every problem by line and what would
 * change; the import (all or nothing) is offered only when the dry run is clean. The upload shows
 * its progress (XMLHttpRequest reports it), then an indeterminate state while the server works.
 * `uploader` is injectable for tests.
 */
export function RosterImportPage({ uploader = xhrUploader }: { uploader?: Uploader }) {
  const user = useCurrentUser();
  const today = useBusinessDate();
  const session = useSessionObject();
  const client = useApolloClient();
  const currency = user.company.currency;
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [activity, setActivity] = useState<Activity | null>(null);
  const [dryRun, setDryRun] = useState<RosterResult | null>(null);
  const [imported, setImported] = useState<RosterResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  // a newer choice of file makes an answer for the older one stale
  const generation = useRef(0);

  const choose = async (file: File | null) => {
    generation.current += 1;
    setDryRun(null);
    setImported(null);
    setError(null);
    if (!file) {
      setChosen(null);
      return;
    }
    const mine = generation.current;
    const rows = countCsvRows(await file.text());
    if (mine === generation.current) setChosen({ file, rows });
  };

  const run = async (mode: RosterMode) => {
    if (!chosen) return;
    const mine = generation.current;
    setError(null);
    setActivity({ kind: 'uploading', mode, loaded: 0, total: chosen.file.size });
    const answer = await uploadRoster(
      session,
      chosen.file,
      mode,
      {
        onUploadProgress: (loaded, total) => {
          if (mine === generation.current) setActivity({ kind: 'uploading', mode, loaded, total });
        },
        onUploaded: () => {
          if (mine === generation.current) setActivity({ kind: 'processing', mode });
        },
      },
      uploader,
    );
    if (mine !== generation.current) return;
    setActivity(null);
    if (answer.error) {
      setError(answer.error.message);
      return;
    }
    if (mode === 'dry-run') {
      setDryRun(answer.result);
      return;
    }
    if (!answer.result.applied) {
      // the data changed since the dry run: show what the server found now
      setDryRun(answer.result);
      setError('Nothing was imported: the file has problems now. Fix them and check the file again.');
      return;
    }
    setDryRun(null);
    setImported(answer.result);
    // the people lists are stale now
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'engineers' });
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'teams' });
    client.cache.gc();
  };

  const busy = activity !== null;
  const percent =
    activity?.kind === 'uploading' && activity.total > 0
      ? Math.min(100, Math.round((activity.loaded / activity.total) * 100))
      : 0;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>Roster import</Title>
        <Text c="dimmed">
          Add and update engineers from your HR system&apos;s CSV export. Check the file first: nothing
          changes until you import, and an import is all or nothing.
        </Text>
      </div>

      <Card withBorder radius="md" padding="lg">
        <Stack gap="md">
          <Text size="sm">
            Columns: <Code>{ROSTER_COLUMNS.slice(0, 6).join(', ')}</Code>; optional{' '}
            <Code>{ROSTER_COLUMNS.slice(6).join(', ')}</Code>. The team is a path like{' '}
            <Code>Engineering/Platform</Code> or a cost centre; an allowance override is a share like{' '}
            <Code>60%</Code> or an annual amount like <Code>100000</Code>.{' '}
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() =>
                downloadCsv('roster-template.csv', rosterTemplateCsv(currency, startOfNextMonth(today)))
              }
            >
              Download a template
            </Anchor>
          </Text>
          <Input.Wrapper
            label="Roster CSV file"
            id="roster-file"
            description={
              chosen
                ? `${chosen.file.name}: ${plural(chosen.rows, 'row', 'rows')}`
                : 'A .csv file with a header row'
            }
          >
            <input
              id="roster-file"
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(event) => void choose(event.currentTarget.files?.[0] ?? null)}
              style={{ display: 'block', marginTop: 6 }}
            />
          </Input.Wrapper>
          <Group gap="sm">
            <Button onClick={() => void run('dry-run')} disabled={!chosen || busy} variant="default">
              Check file
            </Button>
            <Button onClick={() => void run('apply')} disabled={!canApply(dryRun) || busy}>
              Import
            </Button>
            {chosen && !dryRun && !imported && !busy && (
              <Text size="sm" c="dimmed">
                Check the file to see what would change; then you can import it.
              </Text>
            )}
          </Group>

          {activity?.kind === 'uploading' && (
            <Stack gap={4} role="status" aria-live="polite">
              <Text size="sm">
                Uploading {chosen?.file.name}… {percent}%
              </Text>
              <Progress value={percent} aria-label="Upload progress" size="lg" transitionDuration={150} />
            </Stack>
          )}
          {activity?.kind === 'processing' && (
            <Stack gap={4} role="status" aria-live="polite">
              <Text size="sm">
                {activity.mode === 'apply' ? 'Importing' : 'Processing'}{' '}
                {plural(chosen?.rows ?? 0, 'row', 'rows')}…
              </Text>
              <Progress value={100} animated aria-label="Processing" size="lg" />
            </Stack>
          )}
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
        </Stack>
      </Card>

      {dryRun && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="dry-run-title">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4" id="dry-run-title">
                Check of {chosen?.file.name ?? 'the file'}
              </Title>
              <Text size="sm" c={dryRun.problems.length > 0 ? 'red' : 'dimmed'} role="status">
                {dryRun.problems.length > 0
                  ? `${plural(dryRun.problems.length, 'problem', 'problems')}: fix the file and check it again. Nothing was imported.`
                  : canApply(dryRun)
                    ? 'No problems. Import to apply these changes.'
                    : 'No problems, and nothing to change.'}
              </Text>
            </div>
            <RosterResultView result={dryRun} />
          </Stack>
        </Card>
      )}

      {imported && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="imported-title">
          <Stack gap="md">
            <Alert color="green" variant="light" role="status" id="imported-title" title="Imported">
              Created {imported.created.toLocaleString('en-US')}, updated{' '}
              {imported.updated.toLocaleString('en-US')}, unchanged{' '}
              {imported.unchanged.toLocaleString('en-US')}.{' '}
              <Anchor component={Link} to="/engineers">
                See the engineers
              </Anchor>
            </Alert>
            <RosterResultView result={imported} />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
