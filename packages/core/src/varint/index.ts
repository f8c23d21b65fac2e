export { MAX_VARINT_BYTES, VARINT_CUT, VARINT_TOO_LONG, VarintReader, writeVarint } from './varint.js';
