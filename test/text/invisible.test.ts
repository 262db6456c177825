import { describe, expect, it } from 'vitest';
import { agentKey } from '../../src/log/agent.js';
import { showInvisible } from '../../src/text/invisible.js';

describe('names that differ only by what cannot be seen', () => {
  it('are one agent', () => {
    for (const lookalike of ['ana\u200b', 'a\u200fna', '\ufeffAna', 'an\u00ada']) {
      expect(agentKey(lookalike)).toBe(agentKey('ana'));
    }
  });

  it('show what they hold, keeping the joiners Bengali needs', () => {
    expect(showInvisible('ana\u200b')).toBe('ana⟨U+200B⟩');
    expect(showInvisible('a\u200fna')).toBe('a⟨U+200F⟩na');
    expect(showInvisible('র‍্যাব')).toBe('র‍্যাব');
    expect(showInvisible('ana')).toBe('ana');
  });
});
