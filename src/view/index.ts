export { charWidth, displayWidth, stripAnsi } from '../text/width.js';
export { clipStyled, graphemes, padEnd, truncate, wrapText } from '../text/wrap.js';
export { renderScreen } from './screen.js';
export { type EndEvent, renderSummary, type SummaryView } from './summary.js';
export { type TimerLevel, timerLevel, WARNING_SHARE } from './timers.js';
export { screenTranslator, type Translate } from './translate.js';
export type { ScreenMessage, ScreenView, StageState } from './view.js';
