import { runElectronApp } from './electron/app';

// Composition root of the Electron main process: all wiring lives in electron/app.ts and core.ts.
runElectronApp(__dirname);
