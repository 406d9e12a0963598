/** A phantom value carrying a response/event type in the contract; never read at run time. */
export function type<T>(): T {
  return undefined as T;
}
