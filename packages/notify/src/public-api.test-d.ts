// Type-level checks of what an integrator of @rolefit/notify relies on, imported by package name as an app would:
// the notifier factories' required and optional settings, an injectable fetch, and the signature check's union.
import type { Notification, Notifier } from '@rolefit/core';
import {
  buildWebhookPayload,
  createEmailDigestNotifier,
  createWebhookNotifier,
  DigestRecipientError,
  EmailDeliveryError,
  signWebhookPayload,
  verifyWebhookSignature,
  type WebhookPayload,
  WebhookDeliveryError,
} from '@rolefit/notify';
import { assertType, describe, expectTypeOf, it } from 'vitest';

declare const notification: Notification;

describe('createWebhookNotifier', () => {
  it('requires a URL, and a secret with the signed JSON format', () => {
    expectTypeOf(createWebhookNotifier).returns.toEqualTypeOf<Notifier>();
    assertType<Notifier>(createWebhookNotifier({ url: 'https://example.com/hook', secret: 's' }));
    assertType<Notifier>(createWebhookNotifier({ url: 'https://example.com/hook', format: 'json', secret: 's' }));
    // Slack's payload is unsigned: the secret is optional there.
    assertType<Notifier>(
      createWebhookNotifier({ url: new URL('https://example.com'), format: 'slack', maxRetries: 2 }),
    );
    assertType<Notifier>(createWebhookNotifier({ url: 'https://example.com', format: 'slack', secret: 's' }));
    // @ts-expect-error the JSON format (the default) is signed: the secret is required
    createWebhookNotifier({ url: 'https://example.com/hook' });
    // @ts-expect-error the JSON format is signed: the secret is required
    createWebhookNotifier({ url: 'https://example.com/hook', format: 'json' });
    // @ts-expect-error the URL is required
    createWebhookNotifier({ format: 'json', secret: 's' });
    // @ts-expect-error teams is no payload format
    createWebhookNotifier({ url: 'https://example.com', secret: 's', format: 'teams' });
    // @ts-expect-error retries is spelt maxRetries
    createWebhookNotifier({ url: 'https://example.com', secret: 's', retries: 2 });
    // @ts-expect-error headers are strings
    createWebhookNotifier({ url: 'https://example.com', secret: 's', headers: { 'x-count': 1 } });
  });

  it('takes an injected fetch: the global one or a stub', () => {
    assertType<Notifier>(createWebhookNotifier({ url: 'https://example.com', secret: 's', fetch: globalThis.fetch }));
    // A receiver stub for tests: only the URL string and the request init are ever passed.
    const stub = async (_url: string, _init: RequestInit) => new Response(null, { status: 204 });
    assertType<Notifier>(createWebhookNotifier({ url: 'https://example.com', secret: 's', fetch: stub }));
    // @ts-expect-error fetch answers a promise of a Response
    createWebhookNotifier({ url: 'https://example.com', secret: 's', fetch: async () => 204 });
  });

  it('notifies with an optional signal and reports typed delivery errors', () => {
    const notifier = createWebhookNotifier({ url: 'https://example.com', secret: 's' });
    expectTypeOf(notifier.notify(notification)).toEqualTypeOf<Promise<void>>();
    assertType<Promise<void>>(notifier.notify(notification, { signal: AbortSignal.timeout(1000) }));
    // @ts-expect-error timeout is no notify option
    notifier.notify(notification, { timeout: 1000 });
    const error: unknown = undefined;
    if (error instanceof WebhookDeliveryError) {
      // A delivery may fail before any answer: no status then.
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.attempts).toEqualTypeOf<number>();
    }
  });

  it('throws errors whose code is that of their class', () => {
    expectTypeOf<WebhookDeliveryError['code']>().toEqualTypeOf<'ROLEFIT_WEBHOOK_DELIVERY'>();
    expectTypeOf(new DigestRecipientError('someone').code).toEqualTypeOf<'ROLEFIT_DIGEST_RECIPIENT'>();
    expectTypeOf<EmailDeliveryError['code']>().toEqualTypeOf<'ROLEFIT_EMAIL_DELIVERY'>();
    const error = new DigestRecipientError('someone') as DigestRecipientError | EmailDeliveryError;
    if (error.code === 'ROLEFIT_EMAIL_DELIVERY') expectTypeOf(error.smtpCode).toEqualTypeOf<string | undefined>();
    // @ts-expect-error no notifier error has this code
    if (error.code === 'ROLEFIT_EMAIL_DELIVERYY') void error;
  });
});

describe('webhook payloads and signatures', () => {
  it('builds a typed payload', () => {
    const payload = buildWebhookPayload(notification);
    expectTypeOf(payload).toEqualTypeOf<WebhookPayload>();
    expectTypeOf(payload.type).toEqualTypeOf<'rolefit.matches'>();
    expectTypeOf(payload.matches[0]?.score).toEqualTypeOf<number | undefined>();
  });

  it('answers a signature check that narrows on ok', () => {
    const header = signWebhookPayload({ body: '{}', secret: 's' });
    expectTypeOf(header).toEqualTypeOf<string>();
    const check = verifyWebhookSignature({ body: '{}', header, secret: 's' });
    if (check.ok) expectTypeOf(check.timestamp).toEqualTypeOf<Date>();
    else expectTypeOf(check.reason).toEqualTypeOf<'missing' | 'malformed' | 'mismatch' | 'expired'>();
    // @ts-expect-error the reason is there only when the check failed
    void check.reason;
    // @ts-expect-error the secret is required
    verifyWebhookSignature({ body: '{}', header });
  });
});

describe('createEmailDigestNotifier', () => {
  it('requires the SMTP server, a sender and recipients', () => {
    expectTypeOf(createEmailDigestNotifier).returns.toEqualTypeOf<Notifier>();
    assertType<Notifier>(
      createEmailDigestNotifier({
        smtp: { host: 'localhost', port: 2525 },
        from: 'jobs@example.com',
        to: 'me@example.com',
      }),
    );
    assertType<Notifier>(
      createEmailDigestNotifier({
        smtp: { host: 'localhost', auth: { user: 'u', pass: 'p' } },
        from: 'jobs@example.com',
        to: async (subjectId) => (subjectId === 'a' ? ['a@example.com'] : undefined),
        subject: (sent) => `${sent.matches.length} jobs`,
      }),
    );
    // @ts-expect-error the recipients are required
    createEmailDigestNotifier({ smtp: { host: 'localhost' }, from: 'jobs@example.com' });
    // @ts-expect-error the SMTP host is required
    createEmailDigestNotifier({ smtp: { port: 25 }, from: 'jobs@example.com', to: 'me@example.com' });
    createEmailDigestNotifier({
      // @ts-expect-error auth needs a password
      smtp: { host: 'h', auth: { user: 'u' } },
      from: 'f@example.com',
      to: 'me@example.com',
    });
    // @ts-expect-error recipients are addresses, not numbers
    createEmailDigestNotifier({ smtp: { host: 'h' }, from: 'f@example.com', to: () => 42 });
    // @ts-expect-error password is spelt pass
    createEmailDigestNotifier({ smtp: { host: 'h', password: 'p' }, from: 'f@example.com', to: 'me@example.com' });
  });
});
