import type { Notifier } from '../ports/notifier.js';

/** One Notifier over a sender per channel (SMS, e-mail); a channel without a sender is an error. */
export function createChannelNotifier(senders: Partial<Record<'sms' | 'email', Notifier>>): Notifier {
  return {
    async send(message) {
      const sender = senders[message.channel];
      if (!sender) throw new Error(`no sender for channel ${message.channel}`);
      return sender.send(message);
    },
  };
}
