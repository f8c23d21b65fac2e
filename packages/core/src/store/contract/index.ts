/**
 * The Store contract every Store adapter is held to, importable as `@rolefit/core/testing`.
 * @module testing
 */
export {
  CONTRACT_JOBS,
  STORE_CONTRACT_CASES,
  runStoreContractCase,
  type RunStoreContractCaseOptions,
  type StoreContractCase,
  type StoreContractHooks,
} from './store-contract.js';
