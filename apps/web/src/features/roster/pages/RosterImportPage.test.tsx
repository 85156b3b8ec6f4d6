import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../../app/App';
import { createApolloClient } from '../../../app/apollo/createApolloClient';
import { Session } from '../../../app/session/session';
import { authPayload, makeUser, networkLink, signedOutRefresh } from '../../../test/render';
import type { RosterResult, UploadRequest, Uploader } from '../roster';
import { RosterImportPage } from './RosterImportPage';

/** An uploader the test drives: each call waits until the test answers it. */
function controlledUploader() {
  const calls: { request: UploadRequest; answer: (status: number, body: unknown) => void }[] = [];
  const uploader: Uploader = (request) =>
    new Promise((resolve) => {
      calls.push({
        request,
        answer: (status, body) => resolve({ status, bodyText: JSON.stringify(body) }),
      });
    });
  return { uploader, calls };
}

function renderPage(uploader: Uploader) {
  const session = new Session({ uri: '/graphql', fetch: signedOutRefresh });
  session.signIn(authPayload(makeUser(['HR'])));
  const client = createApolloClient({ session, terminatingLink: networkLink(() => ({ data: null }), []) });
  const router = createMemoryRouter(
    [
      { path: '/roster-import', element: <RosterImportPage uploader={uploader} /> },
      { path: '/engineers', element: <p>Engineers page</p> },
    ],
    { initialEntries: ['/roster-import'] },
  );
  return render(
    <AppProviders client={client} session={session}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

const csvFile = (rows: number, name = 'roster.csv') =>
  new File(
    [['name,email', ...Array.from({ length: rows }, (_, i) => `P${i},p${i}@example.com`)].join('\n')],
    name,
    { type: 'text/csv' },
  );

const withProblems: RosterResult = {
  rows: 5,
  created: 3,
  updated: 0,
  unchanged: 0,
  applied: false,
  problems: [
    { line: 4, field: 'start_date', message: 'must be a date like 2026-04-01' },
    {
      line: 6,
      field: 'team',
      message: 'is not a team path (like Engineering/Platform) or cost centre of this company',
    },
  ],
  changes: [
    { line: 2, email: 'a@example.com', action: 'CREATE', changes: [] },
    { line: 3, email: 'b@example.com', action: 'UPDATE', changes: ['team', 'base pay'] },
  ],
};

const clean: RosterResult = { ...withProblems, rows: 3, problems: [] };

describe('roster import page', () => {
  it('shows upload progress, then processing, then the problems; Import stays disabled', async () => {
    const { uploader, calls } = controlledUploader();
    renderPage(uploader);
    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton.matches(':disabled')).toBe(true);

    await userEvent.upload(screen.getByLabelText('Roster CSV file'), csvFile(5));
    expect(await screen.findByText('roster.csv: 5 rows')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));

    await waitFor(() => expect(calls).toHaveLength(1));
    const call = calls[0]!;
    expect(call.request.url).toBe('/v1/roster/import?mode=dry-run');
    expect(call.request.contentType).toBe('text/csv');
    expect(call.request.token).toBe('token-1');

    call.request.onUploadProgress(40, 100);
    const bar = await screen.findByRole('progressbar', { name: 'Upload progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');
    expect(screen.getByText(/Uploading roster\.csv… 40%/)).toBeTruthy();

    call.request.onUploaded();
    expect(await screen.findByText('Processing 5 rows…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check file' }).matches(':disabled')).toBe(true);

    call.answer(200, withProblems);
    const problems = await screen.findByRole('table', { name: 'Problems' });
    const lines = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(lines).toEqual([
      ['4', 'start_date', 'must be a date like 2026-04-01'],
      ['6', 'team', 'is not a team path (like Engineering/Platform) or cost centre of this company'],
    ]);
    expect(screen.getByTestId('roster-problems').textContent).toBe('2');
    expect(screen.getByTestId('roster-created').textContent).toBe('3');
    const changes = screen.getByRole('table', { name: 'Changes' });
    expect(within(changes).getByText('team; base pay')).toBeTruthy();
    expect(screen.queryByText('Processing 5 rows…')).toBeNull();
    expect(importButton.matches(':disabled')).toBe(true);
  });

  it('imports after a clean dry run and links to the engineers', async () => {
    const { uploader, calls } = controlledUploader();
    renderPage(uploader);
    await userEvent.upload(screen.getByLabelText('Roster CSV file'), csvFile(3));
    await screen.findByText('roster.csv: 3 rows');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.answer(200, clean);
    await screen.findByText('No problems. Import to apply these changes.');

    const importButton = screen.getByRole('button', { name: 'Import' });
    expect(importButton.matches(':disabled')).toBe(false);
    await userEvent.click(importButton);
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]!.request.url).toBe('/v1/roster/import?mode=apply');
    calls[1]!.request.onUploaded();
    expect(await screen.findByText('Importing 3 rows…')).toBeTruthy();
    calls[1]!.answer(200, { ...clean, applied: true });

    const done = await screen.findByText(/Created 3, updated 0, unchanged 0\./);
    expect(done).toBeTruthy();
    // imported once: the button is off until a new check
    expect(screen.getByRole('button', { name: 'Import' }).matches(':disabled')).toBe(true);
    await userEvent.click(screen.getByRole('link', { name: 'See the engineers' }));
    expect(await screen.findByText('Engineers page')).toBeTruthy();
  });

  it('choosing another file drops the old check', async () => {
    const { uploader, calls } = controlledUploader();
    renderPage(uploader);
    const input = screen.getByLabelText('Roster CSV file');
    await userEvent.upload(input, csvFile(3));
    await screen.findByText('roster.csv: 3 rows');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.answer(200, clean);
    await screen.findByRole('table', { name: 'Changes' });

    await userEvent.upload(input, csvFile(2, 'other.csv'));
    await screen.findByText('other.csv: 2 rows');
    expect(screen.queryByRole('table', { name: 'Changes' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import' }).matches(':disabled')).toBe(true);
  });

  it('shows the server’s reason when the file is refused', async () => {
    const { uploader, calls } = controlledUploader();
    renderPage(uploader);
    await userEvent.upload(screen.getByLabelText('Roster CSV file'), csvFile(1));
    await screen.findByText('roster.csv: 1 row');
    await userEvent.click(screen.getByRole('button', { name: 'Check file' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    calls[0]!.answer(400, {
      title: 'BAD_USER_INPUT',
      status: 400,
      detail: 'Invalid input',
      fields: [{ field: 'mode', message: 'must be dry-run or apply' }],
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Mode must be dry-run or apply');
  });
});
