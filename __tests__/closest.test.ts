// closestMatch skips the candidates whose length alone rules them out; it must answer exactly as
// comparing every candidate does (the reference below is the algorithm without that shortcut).
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { closestMatch, editDistance } from '../src/text/closest.js';

const normalize = (s: string) => s.toLowerCase().replace(/[\s_\-.]/g, '');

function reference(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > 200) return undefined;
  const a = normalize(input);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const b = normalize(c);
    let s = a === b ? 0 : editDistance(a, b);
    if (a !== b && (b.includes(a) || a.includes(b))) s = Math.min(s, 1 + Math.abs(a.length - b.length) / 4);
    if (s < bestScore) {
      bestScore = s;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  return bestScore <= Math.max(2, Math.ceil(Math.min(a.length, normalize(best).length) / 3)) ? best : undefined;
}

const LISTS: readonly (readonly string[])[] = [
  [
    'client_name',
    'display_name',
    'description',
    'grant_types',
    'redirect_uris',
    'response_types',
    'scope',
    'logo_uri',
    'capabilities',
    'enabled',
    'quick_launch_enabled',
    'entry_uri',
    'enabled_for_profiles',
  ],
  [
    'ms.MessagingEventNotification.ContentEvent',
    'ms.MessagingEventNotification.RichContentEvent',
    'ms.MessagingEventNotification.AcceptStatusEvent',
    'ms.MessagingEventNotification.ChatStateEvent',
    'cqm.ExConversationChangeNotification',
    'retry',
  ],
  ['endpoint', 'max_retries', 'headers'],
  ['msg.consumer', 'faas.lambda.invoke', 'ihub.tpb.customendpoint', 'users.read', 'users.write', 'users.external', 'data.services.enghist'],
];

describe('closestMatch', () => {
  test('typos of real names: the same answer as comparing every candidate', () => {
    const typos = ['clientName', 'client_nam', 'ms.MessagingEventNotification.AccpetStatusEvent', 'maxRetries', 'max_retry', 'endpiont', 'x', '', 'users.raed', 'retyr', 'enabledForProfile'];
    for (const list of LISTS) for (const t of typos) expect(closestMatch(t, list)).toBe(reference(t, list));
    expect(closestMatch('ms.MessagingEventNotification.AccpetStatusEvent', LISTS[1]!)).toBe('ms.MessagingEventNotification.AcceptStatusEvent');
  });

  test('random inputs and candidate lists: the same answer as comparing every candidate', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'e', '_', '.', '-', 'A', ' '), maxLength: 40 });
    fc.assert(
      fc.property(word, fc.oneof(fc.constantFrom(...LISTS), fc.array(word, { minLength: 1, maxLength: 8 })), (input, list) => {
        expect(closestMatch(input, list)).toBe(reference(input, list));
      }),
      { numRuns: 3000 },
    );
  });
});
