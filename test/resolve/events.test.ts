import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fuseReports, sameEvent, type EventFacts, type PlaceInfo, type Report } from '../../src/resolve/events.js';

const places = new Map<number, PlaceInfo>([
  [10, { kind: 'country', country: 'IND' }],
  [11, { kind: 'place', country: 'IND' }], // New Delhi
  [12, { kind: 'place', country: 'IND' }], // Mumbai
]);

const facts = (over: Partial<EventFacts>): EventFacts => ({
  type: 'CONSULT', actors: [{ entity: 1, role: 'source' }, { entity: 2, role: 'target' }], dateStart: '2021-07-01', dateEnd: '2021-07-01',
  placeId: null, reportedFrom: '2021-07-02', reportedTo: '2021-07-02', ...over,
});

test('same type, actors, overlapping dates and a compatible place make one event', () => {
  const known = facts({ placeId: 11 });
  assert.ok(sameEvent(facts({ placeId: 10 }), known, places), 'a country holds its cities');
  assert.ok(sameEvent(facts({ actors: [{ entity: 2, role: 'source' }, { entity: 1, role: 'target' }] }), known, places), 'who hosted whom varies');
  assert.ok(sameEvent(facts({ dateStart: '2021-06-28', dateEnd: '2021-07-04' }), known, places), '"this week" holds the day');
  assert.ok(sameEvent(facts({ dateStart: null, dateEnd: null }), known, places), 'undated, published the next day');
});

test('a different place, day, type or pair of actors makes another event', () => {
  const known = facts({ placeId: 11 });
  assert.ok(!sameEvent(facts({ placeId: 12 }), known, places));
  assert.ok(!sameEvent(facts({ dateStart: '2021-07-05', dateEnd: '2021-07-05' }), known, places));
  assert.ok(!sameEvent(facts({ type: 'AGREE' }), known, places));
  assert.ok(!sameEvent(facts({ actors: [{ entity: 1, role: 'source' }, { entity: 3, role: 'target' }] }), known, places));
  assert.ok(!sameEvent(facts({ dateStart: null, dateEnd: null, reportedFrom: '2021-07-20', reportedTo: '2021-07-20' }), known, places));
});

test('directed events keep their direction; a subset of actors joins when two of them are shared', () => {
  const accusation = facts({ type: 'ACCUSE' });
  assert.ok(!sameEvent(facts({ type: 'ACCUSE', actors: [{ entity: 2, role: 'source' }, { entity: 1, role: 'target' }] }), accusation, places));
  const three = facts({ actors: [{ entity: 1, role: 'participant' }, { entity: 2, role: 'participant' }, { entity: 3, role: 'participant' }] });
  assert.ok(sameEvent(facts({}), three, places));
  assert.ok(!sameEvent(facts({ actors: [{ entity: 1, role: 'source' }] }), three, places));
});

test('a publication date standing in for the event date is read as "shortly before publication"', () => {
  const known = facts({});
  assert.ok(sameEvent(facts({ dateStart: '2021-07-03', dateEnd: '2021-07-03', datesFromPublication: true, reportedFrom: '2021-07-03', reportedTo: '2021-07-03' }), known, places));
  assert.ok(!sameEvent(facts({ dateStart: '2021-07-03', dateEnd: '2021-07-03' }), known, places));
});

const report = (over: Partial<Report>): Report => ({
  articleId: 1, published: '2021-07-02', mode: null, cameo: '040', dateStart: null, dateEnd: null, dateText: null, dateBasis: 'text',
  placeId: null, occasion: null, topics: [], actors: [{ entity: 1, role: 'source' }, { entity: 2, role: 'target' }], confidence: 0.5, ...over,
});

test('fusion keeps the narrowest date, the most specific place, every topic, and counts distinct articles', () => {
  const fused = fuseReports([
    report({ articleId: 1, dateStart: '2021-06-28', dateEnd: '2021-07-04', dateText: 'this week', placeId: 10, topics: ['trade'], mode: 'visit' }),
    report({ articleId: 2, dateStart: '2021-07-01', dateEnd: '2021-07-01', dateText: 'on Thursday', placeId: 11, topics: ['Trade', 'defence'], mode: 'visit',
      actors: [{ entity: 2, role: 'source' }, { entity: 1, role: 'target' }, { entity: 9, role: 'accompanying' }] }),
    report({ articleId: 2, dateStart: '2021-07-03', dateEnd: '2021-07-03', dateBasis: 'publication', mode: 'host', cameo: '043' }),
  ], places);
  assert.deepEqual([fused.dateStart, fused.dateEnd, fused.dateText], ['2021-07-01', '2021-07-01', 'on Thursday']);
  assert.equal(fused.placeId, 11);
  assert.deepEqual(fused.topics, ['trade', 'defence']);
  assert.equal(fused.mode, 'visit');
  assert.equal(fused.sourceCount, 2);
  assert.equal(Number(fused.confidence.toFixed(3)), 0.875);
  assert.deepEqual(fused.actors, [{ entity: 1, role: 'source' }, { entity: 2, role: 'target' }, { entity: 9, role: 'accompanying' }]);
});
