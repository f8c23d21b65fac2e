export {
  createMemoryStore,
  MemoryStore,
  type DamagedJob,
  type MemoryStoreCheck,
  type MemoryStoreFieldWeights,
  type MemoryStoreSettings,
} from './memory-store.js';
