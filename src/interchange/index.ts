export {
  type FromSdmxCsvArea,
  type FromSdmxCsvOptions,
  type FromSdmxCsvResult,
  fromSdmxCsv,
} from './fromSdmxCsv.js';
export { type ToSdmxCsvOptions, toSdmxCsv } from './toSdmxCsv.js';
