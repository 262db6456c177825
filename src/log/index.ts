export {
  DAY_FOLDER,
  dayFolderName,
  resolveLogDir,
  SCRIPTS_FOLDER,
  SESSION_FILE,
  scriptSnapshotPath,
  scriptsDir,
  sessionLogPath,
} from './dir.js';
export { LogError, logErrorFrom } from './errors.js';
export { REDACTED, redactEvent, redactVars } from './redact.js';
export {
  createSessionIdGenerator,
  isSessionId,
  newSessionId,
  SESSION_ID,
  sessionIdTime,
} from './session-id.js';
export { scriptSha256, snapshotScript } from './snapshot.js';
export {
  LOG_FORMAT_VERSION,
  type OpenSessionLogOptions,
  openSessionLog,
  type Redaction,
  type ScriptRef,
  type SessionLog,
  type SessionStart,
} from './writer.js';
