// Utilities: formatDate, sleep on the emulated clock, deterministic getUuid, digests and base64,
// with bytes as Apps Script's signed Java bytes (-128…127).
import { createHash } from 'node:crypto';
import type { ExecutionContext } from '../context';
import { AppsScriptException, MESSAGES } from './exception';
import { formatDate } from './format-date';
import type { AppsScriptStores } from './stores';

/** https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer): "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300_000;

export const DigestAlgorithm = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const);
export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const);

const NODE_DIGESTS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Java bytes are signed. */
export function toSignedBytes(buffer: Buffer): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[], charset?: string): Buffer {
  if (Array.isArray(data)) return Buffer.from(data.map((b) => b & 0xff));
  return Buffer.from(String(data), charset === Charset.US_ASCII ? 'latin1' : 'utf8');
}

/** Apps Script's web-safe alphabet is RFC 4648 §5 and keeps the '=' padding. */
const toWebSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');
const fromWebSafe = (b64: string) => b64.replace(/-/g, '+').replace(/_/g, '/');

export interface EmulatedUtilities {
  readonly DigestAlgorithm: typeof DigestAlgorithm;
  readonly Charset: typeof Charset;
  formatDate(date: Date, timeZone: string, format: string): string;
  sleep(milliseconds: number): void;
  getUuid(): string;
  computeDigest(algorithm: string, value: string | number[], charset?: string): number[];
  base64Encode(data: string | number[], charset?: string): string;
  base64EncodeWebSafe(data: string | number[], charset?: string): string;
  base64Decode(encoded: string): number[];
  base64DecodeWebSafe(encoded: string): number[];
}

export function createUtilities(stores: AppsScriptStores, ctx: ExecutionContext): EmulatedUtilities {
  return {
    DigestAlgorithm,
    Charset,
    formatDate,
    sleep: (milliseconds) => {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0 || ms > MAX_SLEEP_MS) {
        throw new AppsScriptException(MESSAGES.invalidArgument('milliseconds'));
      }
      ctx.sleep(ms);
    },
    // A version-4-shaped UUID from a per-world counter, so runs of the same world agree.
    getUuid: () => {
      const bytes = createHash('sha256').update(`tandem-emulator-uuid:${stores.nextUuidNumber()}`).digest();
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = bytes.subarray(0, 16).toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    },
    computeDigest: (algorithm, value, charset) => {
      const name = NODE_DIGESTS[String(algorithm)];
      if (!name)
        throw new Error(
          `Utilities.computeDigest(${String(algorithm)}) is not modelled by the Tandem emulator`,
        );
      return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
    },
    base64Encode: (data, charset) => toBuffer(data, charset).toString('base64'),
    base64EncodeWebSafe: (data, charset) => toWebSafe(toBuffer(data, charset).toString('base64')),
    base64Decode: (encoded) => toSignedBytes(Buffer.from(String(encoded), 'base64')),
    base64DecodeWebSafe: (encoded) => toSignedBytes(Buffer.from(fromWebSafe(String(encoded)), 'base64')),
  };
}
