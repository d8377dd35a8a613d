import type { ApiClient } from './client.js';

/** One message to an applicant, as staff see it: the phone number masked. */
export interface OutboxEntry {
  messageId: string;
  caseId: string;
  caseNumber: string;
  action: string;
  lang: 'zh-CN' | 'en';
  channel: 'sms' | 'email';
  toMasked: string;
  text: string;
  createdAt: string;
  status: 'pending' | 'sent';
  sentAt?: string;
}

/** One page of the county's outbox, newest first. */
export async function listOutbox(api: ApiClient, cursor?: string, signal?: AbortSignal): Promise<{ items: OutboxEntry[]; next?: string }> {
  const body = await api.get<{ items?: OutboxEntry[]; next?: string }>('/api/outbox', {
    query: { limit: '50', ...(cursor ? { cursor } : {}) },
    ...(signal ? { signal } : {}),
  });
  return { items: Array.isArray(body?.items) ? body.items : [], ...(body?.next ? { next: body.next } : {}) };
}
