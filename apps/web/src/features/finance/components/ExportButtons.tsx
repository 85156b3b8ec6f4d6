import { useState } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import { useSessionObject } from '../../../app/session/SessionContext';
import type { StatementKind } from '../../../gql/graphql';
import { downloadExport, type ExportFormat } from '../finance';

const LABELS: Record<ExportFormat, string> = {
  CSV: 'CSV',
  PDF: 'PDF',
  FOCUS: 'FOCUS file',
  GL: 'GL journal',
};

/**
 * Downloads of a period (statements CSV, FOCUS file, GL journal) or of one statement (its CSV and PDF),
 * from the REST exports with the session's token.
 */
export function ExportButtons({
  period,
  statement,
  formats,
}: {
  period: string;
  statement?: { kind: StatementKind; key: string; name: string } | null;
  formats: readonly ExportFormat[];
}) {
  const session = useSessionObject();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (format: ExportFormat) => {
    setBusy(format);
    setProblem(null);
    const error = await downloadExport(session, format, period, statement ?? null);
    setBusy(null);
    if (error) setProblem(error.message);
  };
  const whose = statement ? ` of ${statement.name}` : ` of the period`;
  return (
    <>
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            variant="default"
            size="xs"
            loading={busy === format}
            disabled={busy !== null && busy !== format}
            onClick={() => void run(format)}
            aria-label={`Download the ${LABELS[format]}${format === 'FOCUS' || format === 'GL' ? ' of the period' : whose}`}
          >
            {LABELS[format]}
          </Button>
        ))}
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" title="The download failed">
          {problem}
        </Alert>
      )}
    </>
  );
}
