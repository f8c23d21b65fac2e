// The person's text lives in core (candidate retrieval in the pipeline searches with it too); re-exported here for the rankers.
export { personText, personTextParts } from '@rolefit/core/text';
