import { fetchAuthConfig, type AuthConfig } from '../api/sign-in-options.js';
import { api } from '../services.js';

let loading: Promise<AuthConfig> | undefined;

/**
 * How this deployment signs people in, asked once per page load (the sign-in page, the callback,
 * renewal and sign-out all need it). A failed load is forgotten, so the next caller asks again.
 */
export function loadAuthConfig(): Promise<AuthConfig> {
  loading ??= fetchAuthConfig(api).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
