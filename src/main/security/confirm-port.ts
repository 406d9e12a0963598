/**
 * A question main asks the user itself, in a native dialog (Electron's dialog.showMessageBox; the
 * e2e harness answers it). Decisions that let the key or a link go somewhere new are taken here,
 * never on a flag the page sends: the page may be compromised, the dialog is not the page's.
 */
export interface ConfirmRequest {
  /** What is being decided (tests and logs tell the questions apart by it). */
  kind: 'apiUrlChange' | 'unknownLinkHost' | 'accountRemove';
  title: string;
  message: string;
  detail: string;
  confirmLabel: string;
  cancelLabel: string;
}

/** Resolves true only when the user chose `confirmLabel`; dismissing the dialog is a no. */
export type ConfirmPort = (request: ConfirmRequest) => Promise<boolean>;

/** Where no dialog exists: every question is answered no (nothing new is allowed). */
export const answerNo: ConfirmPort = async () => false;
