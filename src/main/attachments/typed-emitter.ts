/** Returned by every subscription; call it to stop listening (a remount must not leak listeners). */
export type Unsubscribe = () => void;

export interface Emitter<Events> {
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): Unsubscribe;
  emit<E extends keyof Events>(event: E, payload: Events[E]): void;
}

/** A tiny typed event emitter. A throwing listener is isolated: it cannot break the download that emitted. */
export function createEmitter<Events>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener as (payload: never) => void);
      return () => {
        set.delete(listener as (payload: never) => void);
      };
    },
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? []) {
        try {
          (listener as (p: typeof payload) => void)(payload);
        } catch {
          // A UI listener's bug must not fail a download.
        }
      }
    },
  };
}
