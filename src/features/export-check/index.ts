export { ExportCheckPanel } from './export-check-panel';
