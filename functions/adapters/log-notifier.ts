import { maskPhone } from '../core/privacy/mask.js';
import type { Logger } from '../http/logger.js';
import type { Notifier } from '../ports/notifier.js';

/**
 * The embedded default's sender: one structured log line per message, the number masked; the
 * outbox keeps the message as sent, and /county/outbox lists it.
 */
export function createLogNotifier(logger: Logger): Notifier {
  return {
    async send(message) {
      logger.info('notification', {
        channel: message.channel,
        messageId: message.messageId,
        caseNumber: message.caseNumber,
        lang: message.lang,
        to: message.channel === 'sms' ? maskPhone(message.to) : '***',
        // The text carries the applicant's name: it stays in the outbox, not in the log.
        action: message.action,
      });
      return { provider: 'log' };
    },
  };
}
