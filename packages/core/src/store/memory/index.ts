export { MemoryStore, createMemoryStore, type MemoryStoreSettings } from './memory-store.js';
