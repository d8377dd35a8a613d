import type { Logger } from '../../http/logger.js';
import { sendOutboxMessage, type SendOutboxDeps } from '../../use-cases/notify/send-outbox-message.js';

/**
 * One round of the embedded default's outbox poller (it has no table stream): the pending
 * messages, oldest first, each through the same send-once use case the stream consumer runs.
 * A failed message stays pending and is tried again next round.
 */
export async function pollOutboxOnce(deps: SendOutboxDeps & { logger: Logger }, limit = 25): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const message of await deps.outbox.pending(limit)) {
    try {
      if ((await sendOutboxMessage(message, deps)) === 'sent') sent += 1;
    } catch (error) {
      failed += 1;
      deps.logger.warn('outbox message not sent, will retry', { messageId: message.messageId, error });
    }
  }
  return { sent, failed };
}

/** Polls every `intervalMs` until stopped; rounds never overlap. */
export function startOutboxPoller(deps: SendOutboxDeps & { logger: Logger }, intervalMs = 1000): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    running = pollOutboxOnce(deps)
      .catch((error: unknown) => deps.logger.error('outbox poll failed', { error }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, intervalMs);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
