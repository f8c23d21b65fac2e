import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLargeBody } from '../testing/large-body.js';
import { readBodyPrefix } from './read-body-prefix.js';

// A real server on 127.0.0.1: /size/N answers N bytes of "a", /broken sends 10 bytes and then drops the connection.
let server: Server;
let base = '';
let handedOver: () => number = () => 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    const size = /^\/size\/(\d+)$/.exec(request.url ?? '');
    if (size) {
      response.writeHead(200, { 'content-type': 'text/plain' });
      handedOver = writeLargeBody(response, Number(size[1]), 'a');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.write('0123456789');
    setTimeout(() => response.socket?.destroy(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('readBodyPrefix', () => {
  it('reads a body that fits whole, and says so (one of exactly the cap too)', async () => {
    for (const size of [0, 1_000, 65_536 * 2]) {
      const { bytes, complete } = await readBodyPrefix((await fetch(`${base}/size/${size}`)).body, 65_536 * 2);
      // The server writes whole 64 KiB chunks, so a body of `size` bytes is that rounded up to 64 KiB.
      expect(bytes.byteLength).toBe(Math.ceil(size / 65_536) * 65_536);
      expect(complete).toBe(true);
    }
  });

  it('stops at the cap on a 256 MiB body: the first maxBytes bytes, complete false, the rest never sent', async () => {
    const maxBytes = 100_000;
    const { bytes, complete } = await readBodyPrefix((await fetch(`${base}/size/${256 * 1024 * 1024}`)).body, maxBytes);
    expect(bytes.byteLength).toBe(maxBytes);
    expect(new TextDecoder().decode(bytes)).toBe('a'.repeat(maxBytes));
    expect(complete).toBe(false);
    // Cancelled: the server handed over a few socket buffers' worth, far from the 256 MiB it would send to a reader.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handedOver()).toBeLessThan(64 * 1024 * 1024);
  });

  it('throws the read error of a body that breaks off', async () => {
    const response = await fetch(`${base}/broken`);
    await expect(readBodyPrefix(response.body, 1_000)).rejects.toThrow();
  });

  it('reads no body as empty and complete', async () => {
    expect(await readBodyPrefix(null, 10)).toEqual({ bytes: new Uint8Array(0), complete: true });
  });
});
