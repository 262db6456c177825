/**
 * The agent named at the top of `coach replay --summary` shows its invisible
 * characters, as the session list and the report do: a name that only looks
 * like another must not pass for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../src/i18n/index.js';
import { renderTimeline } from '../../src/replay/timeline.js';
import { cycle } from '../session/fixtures.js';
import { makeLog } from './helpers.js';

beforeAll(() => initI18n('en'));

describe('the agent in the timeline', () => {
  it('shows invisible characters in the name', () => {
    const log = makeLog(cycle, [[{ type: 'done' }, 4000]], { agent: 'ana\u200b' });
    const text = renderTimeline({ start: log.header, events: log.events, locale: 'en' }).join('\n');
    expect(text).toContain('ana⟨U+200B⟩');
    expect(text).not.toContain('ana\u200b');
  });
});
