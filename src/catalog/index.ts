export { CATALOG, type CatalogEntry } from './CATALOG.js';
export { findCatalogIndicator } from './findCatalogIndicator.js';
export {
  type DatasetWithCatalogRefs,
  type WithCatalogIndicatorsOptions,
  withCatalogIndicators,
} from './withCatalogIndicators.js';
