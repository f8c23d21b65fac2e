import {
  invalidSetting,
  OptionalDependencyError,
  rejectUnknownKeys,
  RolefitError,
  type Notification,
  type Notifier,
  type ValidationError,
} from '@rolefit/core';
import {
  checkNotificationArgument,
  checkNumberSetting,
  checkRecordArgument,
  checkSignalOption,
  guideUrl,
} from '@rolefit/core/internal';
import { renderDigest } from './digest.js';

/** How to reach the SMTP server (the subset of nodemailer's SMTP transport options Rolefit passes on). */
export interface SmtpSettings {
  host: string;
  /** Default 587, or 465 with `secure`. */
  port?: number | undefined;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean | undefined;
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS?: boolean | undefined;
  /** Never try STARTTLS (a local test server, say). */
  ignoreTLS?: boolean | undefined;
  auth?: { user: string; pass: string } | undefined;
  /** TLS options, e.g. `{ rejectUnauthorized: false }` for a self-signed development server. */
  tls?: { rejectUnauthorized?: boolean | undefined; servername?: string | undefined } | undefined;
  /**
   * Connection, greeting and socket time limits in ms (default 30,000 each); a whole message, from connecting to the
   * server's last answer, gets at most 4 times it (a server dripping its answers never lets the socket go idle).
   */
  timeoutMs?: number | undefined;
}

/** Who gets a person's digest: addresses, or a function from the subject id to them (undefined: that person gets none). */
export type DigestRecipients =
  | string
  | readonly string[]
  | ((subjectId: string) => string | readonly string[] | undefined | Promise<string | readonly string[] | undefined>);

/** Settings for {@link createEmailDigestNotifier}. */
export interface EmailDigestNotifierSettings {
  smtp: SmtpSettings;
  /** The From address, e.g. `Rolefit <jobs@example.com>`. */
  from: string;
  to: DigestRecipients;
  /** The subject line for a notification (default `<n> new job match(es) for <subjectId>`). */
  subject?: ((notification: Notification) => string) | undefined;
  /** Matches listed in one e-mail at most; the rest are counted (default 50). */
  maxMatches?: number | undefined;
  /** Notifier name, used as the key watch records deliveries under (default `email`). */
  name?: string | undefined;
  /** Loads nodemailer (default `import('nodemailer')`); tests pass a failing one. */
  importNodemailer?: (() => Promise<unknown>) | undefined;
}

/** A person's digest had nobody to go to. */
export class DigestRecipientError extends RolefitError {
  override readonly name: string = 'DigestRecipientError';
  /** Always `ROLEFIT_DIGEST_RECIPIENT`. */
  declare readonly code: 'ROLEFIT_DIGEST_RECIPIENT';
  /** The person without an address. */
  readonly subjectId: string;
  constructor(subjectId: string) {
    super('ROLEFIT_DIGEST_RECIPIENT', `No e-mail address for ${subjectId}: the digest notifier's 'to' gave none`, {
      setting: 'to',
    });
    this.subjectId = subjectId;
  }
}

/** Most characters of nodemailer's message (which quotes the server's answer, up to a megabyte) kept in the error. */
const MAX_REASON_LENGTH = 300;

/**
 * A digest could not be sent: the SMTP server refused it, answered what is no SMTP, closed the connection, or took
 * longer than the notifier's time limit. Names the server; `smtpCode` is nodemailer's error code (`EPROTOCOL`,
 * `ETIMEDOUT`, `EENVELOPE`, `ECONNECTION`, …) and `responseCode` the server's reply code, when it gave one.
 */
export class EmailDeliveryError extends RolefitError {
  override readonly name: string = 'EmailDeliveryError';
  /** Always `ROLEFIT_EMAIL_DELIVERY`. */
  declare readonly code: 'ROLEFIT_EMAIL_DELIVERY';
  /** The person whose digest was not sent. */
  readonly subjectId: string;
  /** nodemailer's error code, when it gave one. */
  readonly smtpCode: string | undefined;
  /** The SMTP reply code of the server's last answer, when there was one. */
  readonly responseCode: number | undefined;
  constructor(
    server: string,
    subjectId: string,
    reason: string,
    details: { smtpCode?: string | undefined; responseCode?: number | undefined; cause?: unknown } = {},
  ) {
    // The server's answer is untrusted: control characters folded, a megabyte cut to a line.
    const shown = reason.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
    super(
      'ROLEFIT_EMAIL_DELIVERY',
      `E-mail digest for ${subjectId} via ${server} failed: ${shown.length > MAX_REASON_LENGTH ? `${shown.slice(0, MAX_REASON_LENGTH)}…` : shown}`,
      { cause: details.cause },
    );
    this.subjectId = subjectId;
    this.smtpCode = details.smtpCode;
    this.responseCode = details.responseCode;
  }
}

