import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Notifier } from '../../ports/notifier.js';

/** Mainland mobile numbers are stored as 11 digits; SNS wants E.164. */
export const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

/** SMS through Amazon SNS, sent as transactional (delivered even to numbers that opted out of promotions). */
export function createSnsSmsNotifier(sns: SNSClient, options: { senderId?: string } = {}): Notifier {
  return {
    async send(message) {
      const { MessageId } = await sns.send(
        new PublishCommand({
          PhoneNumber: e164(message.to),
          Message: message.text,
          MessageAttributes: {
            'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' },
            ...(options.senderId ? { 'AWS.SNS.SMS.SenderID': { DataType: 'String', StringValue: options.senderId } } : {}),
          },
        }),
      );
      return { provider: 'sns', ...(MessageId ? { providerMessageId: MessageId } : {}) };
    },
  };
}
