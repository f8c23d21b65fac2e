export {
  createMemoryStore,
  MemoryStore,
  type DamagedJob,
  type MemoryStoreCheck,
  type MemoryStoreSettings,
} from './memory-store.js';
