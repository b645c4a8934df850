export {
  type FromSdmxCsvArea,
  type FromSdmxCsvOptions,
  type FromSdmxCsvResult,
  fromSdmxCsv,
} from './fromSdmxCsv.js';
export { type ParseDatasetJsonOptions, parseDatasetJson } from './parseDatasetJson.js';
export {
  type ParseObservationsCsvOptions,
  parseObservationsCsv,
} from './parseObservationsCsv.js';
export {
  type ParseObservationsJsonOptions,
  parseObservationsJson,
} from './parseObservationsJson.js';
export { type ToSdmxCsvOptions, toSdmxCsv } from './toSdmxCsv.js';
