export { extractContact } from './extract-contact.js';
