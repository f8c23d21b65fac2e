import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseJob, parseMatch, RolefitError, type Notification } from '@rolefit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { writeLargeBody } from '../../../core/src/testing/large-body.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';
import { notificationIdempotencyKey, type SlackPayload, type WebhookPayload } from './payload.js';
import { verifyWebhookSignature } from './signature.js';
import { createWebhookNotifier, WebhookDeliveryError } from './webhook-notifier.js';

// A real HTTP receiver on 127.0.0.1 that answers each request with the next scripted status.
interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}
let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

async function receiver(
  answers: Array<{ status: number; headers?: Record<string, string> }>,
): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const answer = answers[Math.min(received.length - 1, answers.length - 1)]!;
      response
        .writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers })
        .end(answer.status >= 400 ? `scripted ${answer.status}` : 'ok');
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rolefit`, received };
}

const secret = 'whsec_integration';
const notification: Notification = {
  subjectId: 'ada',
  createdAt: new Date('2026-12-04T08:00:00Z'),
  matches: [
    {
      job: parseJob({
        id: 'j1',
        source: 'board',
        title: 'Data Engineer',
        company: 'Acme',
        url: 'https://jobs.example/j1',
        location: { city: 'Austin', country: 'US' },
        salary: { min: 120000, max: 150000, currency: 'USD', period: 'year' },
      }),
      match: parseMatch({
        jobId: 'j1',
        score: 0.91,
        ranker: 'test',
        matchedSkills: ['SQL'],
        explanation: 'SQL and pipelines',
      }),
    },
    {
      job: parseJob({ id: 'j2', source: 'board', title: 'Analytics Engineer <b>', company: 'Beta & Co' }),
      match: parseMatch({ jobId: 'j2', score: 0.7, ranker: 'test' }),
    },
  ],
};

describe('createWebhookNotifier', () => {
  it('POSTs a correctly signed JSON payload, and retries a 500 with the same idempotency key', async () => {
    const { url, received } = await receiver([{ status: 500 }, { status: 204 }]);
    const retries: Array<{ attempt: number; status?: number }> = [];
    const notifier = createWebhookNotifier({
      url,
      secret,
      baseDelayMs: 1,
      onRetry: ({ attempt, status }) => retries.push({ attempt, status }),
    });
    await notifier.notify(notification);
    expect(received).toHaveLength(2);
    expect(retries).toEqual([{ attempt: 0, status: 500 }]);
    const [first, second] = received as [Received, Received];
    expect(first.headers['idempotency-key']).toBe(notificationIdempotencyKey(notification));
    expect(second.headers['idempotency-key']).toBe(first.headers['idempotency-key']);
    expect(first.body).toBe(second.body);
    for (const request of received) {
      expect(request.headers['content-type']).toBe('application/json');
      expect(
        verifyWebhookSignature({ secret, body: request.body, header: request.headers['rolefit-signature'] }),
      ).toMatchObject({ ok: true });
      expect(
        verifyWebhookSignature({ secret: 'wrong', body: request.body, header: request.headers['rolefit-signature'] }),
      ).toEqual({ ok: false, reason: 'mismatch' });
    }
    const payload = JSON.parse(second.body) as WebhookPayload;
    expect(payload).toMatchObject({
      type: 'rolefit.matches',
      subjectId: 'ada',
      createdAt: '2026-12-04T08:00:00.000Z',
      idempotencyKey: first.headers['idempotency-key'],
    });
    expect(
      payload.matches.map((match) => [
        match.jobId,
        match.title,
        match.company,
        match.place,
        match.score,
        match.link,
        match.why,
      ]),
    ).toEqual([
      ['j1', 'Data Engineer', 'Acme', 'Austin, US', 0.91, 'https://jobs.example/j1', 'SQL and pipelines'],
      ['j2', 'Analytics Engineer <b>', 'Beta & Co', '', 0.7, '', ''],
    ]);
    expect(payload.matches[0]!.pay).toMatch(/120.*150/);
    // Per (person, job) keys, for a receiver that dedupes job by job.
    expect(new Set(payload.matches.map((match) => match.idempotencyKey)).size).toBe(2);
  });

  it('honours Retry-After on 429 (and 503): the wait is the one asked for, not the backoff', async () => {
    const { url, received } = await receiver([
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 503, headers: { 'retry-after': '0' } },
      { status: 200 },
    ]);
    const waits: number[] = [];
    // random 0: the jittered backoff alone would not wait at all.
    const notifier = createWebhookNotifier({
      url,
      secret,
      random: () => 0,
      onRetry: ({ delayMs }) => waits.push(delayMs),
    });
    await notifier.notify(notification);
    expect(waits).toEqual([1000, 0]);
    expect(received).toHaveLength(3);
    expect(received[1]!.at - received[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('does not retry a 4xx, and fails with a typed error naming the status', async () => {
    const { url, received } = await receiver([{ status: 400 }]);
    const error = await createWebhookNotifier({ url, secret, baseDelayMs: 1 })
      .notify(notification)
      .catch((caught: unknown) => caught);
    expect(received).toHaveLength(1);
    expect(error).toBeInstanceOf(WebhookDeliveryError);
    expect(error).toMatchObject({ status: 400, attempts: 1, code: 'ROLEFIT_WEBHOOK_DELIVERY' });
    expect(error).toBeInstanceOf(RolefitError);
    expect((error as Error).message).toContain('scripted 400');
  });

  it('retries network errors, then gives up with the cause', async () => {
    const { url } = await receiver([{ status: 200 }]);
    await new Promise((resolve) => servers.pop()!.close(resolve)); // nothing listens there now
    const error = await createWebhookNotifier({ url, secret, maxRetries: 2, baseDelayMs: 1 })
      .notify(notification)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookDeliveryError);
    expect(error).toMatchObject({ status: undefined, attempts: 3 });
    expect((error as Error).cause).toBeInstanceOf(Error);
  });

  it('stops at once when aborted, even while waiting out a Retry-After', async () => {
    const { url, received } = await receiver([{ status: 503, headers: { 'retry-after': '30' } }]);
    const controller = new AbortController();
    const notifier = createWebhookNotifier({
      url,
      secret,
      onRetry: () => controller.abort(new Error('shutting down')),
    });
    await expect(notifier.notify(notification, { signal: controller.signal })).rejects.toThrow('shutting down');
    expect(received).toHaveLength(1);
  });

  it("sends Slack's { text, blocks } with format 'slack', escaping Slack's reserved characters", async () => {
    const { url, received } = await receiver([{ status: 200 }]);
    await createWebhookNotifier({ url, format: 'slack' }).notify(notification);
    const body = JSON.parse(received[0]!.body) as SlackPayload;
    expect(body.text).toContain('2 new job matches for ada');
    expect(body.blocks[0]).toMatchObject({ type: 'header' });
    expect(JSON.stringify(body.blocks[1])).toContain('<https://jobs.example/j1|Data Engineer>');
    expect(JSON.stringify(body.blocks[2])).toContain('Analytics Engineer &lt;b&gt;');
    expect(JSON.stringify(body.blocks[2])).toContain('Beta &amp; Co');
    expect(received[0]!.headers['rolefit-signature']).toBeUndefined();
  });

  it('refuses bad settings with a ValidationError naming the field', async () => {
    expect(
      await validationMessageOf(() =>
        createWebhookNotifier({ url: 'http://127.0.0.1/x', secret, maxRetry: 2 } as never),
      ),
    ).toContain("unknown key 'maxRetry' (did you mean 'maxRetries'?)");
    // No secret with the JSON format does not compile (WebhookNotifierSettings); a JavaScript caller is refused.
    expect(await validationMessageOf(() => createWebhookNotifier({ url: 'http://127.0.0.1/x' } as never))).toContain(
      'secret',
    );
    expect(await validationMessageOf(() => createWebhookNotifier({ url: 'ftp://example.com/x', secret }))).toContain(
      'url',
    );
    expect(await validationMessageOf(() => createWebhookNotifier({ url: 'not a url', secret }))).toContain('url');
    expect(
      await validationMessageOf(() => createWebhookNotifier({ url: 'http://127.0.0.1/x', secret, maxRetries: -1 })),
    ).toContain('maxRetries');
    expect(
      await validationMessageOf(() =>
        createWebhookNotifier({ url: 'http://127.0.0.1/x', secret, format: 'xml' as never }),
      ),
    ).toContain("format: must be 'json' or 'slack'");
  });
});

describe('createWebhookNotifier, an error answer with a huge body', () => {
  it('reads only the start of the body for the error and cancels the rest', async () => {
    // A receiver answering 500 with 64 MiB of 'x': the old bodySnippet read it all with response.text() (with an
    // endless body the process grew by gigabytes, past the attempt's timeout) to keep 500 characters.
    const bodyBytes = 64 * 1024 * 1024;
    let written = () => 0;
    const server = createServer((request, response) => {
      request.resume();
      response.writeHead(500, { 'content-type': 'text/plain' });
      written = writeLargeBody(response, bodyBytes, 'x');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rolefit`;
    const closed = new Promise<void>((resolve) => server.once('connection', (socket) => socket.once('close', resolve)));
    const error = await createWebhookNotifier({ url, secret, maxRetries: 0 })
      .notify(notification)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebhookDeliveryError);
    expect((error as WebhookDeliveryError).status).toBe(500);
    expect((error as WebhookDeliveryError).message).toBe(
      `Webhook ${url} answered 500: ${'x'.repeat(500)} after 1 attempt`,
    );
    await closed;
    // What the receiver got out before the notifier let go: socket buffers' worth, not the body.
    expect(written()).toBeLessThan(bodyBytes / 2);
  });
});
