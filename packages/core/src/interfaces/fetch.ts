/**
 * A fetch a client can be given in place of the global one: a test stub, undici's fetch with a dispatcher of its own,
 * a proxying or recording fetch. Rolefit's clients call it with the URL as a string and a `RequestInit`, and read the
 * answer's status, headers and body, so the global `fetch` fits, and so does a stub that takes only a string.
 */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;
