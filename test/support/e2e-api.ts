import { DEMO_PASSWORD } from '../../functions/demo/accounts.js';
import { chinaDateOf } from '../../functions/core/calendar/china-date.js';

/** Today in China, as the server and the pages count it. */
export const chinaToday = () => chinaDateOf(new Date());

/** A bearer token of a demo account, from the running stack. */
export async function tokenOf(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/local/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`cannot sign in ${username}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Calls the stack's API directly (what a forced request would do), returning status and JSON body. */
export async function callApi(
  baseUrl: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(baseUrl + path, {
    method,
    headers: {
      accept: 'application/json',
      'accept-language': 'zh-CN',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** The due date the calendar API gives for a limit, as the item page should show it. */
export async function dueDateOf(baseUrl: string, acceptedOn: string, workingDays: number): Promise<{ dueDate: string; provisional: boolean }> {
  const { status, body } = await callApi(baseUrl, 'GET', `/api/calendar/due-date?acceptedOn=${acceptedOn}&workingDays=${workingDays}`);
  if (status !== 200) throw new Error(`due-date answered ${status}`);
  return body;
}
