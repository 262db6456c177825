export { DAY_FOLDER, resolveLogDir } from './dir.js';
export { isSessionId } from './session-id.js';
export { snapshotScript } from './snapshot.js';
export { LOG_FORMAT_VERSION, openSessionLog, type SessionLog } from './writer.js';
