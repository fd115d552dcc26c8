// Google Docs links as the playground meets them: the emulator's reading of a Docs URL.
export { docIdOfUrl } from '../emulator/doc-links';
