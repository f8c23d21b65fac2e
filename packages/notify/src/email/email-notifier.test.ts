import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createSocketServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createMemoryStore,
  createPipeline,
  OptionalDependencyError,
  parseJob,
  parseMatch,
  type Crawler,
  type JobInput,
  type Notification,
  type Notifier,
} from '@rolefit/core';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skillShareRanker as ranker } from '../../../core/src/testing/skill-share-ranker.js';
import { validationMessageOf } from '../../../core/src/testing/validation-message.js';
import { verifyWebhookSignature } from '../webhook/signature.js';
import { createWebhookNotifier } from '../webhook/webhook-notifier.js';
import { createEmailDigestNotifier, DigestRecipientError, EmailDeliveryError } from './email-notifier.js';

// A real SMTP server (smtp-server) on 127.0.0.1 that parses every message it accepts (mailparser).
let smtp: SMTPServer;
let smtpPort = 0;
let mails: Array<{ envelopeTo: string[]; mail: ParsedMail }> = [];
let cleanups: Array<() => unknown> = [];

beforeEach(async () => {
  mails = [];
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push({ envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterEach(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const emailSettings = () => ({
  smtp: { host: '127.0.0.1', port: smtpPort, ignoreTLS: true },
  from: 'Rolefit <jobs@rolefit.test>',
  to: (subjectId: string) => `${subjectId}@people.test`,
});

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
      match: parseMatch({ jobId: 'j1', score: 0.91, ranker: 'test', explanation: 'SQL and pipelines' }),
    },
    {
      job: parseJob({ id: 'j2', source: 'board', title: 'Analyst <script>', company: 'Beta & Co' }),
      match: parseMatch({ jobId: 'j2', score: 0.7, ranker: 'test', matchedSkills: ['SQL'] }),
    },
  ],
};

describe('createEmailDigestNotifier', () => {
  it('sends one digest per notification with text and HTML bodies listing every match', async () => {
    await createEmailDigestNotifier(emailSettings()).notify(notification);
    expect(mails).toHaveLength(1);
    const { envelopeTo, mail } = mails[0]!;
    expect(envelopeTo).toEqual(['ada@people.test']);
    expect(mail.subject).toBe('2 new job matches for ada');
    expect(mail.from?.text).toContain('jobs@rolefit.test');
    const text = mail.text ?? '';
    for (const expected of [
      '1. Data Engineer — Acme (score 0.91)',
      'Place: Austin, US',
      'Why: SQL and pipelines',
      'Link: https://jobs.example/j1',
      '2. Analyst <script> — Beta & Co (score 0.70)',
      'Why: matches SQL',
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Pay: .*120.*150/);
    const html = String(mail.html);
    expect(html).toContain('<a href="https://jobs.example/j1">Data Engineer</a>');
    expect(html).toContain('Analyst &lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Beta &amp; Co');
  });

  it('refuses a person without an address, and bad settings, naming the field', async () => {
    await expect(
      createEmailDigestNotifier({ ...emailSettings(), to: () => undefined }).notify(notification),
    ).rejects.toBeInstanceOf(DigestRecipientError);
    await expect(
      createEmailDigestNotifier({ ...emailSettings(), to: () => [] }).notify(notification),
    ).rejects.toMatchObject({ code: 'ROLEFIT_DIGEST_RECIPIENT', setting: 'to', subjectId: 'ada' });
    expect(
      await validationMessageOf(() =>
        createEmailDigestNotifier({ ...emailSettings(), smtp: { host: '127.0.0.1', prot: 25 } as never }),
      ),
    ).toContain("unknown key 'prot' (did you mean 'port'?)");
    expect(
      await validationMessageOf(() => createEmailDigestNotifier({ ...emailSettings(), form: 'x@y.z' } as never)),
    ).toContain("unknown key 'form' (did you mean 'from'?)");
    expect(await validationMessageOf(() => createEmailDigestNotifier({ ...emailSettings(), to: [] }))).toContain('to');
    expect(
      await validationMessageOf(() => createEmailDigestNotifier({ ...emailSettings(), from: 'nobody' })),
    ).toContain('from');
    expect(mails).toEqual([]);
  });

  it('gives an OptionalDependencyError naming nodemailer when it is not installed', async () => {
    // The import of a package that is not installed fails as Node fails it for an absent nodemailer.
    const absent = () => import(['nodemailer', 'absent', 'for', 'this', 'test'].join('-'));
    const error = await createEmailDigestNotifier({ ...emailSettings(), importNodemailer: absent })
      .notify(notification)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OptionalDependencyError);
    expect((error as Error).message).toContain('npm install nodemailer');
    // It points to the notifier's own documentation, not to the guide on model runtimes.
    expect((error as Error).message).toMatch(
      /See @rolefit\/notify's README or https:\/\/github\.com\/rolefit\/rolefit\/blob\/main\/docs\/guides\/notifications\.md\.$/,
    );
  });
});

// The watch end to end: a board behind the Crawler interface, a real ranker-like scorer, the MemoryStore on a file,
// the digest over SMTP and the signed webhook to a receiver on 127.0.0.1, then a restart over the same file.
// A misbehaving SMTP server on 127.0.0.1 (hand-written replies, found by bench/fuzz-inputs.mjs's smtp target, round 11):
// `greet` writes to a new connection, `answer` to each command line the client sends.
async function hostileSmtpServer(greet: (socket: Socket) => void, answer: (socket: Socket, line: string) => void) {
  const sockets = new Set<Socket>();
  const server = createSocketServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      for (let end = buffered.indexOf('\r\n'); end >= 0; end = buffered.indexOf('\r\n')) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        answer(socket, line);
      }
    });
    greet(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => {
    for (const socket of sockets) socket.destroy();
    return new Promise((resolve) => server.close(resolve));
  });
  return (server.address() as AddressInfo).port;
}

