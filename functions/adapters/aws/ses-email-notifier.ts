import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Notifier } from '../../ports/notifier.js';

const SUBJECT = { 'zh-CN': '办件进度通知', en: 'Your case: progress' } as const;

/** E-mail through Amazon SES v2, from the county's verified sender identity. */
export function createSesEmailNotifier(ses: SESv2Client, options: { from: string }): Notifier {
  return {
    async send(message) {
      const { MessageId } = await ses.send(
        new SendEmailCommand({
          FromEmailAddress: options.from,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: `${SUBJECT[message.lang]} ${message.caseNumber}`, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
      return { provider: 'ses', ...(MessageId ? { providerMessageId: MessageId } : {}) };
    },
  };
}
