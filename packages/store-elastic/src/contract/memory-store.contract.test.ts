// The contract always runs against core's MemoryStore, the reference every other Store is held to.
import { createMemoryStore } from '@rolefit/core';
import { runStoreContract } from './index.js';

runStoreContract('MemoryStore', async () => createMemoryStore());
