export { CONTRACT_JOBS, STORE_CONTRACT_CASES, runStoreContractCase, type RunStoreContractCaseOptions, type StoreContractCase } from './store-contract.js';