/** The part of nodemailer this notifier uses. */
interface MailTransport {
  sendMail(message: {
    from: string;
    to: string[];
    subject: string;
    text: string;
    html: string;
    headers?: Record<string, string>;
    /** nodemailer 10.5 and later close the connection when it aborts; older ones ignore it. */
    signal?: AbortSignal;
  }): Promise<{ messageId?: string; rejected?: unknown[] }>;
  close(): void;
}
interface Nodemailer {
  createTransport(options: Record<string, unknown>): MailTransport;
}

// Every setting, so that an unknown key (a typo) is refused with the nearest known one.
const EMAIL_SETTING_NAMES = {
  smtp: true,
  from: true,
  to: true,
  subject: true,
  maxMatches: true,
  name: true,
  importNodemailer: true,
} satisfies Record<keyof EmailDigestNotifierSettings, true>;
const SMTP_SETTING_NAMES = {
  host: true,
  port: true,
  secure: true,
  requireTLS: true,
  ignoreTLS: true,
  auth: true,
  tls: true,
  timeoutMs: true,
} satisfies Record<keyof SmtpSettings, true>;

// A variable specifier: bundlers leave the optional peer alone, and it is loaded only when the first digest is sent.
const NODEMAILER = 'nodemailer';
// Where a missing nodemailer's error points: the README ships in the package; the repository's guide says more.
const NOTIFY_GUIDE = `@rolefit/notify's README or ${guideUrl('notifications.md')}`;

function invalid(field: string, message: string): ValidationError {
  return invalidSetting('EmailDigestNotifierSettings', field, message);
}

/** Loads nodemailer; an OptionalDependencyError (naming `npm install nodemailer`) when it is absent or broken. */
async function loadNodemailer(importer: () => Promise<unknown>): Promise<Nodemailer> {
  let loaded: unknown;
  try {
    loaded = await importer();
  } catch (error) {
    throw new OptionalDependencyError(NODEMAILER, 'The e-mail digest notifier', { cause: error, guide: NOTIFY_GUIDE });
  }
  const module = loaded as Partial<Nodemailer> & { default?: Partial<Nodemailer> };
  const api = typeof module.createTransport === 'function' ? module : module.default;
  if (typeof api?.createTransport !== 'function')
    throw new OptionalDependencyError(NODEMAILER, 'The e-mail digest notifier', {
      cause: new Error('nodemailer has no createTransport'),
      guide: NOTIFY_GUIDE,
    });
  return api as Nodemailer;
}

function addressList(value: string | readonly string[] | undefined): string[] {
  return (typeof value === 'string' ? [value] : [...(value ?? [])]).map((address) => address.trim()).filter(Boolean);
}

/**
 * A Notifier that e-mails each notification as one digest (plain text and HTML, one message per person and batch) over
 * SMTP with nodemailer, an optional peer dependency loaded on the first send.
 */
