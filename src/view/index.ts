export { displayWidth } from '../text/width.js';
export { padEnd } from '../text/wrap.js';
export { renderScreen } from './screen.js';
export { type EndEvent, renderSummary } from './summary.js';
