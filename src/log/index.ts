export { DAY_FOLDER, recoveryDirs, resolveLogDir } from './dir.js';
export { checkLogFolder } from './folder-check.js';
export { isSessionId } from './session-id.js';
export { storeSnapshot } from './snapshot.js';
export {
  LOG_FORMAT_VERSION,
  type LogProblem,
  openSessionLog,
  type SessionLog,
  type Unsaved,
} from './writer.js';
