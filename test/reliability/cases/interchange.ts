/**
 * Table entries of the SDMX-CSV interchange (exported from `tianmu-indicators/schemas`).
 */
import fc from 'fast-check';
import * as schemas from '../../../src/schemas.js';
import { hostileOptionsBag } from '../arbitraries.js';
import { corruptDataset, validDataset } from '../datasets.js';
import type { FunctionCase } from '../table.js';

const dataflow = fc.option(fc.record({ dataflow: fc.string({ minLength: 1, maxLength: 30 }) }), {
  nil: undefined,
});

/** SDMX-CSV text written by toSdmxCsv from a generated dataset. */
const sdmxText = validDataset.map((dataset) => ({
  text: schemas.toSdmxCsv(schemas.parseDataset(dataset)),
  observations: dataset.observations.length,
}));

/** Lines of SDMX-CSV with a cell spoiled, or text that is no SDMX-CSV at all. */
const hostileText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '\uFEFF',
    '\r\n',
    'DATAFLOW',
    '"unclosed',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,abc,yuan,0,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021-Q5,1,yuan,0,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,1e999999,yuan,0,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,1,yuan,3,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,1,yuan,0,Z',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,1,yuan,NaN,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2026/P-5Y,1,yuan,0,A',
    'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS\nX,a,town,2021,1,yuan,0',
    'DATAFLOW,DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS',
  ),
);

/** A generated file with one cell replaced by junk: often invalid, sometimes still valid. */
const spoiledText = fc
  .tuple(
    sdmxText,
    fc.nat(),
    fc.constantFrom('', 'NaN', '2021-13', '-0x1', '"', ',,', '1e1001', '-0'),
  )
  .map(([{ text }, at, junk]) => {
    const cells = text.split(',');
    if (cells.length < 2) return `${text}${junk}`;
    const index = 1 + (at % (cells.length - 1));
    return [...cells.slice(0, index), junk, ...cells.slice(index + 1)].join(',');
  });

export const interchange: FunctionCase[] = [
  {
    name: 'toSdmxCsv',
    call: schemas.toSdmxCsv,
    valid: fc
      .tuple(validDataset, dataflow)
      .map(([dataset, options]) => (options === undefined ? [dataset] : [dataset, options])),
    invalid: fc.oneof(
      fc.tuple(corruptDataset.map((c) => c.dataset)),
      fc.tuple(fc.constantFrom<unknown>(null, undefined, 'dataset', 0, [])),
      fc.tuple(
        validDataset,
        fc.oneof(
          hostileOptionsBag,
          fc.constantFrom<unknown>({ dataflow: '' }, { dataflow: 5 }, { dataflow: [] }),
        ),
      ),
    ),
    codes: ['invalid-dataset', 'invalid-argument'],
    clean: {},
  },
  {
    name: 'fromSdmxCsv',
    call: schemas.fromSdmxCsv,
    valid: fc
      .tuple(sdmxText, fc.option(fc.record({ file: fc.string() }), { nil: undefined }))
      .map(([{ text }, options]) => (options === undefined ? [text] : [text, options])),
    invalid: fc.oneof(
      fc.tuple(hostileText),
      fc.tuple(fc.constantFrom<unknown>(null, undefined, 5, {}, [], new Uint8Array(2))),
      fc.tuple(
        sdmxText.map(({ text }) => text),
        hostileOptionsBag,
      ),
    ),
    extreme: fc.tuple(spoiledText),
    codes: ['invalid-input', 'invalid-argument'],
    check: (result) => {
      if (!Array.isArray((result as { observations: unknown }).observations)) {
        throw new Error('no observations');
      }
    },
  },
  {
    name: 'parseDatasetJson',
    call: schemas.parseDatasetJson,
    valid: fc
      .tuple(
        validDataset,
        fc.boolean(),
        fc.option(fc.record({ file: fc.string({ minLength: 1 }) }), { nil: undefined }),
      )
      .map(([dataset, pretty, options]) => {
        const text = JSON.stringify(dataset, null, pretty ? 2 : undefined);
        return options === undefined ? [text] : [text, options];
      }),
    invalid: fc.oneof(
      fc.tuple(corruptDataset.map((c) => JSON.stringify(c.dataset) ?? 'undefined')),
      fc.tuple(hostileText),
      fc.tuple(fc.constantFrom<unknown>(null, undefined, 5, {}, [], new Uint8Array(2))),
      fc.tuple(
        validDataset.map((dataset) => JSON.stringify(dataset)),
        fc.oneof(hostileOptionsBag, fc.constantFrom<unknown>({ file: '' }, { file: 5 }, null, 'x')),
      ),
    ),
    extreme: fc.tuple(spoiledText),
    codes: ['invalid-input', 'invalid-dataset', 'invalid-argument'],
  },
];
