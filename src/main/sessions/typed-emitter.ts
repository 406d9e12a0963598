/** A tiny typed event emitter whose `on` returns the unsubscribe function (no leaked listeners). */
export interface Emitter<E extends Record<string, unknown>> {
  on<K extends keyof E>(event: K, listener: (payload: E[K]) => void): () => void;
  emit<K extends keyof E>(event: K, payload: E[K]): void;
}

/**
 * Listener errors are reported to `onListenerError` and never stop other listeners or the
 * emitter's caller: a broken view must not break polling.
 */
export function createEmitter<E extends Record<string, unknown>>(onListenerError: (err: unknown) => void = () => {}): Emitter<E> {
  const listeners = new Map<keyof E, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit(event, payload) {
      for (const l of [...(listeners.get(event) ?? [])]) {
        try {
          (l as (p: typeof payload) => void)(payload);
        } catch (err) {
          onListenerError(err);
        }
      }
    },
  };
}