describe('createEmailDigestNotifier against a misbehaving SMTP server', () => {
  const send = (port: number, timeoutMs = 300) =>
    createEmailDigestNotifier({
      smtp: { host: '127.0.0.1', port, ignoreTLS: true, timeoutMs },
      from: 'jobs@rolefit.test',
      to: 'ada@people.test',
    }).notify(notification);

  it('gives an EmailDeliveryError naming the server for garbage, refusals and a closed connection', async () => {
    const greetings = ['\u0000\u0001garbage\r\n', '421 too busy\r\n', ''];
    for (const greeting of greetings) {
      const port = await hostileSmtpServer(
        (socket) => (greeting ? socket.write(greeting) : socket.destroy()),
        () => undefined,
      );
      const error = await send(port).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EmailDeliveryError);
      expect((error as EmailDeliveryError).message).toContain(`ada via 127.0.0.1:${port} failed`);
      expect((error as EmailDeliveryError).smtpCode).toMatch(/^E[A-Z]+$/);
    }
    // A refused sender: the server's reply code is kept; its answer's control characters and length are not.
    const port = await hostileSmtpServer(
      (socket) => socket.write('220 ok\r\n'),
      (socket, line) => socket.write(/^MAIL/.test(line) ? `550 no\u001b[31m${'x'.repeat(5_000)}\r\n` : '250 ok\r\n'),
    );
    const refused = (await send(port).catch((caught: unknown) => caught)) as EmailDeliveryError;
    expect(refused).toBeInstanceOf(EmailDeliveryError);
    expect(refused.responseCode).toBe(550);
    expect(refused.message).not.toContain('\u001b');
    expect(refused.message.length).toBeLessThan(500);
  });

  it('stops a server that drips an endless answer after 4 times timeoutMs, with an EmailDeliveryError', async () => {
    // After the greeting, EHLO's answer never ends: a continuation line every 50 ms keeps the socket from going idle.
    const timers: NodeJS.Timeout[] = [];
    cleanups.push(() => timers.forEach(clearInterval));
    const port = await hostileSmtpServer(
      (socket) => socket.write('220 ok\r\n'),
      (socket) => void timers.push(setInterval(() => socket.write('250-more\r\n'), 50)),
    );
    const started = Date.now();
    const error = await send(port, 200).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EmailDeliveryError);
    expect((error as EmailDeliveryError).message).toContain('no answer within 800 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('pipeline.watch with the e-mail digest and the webhook', () => {
  const board: { jobs: Array<Omit<JobInput, 'source'>> } = { jobs: [] };
  const crawler: Crawler = {
    name: 'board',
    async *crawl() {
      for (const job of board.jobs) yield parseJob({ ...job, source: 'board' });
    },
  };

  it('e-mails each good job once per person across two watch runs, and the webhook sees signed payloads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolefit-notify-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const bodies: Array<{ body: string; signature: string | undefined }> = [];
    const server: Server = createServer((request: IncomingMessage, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        bodies.push({
          body: Buffer.concat(chunks).toString('utf8'),
          signature: request.headers['rolefit-signature'] as string | undefined,
        });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(resolve)));
    const secret = 'whsec_watch';
    const hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    const broken: Notifier = { name: 'broken', notify: async () => Promise.reject(new Error('chat service down')) };

    const start = async () => {
      const store = createMemoryStore({ path: join(dir, 'store.json') });
      await store.upsertResume({ id: 'ada', skills: ['SQL', 'Python'] });
      await store.upsertResume({ id: 'bo', skills: ['Nursing'] });
      const notifiers = [
        broken,
        createEmailDigestNotifier(emailSettings()),
        createWebhookNotifier({ url: hook, secret }),
      ];
      return { store, pipeline: createPipeline({ store, ranker, crawlers: [crawler], notifiers }) };
    };

    board.jobs = [
      {
        id: 'j1',
        title: 'Data Engineer',
        company: 'Acme',
        description: 'SQL and Python pipelines',
        url: 'https://jobs.example/j1',
      },
      { id: 'j2', title: 'Night Nurse', company: 'Care', description: 'Nursing on a ward' },
      { id: 'j3', title: 'Welder', company: 'Steel', description: 'MIG welding' },
    ];
    const first = await start();
    const firstRounds = await first.pipeline.watch({ rounds: 2, intervalMs: 0 });
    await first.store.close();
    // A second run after a restart: one new posting, the others crawled again.
    board.jobs = [...board.jobs, { id: 'j4', title: 'SQL Analyst', company: 'Delta', description: 'Reporting' }];
    const second = await start();
    const [secondRound] = await second.pipeline.watch({ rounds: 1 });
    await second.store.close();

    const digests = mails.map(({ envelopeTo, mail }) => ({
      to: envelopeTo[0],
      subject: mail.subject,
      text: mail.text ?? '',
    }));
    expect(digests.map(({ to, subject }) => [to, subject])).toEqual([
      ['ada@people.test', '1 new job match for ada'],
      ['bo@people.test', '1 new job match for bo'],
      ['ada@people.test', '1 new job match for ada'],
    ]);
    expect(digests[0]!.text).toContain('Data Engineer — Acme (score 1.00)');
    expect(digests[1]!.text).toContain('Night Nurse — Care');
    expect(digests[2]!.text).toContain('SQL Analyst — Delta (score 0.50)');
    expect(digests[2]!.text).not.toContain('Data Engineer');
    for (const { text } of digests) expect(text).not.toContain('Welder');

    // The webhook got the same three deliveries, each correctly signed.
    expect(
      bodies.map(({ body }) =>
        (JSON.parse(body) as { subjectId: string; matches: Array<{ jobId: string }> }).matches.map(
          (match) => match.jobId,
        ),
      ),
    ).toEqual([['j1'], ['j2'], ['j4']]);
    for (const { body, signature } of bodies)
      expect(verifyWebhookSignature({ secret, body, header: signature }).ok).toBe(true);

    // The broken notifier failed for every person in every round with something to send, and stopped nobody.
    expect(firstRounds[0]!.errors.map((error) => [error.subjectId, error.notifier])).toEqual([
      ['ada', 'broken'],
      ['bo', 'broken'],
    ]);
    expect(firstRounds[1]!.notified).toEqual([]);
    expect(secondRound!.notified.map((entry) => [entry.notifier, entry.jobIds])).toEqual([
      ['email', ['j4']],
      ['webhook', ['j4']],
    ]);
  });
});