export function createEmailDigestNotifier(settings: EmailDigestNotifierSettings): Notifier {
  rejectUnknownKeys('EmailDigestNotifierSettings', settings, EMAIL_SETTING_NAMES, { required: true });
  if (!settings.smtp || typeof settings.smtp !== 'object')
    throw invalid('smtp', 'is required: { host, port?, secure?, auth? }');
  rejectUnknownKeys('EmailDigestNotifierSettings.smtp', settings.smtp, SMTP_SETTING_NAMES);
  if (!settings.smtp.host) throw invalid('smtp.host', 'is required');
  if (
    settings.smtp.port !== undefined &&
    !(Number.isInteger(settings.smtp.port) && settings.smtp.port > 0 && settings.smtp.port < 65536)
  )
    throw invalid('smtp.port', `must be a port number, got ${String(settings.smtp.port)}`);
  if (!settings.from?.includes('@'))
    throw invalid('from', `must be an e-mail address, got ${JSON.stringify(settings.from)}`);
  if (typeof settings.to !== 'function' && !addressList(settings.to).length)
    throw invalid('to', 'needs at least one address, or a function from the subject id to addresses');
  if (settings.maxMatches !== undefined && !(Number.isInteger(settings.maxMatches) && settings.maxMatches >= 1))
    throw invalid('maxMatches', `must be a whole number ≥ 1, got ${String(settings.maxMatches)}`);
  const { smtp } = settings;
  const timeoutMs =
    checkNumberSetting('EmailDigestNotifierSettings', 'smtp.timeoutMs', smtp.timeoutMs, { min: 1 }) ?? 30_000;
  const port = smtp.port ?? (smtp.secure ? 465 : 587);
  let transport: Promise<MailTransport> | undefined;

  const transportOf = () => {
    transport ??= loadNodemailer(settings.importNodemailer ?? (() => import(NODEMAILER))).then((nodemailer) =>
      nodemailer.createTransport({
        host: smtp.host,
        port,
        secure: smtp.secure ?? false,
        requireTLS: smtp.requireTLS ?? false,
        ignoreTLS: smtp.ignoreTLS ?? false,
        ...(smtp.auth && { auth: smtp.auth }),
        ...(smtp.tls && { tls: smtp.tls }),
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      }),
    );
    // A failed load is not kept: the next send tries again (after the package is installed, say).
    transport.catch(() => {
      transport = undefined;
    });
    return transport;
  };

  return {
    name: settings.name ?? 'email',
    async notify(notification: Notification, options: { signal?: AbortSignal } = {}) {
      // A notification of the wrong shape was "Cannot read properties of undefined (reading 'matches')" (round 17).
      checkNotificationArgument('EmailDigestNotifier.notify', 'notification', notification);
      checkRecordArgument('EmailDigestNotifier.notify', 'options', options, 'NotifyOptions ({ signal? })');
      checkSignalOption('NotifyOptions', options.signal);
      options.signal?.throwIfAborted();
      if (!notification.matches.length) return;
      const to = addressList(
        typeof settings.to === 'function' ? await settings.to(notification.subjectId) : settings.to,
      );
      if (!to.length) throw new DigestRecipientError(notification.subjectId);
      const message = renderDigest(notification, {
        subject: settings.subject?.(notification),
        maxMatches: settings.maxMatches,
      });
      const mailer = await transportOf();
      options.signal?.throwIfAborted();
      // The whole send has a deadline: nodemailer's socket timeout is an idle timeout, which an answer dripped a byte at
      // a time (or an endless multi-line reply) never trips.
      const limitMs = 4 * timeoutMs;
      const deadline = AbortSignal.timeout(limitMs);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      const server = `${smtp.host}:${port}`;
      // nodemailer 10.5+ closes the connection on abort; with an older one an abort stops the wait, and the message may
      // still go out.
      const sending = mailer.sendMail({
        from: settings.from,
        to,
        ...message,
        headers: { 'X-Rolefit-Subject': notification.subjectId },
        signal,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => reject(signal.reason);
          signal.addEventListener('abort', onAbort, { once: true });
          sending.then(
            () => (signal.removeEventListener('abort', onAbort), resolve()),
            (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
          );
        });
      } catch (error) {
        // The caller's abort is theirs to see as it is.
        if (options.signal?.aborted) throw options.signal.reason;
        if (deadline.aborted)
          throw new EmailDeliveryError(server, notification.subjectId, `no answer within ${limitMs} ms`, {
            smtpCode: 'ETIMEDOUT',
            cause: error,
          });
        if (error instanceof RolefitError) throw error;
        const failure = error as { message?: unknown; code?: unknown; responseCode?: unknown } | undefined;
        throw new EmailDeliveryError(server, notification.subjectId, String(failure?.message ?? error), {
          smtpCode: typeof failure?.code === 'string' ? failure.code : undefined,
          responseCode: typeof failure?.responseCode === 'number' ? failure.responseCode : undefined,
          cause: error,
        });
      }
    },
  };
}
