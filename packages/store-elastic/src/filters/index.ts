export { toElasticFilter, toElasticQuery } from './to-elastic-filter.js';
