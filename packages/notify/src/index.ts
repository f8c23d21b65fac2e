export {
  createWebhookNotifier,
  WebhookDeliveryError,
  type WebhookNotifierBaseSettings,
  type WebhookNotifierSettings,
} from './webhook/webhook-notifier.js';
export {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  IDEMPOTENCY_HEADER,
  SIGNATURE_HEADER,
  signWebhookPayload,
  verifyWebhookSignature,
  type SignWebhookPayloadInput,
  type VerifyWebhookSignatureInput,
  type WebhookSignatureCheck,
} from './webhook/signature.js';
export {
  buildSlackPayload,
  buildWebhookPayload,
  matchIdempotencyKey,
  notificationIdempotencyKey,
  type SlackPayload,
  type WebhookMatch,
  type WebhookPayload,
} from './webhook/payload.js';
export {
  createEmailDigestNotifier,
  DigestRecipientError,
  EmailDeliveryError,
  type DigestRecipients,
  type EmailDigestNotifierSettings,
  type SmtpSettings,
} from './email/email-notifier.js';
export { escapeHtml, renderDigest, type DigestMessage, type RenderDigestOptions } from './email/digest.js';
