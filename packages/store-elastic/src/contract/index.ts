export { CONTRACT_JOBS, runStoreContract, type StoreContractOptions } from './store-contract.js';
