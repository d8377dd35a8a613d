import type { Logger } from '../http/logger.js';
import type { Notifier } from '../ports/notifier.js';

/**
 * The default notifier: one structured log line per notification. The logger masks anything that
 * looks like personal data, so the line is safe to keep; a county plugs a real channel in later.
 */
export function createLogNotifier(logger: Logger): Notifier {
  return {
    async notify(event) {
      logger.info('notification', { channel: 'log', ...event });
    },
  };
}
