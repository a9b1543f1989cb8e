import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { channelNamePattern, roles } from '../../../main/contract/define';
import { events } from '../../../main/contract/events';
import { channels } from '../../../main/contract/index';

describe('the contract', () => {
  const entries = Object.entries(channels);

  it('has channels', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  it.each(entries)('%s has a well-formed name, input and output schemas, and roles', (name, def) => {
    expect(name).toMatch(channelNamePattern);
    expect(def.input).toBeInstanceOf(z.ZodType);
    expect(def.output).toBeInstanceOf(z.ZodType);
    if (def.access !== 'public') {
      expect(def.access.length).toBeGreaterThan(0);
      for (const role of def.access) expect(roles).toContain(role);
    } else {
      // Only sign-in and first-run setup may be called without a session.
      expect(name).toMatch(/^(auth:(login|list-users)|setup:)/);
    }
  });

  it('defines every push event with a schema', () => {
    for (const [name, schema] of Object.entries(events)) {
      expect(name).toMatch(channelNamePattern);
      expect(schema).toBeInstanceOf(z.ZodType);
    }
  });
});
