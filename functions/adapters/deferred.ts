/**
 * Loading an adapter's code on first use. The API's Lambda bundle keeps code that only some routes
 * need (the S3 presigner, the KMS client, the SM2 library) in chunks of their own; these helpers
 * read such a chunk when a request first needs it, and never at cold start.
 */

/** A value, or how to make it on first use (e.g. an AWS client whose code is loaded then). */
export type Lazy<T> = T | (() => Promise<T>);

/** `make`, called at most once at a time: its answer is kept, a failure is not (the next call tries again). */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      pending = make();
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };
}

/** The value of a `Lazy`, made now if it was not made yet. */
export const resolveLazy = <T>(lazy: Lazy<T>): Promise<T> => (typeof lazy === 'function' ? (lazy as () => Promise<T>)() : Promise.resolve(lazy));

type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

/**
 * A port whose adapter is built on first use. Every method waits for `load` (once per process) and
 * then calls the adapter's own, so callers see the same port: the ports wrapped this way answer
 * with promises anyway. `methods` names each method of the port once (the type checks that none is
 * missing), so the wrapper is a plain object, not a proxy that would also answer `then`.
 */
export function deferred<T extends AsyncMethods<T>>(load: () => Promise<T>, methods: Record<keyof T, true>): T {
  const adapter = once(load);
  const port: Partial<Record<keyof T, unknown>> = {};
  for (const name of Object.keys(methods) as (keyof T)[]) {
    port[name] = async (...args: unknown[]) => {
      const target = await adapter();
      return (target[name] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
    };
  }
  return port as T;
}
