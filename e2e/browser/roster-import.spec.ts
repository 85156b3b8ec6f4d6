import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, mainNav, shot, signInAsDemo, uniqueId } from './support';

const FLOW = 'roster-import';
const HEADER = 'name,email,team,start_date,base_pay,currency,allowance_override,title';

test('HR checks a roster CSV, sees the bad lines, fixes the file and imports it', async ({ page }) => {
  const id = uniqueId();
  const dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
  const good = [
    `Rosa Import ${id},rosa-${id}@example.com,Engineering/Platform,2026-01-05,180000,USD,,Engineer`,
    `Sam Import ${id},sam-${id}@example.com,Engineering/Platform/Infrastructure,2026-02-01,150000,USD,60%,SRE`,
    `Tao Import ${id},tao-${id}@example.com,Data,2026-03-01,165000,USD,,Data Engineer`,
  ];
  const badDate = `Una Import ${id},una-${id}@example.com,Data,2026-13-45,120000,USD,,Analyst`;
  const badTeam = `Vic Import ${id},vic-${id}@example.com,Nowhere/Team,2026-03-01,120000,USD,,Engineer`;
  // lines: 1 header, 2 good, 3 good, 4 bad date, 5 good, 6 unknown team
  const withProblems = path.join(dir, 'roster-with-problems.csv');
  writeFileSync(withProblems, [HEADER, good[0], good[1], badDate, good[2], badTeam, ''].join('\n'));
  const fixed = path.join(dir, 'roster-fixed.csv');
  writeFileSync(fixed, [HEADER, ...good, ''].join('\n'));

  await test.step('the template has the columns the import reads', async () => {
    await signInAsDemo(page, 'hr@demo.tokenroll.dev');
    await mainNav(page)
      .getByRole('link', { name: /^Roster import/ })
      .click();
    await expect(page.getByRole('heading', { name: 'Roster import', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a template' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('roster-template.csv');
    const template = readFileSync(await download.path(), 'utf8');
    expect(template.split('\r\n')[0]).toBe(
      'name,email,team,start_date,base_pay,currency,allowance_override,title,level,location,end_date',
    );
  });

  await test.step('a dry run lists both bad lines and keeps Import disabled', async () => {
    await page.getByLabel('Roster CSV file').setInputFiles(withProblems);
    await expect(page.getByText('roster-with-problems.csv: 5 rows')).toBeVisible();
    await page.getByRole('button', { name: 'Check file' }).click();
    const problems = page.getByRole('table', { name: 'Problems' });
    await expect(problems).toBeVisible();
    const line4 = problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '4', exact: true }) });
    await expect(line4).toContainText('start_date');
    await expect(line4).toContainText('must be a date like 2026-04-01');
    const line6 = problems
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '6', exact: true }) });
    await expect(line6).toContainText('team');
    await expect(line6).toContainText('is not a team path');
    await expect(page.getByTestId('roster-problems')).toHaveText('2');
    await expect(page.getByTestId('roster-created')).toHaveText('3');
    await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
    await shot(page, FLOW, '01-problems');
  });

  await test.step('the fixed file checks clean and imports three engineers', async () => {
    await page.getByLabel('Roster CSV file').setInputFiles(fixed);
    await expect(page.getByRole('table', { name: 'Problems' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByText('No problems. Import to apply these changes.')).toBeVisible();
    const changes = page.getByRole('table', { name: 'Changes' });
    await expect(changes.locator('tbody tr')).toHaveCount(3);
    await expect(changes).toContainText(`sam-${id}@example.com`);
    await shot(page, FLOW, '02-clean-dry-run');

    await page.getByRole('button', { name: 'Import' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Created 3, updated 0, unchanged 0.' });
    await expect(done).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
    await shot(page, FLOW, '03-imported');

    await done.getByRole('link', { name: 'See the engineers' }).click();
    await page.getByLabel('Filter engineers').fill(`Sam Import ${id}`);
    const row = page
      .getByRole('table', { name: 'Engineers' })
      .getByRole('row')
      .filter({ hasText: `sam-${id}` });
    await expect(row).toContainText('Infrastructure');
    await expect(row).toContainText('$150,000.00');
    // the 60% override from the file
    await expect(row).toContainText('$90,000.00');
    await shot(page, FLOW, '04-engineers');
  });

  await test.step('a large file shows the upload, then "Processing N rows…"', async () => {
    const big = path.join(dir, 'roster-10000.csv');
    const lines = [HEADER];
    for (let i = 0; i < 10_000; i++)
      lines.push(
        `Bulk ${i} ${id},bulk-${i}-${id}@example.com,Product,2026-01-05,${100_000 + i},USD,,Engineer`,
      );
    writeFileSync(big, lines.join('\n'));
    await mainNav(page)
      .getByRole('link', { name: /^Roster import/ })
      .click();
    await page.getByLabel('Roster CSV file').setInputFiles(big);
    await expect(page.getByText('roster-10000.csv: 10,000 rows')).toBeVisible();
    // A slow office line (Chromium's own network throttling): on a fast machine the check would answer
    // before the upload and processing could be seen. The request still goes through the browser's network
    // stack, so the upload reports its progress as it would for a user.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 1500,
      downloadThroughput: -1,
      uploadThroughput: 512 * 1024,
    });
    await page.getByRole('button', { name: 'Check file' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Uploading roster-10000.csv…' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Processing 10,000 rows…' })).toBeVisible();
    await shot(page, FLOW, '05-processing');
    await expect(page.getByTestId('roster-created')).toHaveText('10,000', { timeout: 30_000 });
    await expect(page.getByText('Showing the first 500 of 10,000.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Import' })).toBeEnabled();
  });
});
