import type { DevinClient } from '../api/client';

/** What the library services need: a client bound to the signed-in organization. */
export interface LibraryApi {
  client: DevinClient;
  orgId: string | null;
}

/** Supplies the current client; throws NOT_SIGNED_IN / ORG_REQUIRED (AppError) when there is none. */
export type GetLibraryApi = () => LibraryApi | Promise<LibraryApi>;
