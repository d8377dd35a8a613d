import { ApiError, apiErrorFrom, NETWORK_ERROR } from './api-error.js';

export interface ApiClientOptions {
  /** Origin and prefix; '' means the page's own origin, where the API is served. */
  baseUrl?: string;
  token(): string | undefined;
  lang(): string;
  /** Called when a request that carried a token is refused with 401: the session has ended. */
  onSessionEnded?(error: ApiError): void;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  query?: Record<string, string | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  /** Send no bearer token even when signed in (sign-in itself). */
  anonymous?: boolean;
  /** Extra headers, e.g. `Idempotency-Key` on writes that must not run twice. */
  headers?: Record<string, string>;
}

/** The typed client every page uses: JSON in, JSON out, errors as ApiError. */
export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** The bearer token, for same-origin requests the client does not make itself (the local upload PUT). */
  bearer?(): string | undefined;
}

/** A fetch-based client: same origin by default, bearer token, Accept-Language on every call. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  async function request<T>(method: string, path: string, init: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { ...init.headers, accept: 'application/json', 'accept-language': options.lang() };
    const token = init.anonymous ? undefined : options.token();
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';

    let response: Response;
    try {
      response = await doFetch(baseUrl + path + queryString(init.query), {
        method,
        headers,
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        ...(init.signal ? { signal: init.signal } : {}),
      });
    } catch (cause) {
      if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
      throw new ApiError(0, NETWORK_ERROR, '');
    }

    const body = await readJson(response);
    if (response.ok) return body as T;
    const error = apiErrorFrom(response.status, body, response.headers.get('x-request-id') ?? undefined);
    if (token && error.isSessionEnded) options.onSessionEnded?.(error);
    throw error;
  }

  return {
    request,
    get: (path, o) => request('GET', path, o),
    post: (path, body, o) => request('POST', path, { ...o, body }),
    bearer: () => options.token(),
  };
}

function queryString(query: RequestOptions['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
