export { extractContact, readContact } from './extract-contact.js';
