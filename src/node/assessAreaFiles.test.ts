import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threeTowns } from '../areas/_testKit.js';
import { assessAreas } from '../areas/assessAreas.js';
import type { Dataset } from '../models/types.js';
import { runTask } from './_runTask.js';
import { encode } from './_transfer.js';
import { assessAreaFiles } from './assessAreaFiles.js';

const towns = threeTowns;
const folder = mkdtempSync(join(tmpdir(), 'tianmu-areas-'));
const write = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text, 'utf8');
  return path;
};
const files = towns.map((dataset) =>
  write(`${dataset.area.id}.json`, JSON.stringify(dataset, null, 2)),
);

/** A worker given as a data: URL that answers each range with empty areas named by its files. */
const namingWorker = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => parentPort.postMessage({ ok: true, areas: task.files.map((file) => ({ area: { id: file.split('/').pop(), name: { zh: '', en: '' } }, dataset: file, scorecards: new TextEncoder().encode('[]'), counts: { achieved: 1 }, flags: [] })) }));`,
  )}`,
);

/** A worker that answers each file with an area whose dataset says whether it was told to keep cards. */
const keepingWorker = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => parentPort.postMessage({ ok: true, areas: task.files.map((file) => ({ area: { id: file, name: { zh: '', en: '' } }, dataset: String(task.keep), scorecards: new TextEncoder().encode('[]'), counts: {}, flags: [] })) }));`,
  )}`,
);

describe('assessAreaFiles', () => {
  it('gives what assessAreas gives for the datasets the files hold', async () => {
    const result = await assessAreaFiles(files, { asOf: '2022-12-31' });
    expect(result).toEqual(assessAreas(towns, { asOf: '2022-12-31' }));
  });

  it('keeps only the counts and the alerts when asked, and tells a worker so', async () => {
    const options = { asOf: '2022-12-31', scorecards: false } as const;
    expect(await assessAreaFiles(files, options)).toEqual(assessAreas(towns, options));
    const result = await assessAreaFiles(files, {
      ...options,
      workers: 2,
      workerUrl: keepingWorker,
    });
    expect(result.areas.map((area) => area.dataset)).toEqual(['false', 'false', 'c']);
  });

  it('reads files on a worker as on this thread', () => {
    const options = encode({ asOf: '2022-12-31' });
    const byFile = runTask({ files, plan: undefined, keep: true, options });
    const byDataset = runTask({ datasets: towns, plan: undefined, keep: true, options });
    expect(byFile).toEqual(byDataset);
  });

  it('sends a worker the names of its files only, and keeps the order', async () => {
    const result = await assessAreaFiles(files, { workers: 2, workerUrl: namingWorker });
    // Three ranges of one file: the worker holds two, this thread reads the third.
    expect(result.areas.map((area) => area.area.id)).toEqual(['a.json', 'b.json', 'c']);
    expect(result.areas[2]?.scorecards).toHaveLength(1);
  });

  it('names the file and the line of a problem', async () => {
    const missing = join(folder, 'nowhere.json');
    await expect(assessAreaFiles([missing])).rejects.toMatchObject({
      code: 'invalid-input',
      details: { field: missing },
    });
    const broken = write('broken.json', '{\n  "id": "x",\n  oops\n}');
    await expect(assessAreaFiles([files[0] as string, broken])).rejects.toMatchObject({
      code: 'invalid-input',
      details: { field: `${broken}:3:3`, line: 3, column: 3 },
    });
    const odd = write('odd.json', JSON.stringify({ ...towns[0], indicators: 5 }, null, 2));
    const error = await assessAreaFiles([odd]).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid-dataset' });
    expect((error as Error).message).toContain(`${odd}: Invalid dataset`);
    expect((error as Error).message).toMatch(/line \d+: → at indicators/);
  });

  it('refuses no files, a file given twice, two files of one area and a bad worker count', async () => {
    await expect(assessAreaFiles([])).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'files' },
    });
    await expect(assessAreaFiles([files[0] as string, ''])).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'files[1]', value: '' },
    });
    await expect(assessAreaFiles([files[0] as string, files[0] as string])).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'files[1]', reason: 'the same file is given twice' },
    });
    const again = write('again.json', JSON.stringify(towns[0] as Dataset));
    await expect(assessAreaFiles([files[0] as string, again])).rejects.toMatchObject({
      code: 'invalid-argument',
      details: {
        field: 'files[1]',
        value: again,
        reason: `area a is also the area of ${files[0]}: one file per area`,
      },
    });
    await expect(assessAreaFiles(files, null as never)).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'options', reason: 'expected an object of options' },
    });
    await expect(assessAreaFiles(files, { workers: 0 })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'workers', value: 0 },
    });
  });
});
