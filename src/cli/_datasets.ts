import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset } from '../models/types.js';
import { type CliIo, readDatasetFile } from './run.js';

/** The files `--dataset` names: files as given, the `.json` files of a folder in name order. */
export function datasetFiles(paths: readonly string[], io: CliIo): string[] {
  const files: string[] = [];
  for (const path of paths) {
    const entries = io.listFolder?.(path) ?? null;
    if (entries === null) {
      files.push(path);
      continue;
    }
    const json = entries.filter((name) => name.endsWith('.json')).sort();
    if (json.length === 0) {
      throw new IndicatorError('invalid-input', {
        field: path,
        reason: 'the folder holds no .json dataset',
      });
    }
    for (const name of json) files.push(`${path.replace(/\/+$/, '')}/${name}`);
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file)) {
      throw new IndicatorError('invalid-argument', {
        field: '--dataset',
        value: file,
        reason: 'the same file is given twice',
      });
    }
    seen.add(file);
  }
  return files;
}

/** Reads every dataset `--dataset` names, at least one. */
export function readDatasets(
  paths: readonly string[] | undefined,
  io: CliIo,
): { files: string[]; datasets: Dataset[] } {
  if (paths === undefined || paths.length === 0) {
    throw new IndicatorError('invalid-argument', {
      field: '--dataset',
      reason: 'expected at least one --dataset FILE or FOLDER',
    });
  }
  const files = datasetFiles(paths, io);
  return { files, datasets: files.map((file) => readDatasetFile(file, io)) };
}

/** Writes a file, naming it in any error. */
export function writeOut(path: string, text: string, io: CliIo): void {
  if (io.writeFile === undefined) {
    throw new IndicatorError('invalid-input', {
      field: path,
      reason: 'no file can be written here',
    });
  }
  try {
    io.writeFile(path, text);
  } catch (error) {
    throw new IndicatorError('invalid-input', { field: path, reason: (error as Error).message });
  }
}
