// A small store built from hand-made extraction results, for the query, CLI and export tests: a meeting reported
// twice, an accusation, a three-way agreement, two different people called Kumar, and a statement.
import type { ExtractionResult } from '../../src/extract/types.js';
import type { Article } from '../../src/ingest/article.js';
import type { Db } from '../../src/store/db.js';
import { ingestArticle } from '../../src/store/ingest.js';
import { country, entity, event, person, result } from '../resolve/build.js';

const delhi = () => entity('pl', 'place', 'New Delhi', { country: 'IND', coordinates: [28.61, 77.21] });
const singh = (aliases: string[] = ['Singh']) => person('p1', 'Rajnath Singh', { country: 'IND', aliases, office: { title: 'Defence Minister', country: 'IND' } });
const austin = () => person('p2', 'Lloyd Austin', { country: 'USA', aliases: ['Austin'], office: { title: 'Defense Secretary', country: 'USA' } });

export const SAMPLE: readonly { article: Article; result: ExtractionResult }[] = [
  {
    article: { file: 'a1.txt', url: 'https://news.example/a1', source: 'Example News', title: 'Singh meets Austin', published: '2021-07-01', bodyStart: 0,
      text: 'Indian Defence Minister Rajnath Singh met US Defense Secretary Lloyd Austin in New Delhi on Thursday. "Our partnership is strong, and growing," Singh said.' },
    result: {
      ...result('2021-07-01', [singh(), austin(), delhi(), country('c1', 'IND', 'India'), country('c2', 'USA', 'United States')],
        [event({ source: ['p1'], target: ['p2'], date: '2021-07-01', location: 'pl', evidence: [0, 155], mode: 'host', topics: ['maritime security'] })]),
      statements: [{ id: 's1', speaker: 'p1', text: 'Our partnership is strong, and growing,', start: 102, end: 141, channel: 'quote' }],
    },
  },
  {
    article: { file: 'a2.txt', url: 'https://wire.example/a2', source: 'Example Wire', title: 'Austin in India', published: '2021-07-02', bodyStart: 0,
      text: 'Lloyd Austin held talks with his Indian counterpart Rajnath Singh in the Indian capital on July 1, covering defence trade.' },
    result: result('2021-07-02', [singh([]), austin(), country('c1', 'IND', 'India')],
      [event({ source: ['p2'], target: ['p1'], date: '2021-07-01', location: 'c1', evidence: [0, 118], mode: 'visit', topics: ['defence trade'] })]),
  },
  {
    article: { file: 'a3.txt', url: 'https://news.example/a3', source: 'Example News', title: 'Austin criticises Beijing', published: '2021-08-10', bodyStart: 0,
      text: 'Lloyd Austin accused Chinese Foreign Minister Wang Yi of coercion in the South China Sea on Monday.' },
    result: result('2021-08-10', [austin(), person('p3', 'Wang Yi', { country: 'CHN', office: { title: 'Foreign Minister', country: 'CHN' } })],
      [event({ type: 'ACCUSE', cameo: '112', source: ['p2'], target: ['p3'], date: '2021-08-09', evidence: [0, 99] })]),
  },
  {
    article: { file: 'a4.txt', title: 'Three-way pact', published: '2021-09-01', bodyStart: 0,
      text: 'Rajnath Singh, Lloyd Austin and Australian Defence Minister Richard Marles signed an agreement on logistics in Canberra on Wednesday.' },
    result: result('2021-09-01', [singh([]), austin(), person('p4', 'Richard Marles', { country: 'AUS', office: { title: 'Defence Minister', country: 'AUS' } }),
      entity('pl', 'place', 'Canberra', { country: 'AUS' })],
      [{ ...event({ type: 'AGREE', cameo: '057', source: [], date: '2021-09-01', location: 'pl', evidence: [0, 130] }),
        actors: [{ entity: 'p1', role: 'participant' }, { entity: 'p2', role: 'participant' }, { entity: 'p4', role: 'participant' }] }]),
  },
  {
    article: { file: 'a5.txt', title: 'Two secretaries', published: '2021-10-05', bodyStart: 0,
      text: 'Defence Secretary Ajay Kumar met railway chief Vinod Kumar in New Delhi on Tuesday.' },
    result: result('2021-10-05', [
      person('k1', 'Ajay Kumar', { country: 'IND', office: { title: 'Defence Secretary', country: 'IND' } }),
      person('k2', 'Vinod Kumar', { country: 'IND', office: { title: 'Railway Board Chairman', country: 'IND' } }), delhi()],
    [event({ source: ['k1'], target: ['k2'], date: '2021-10-05', location: 'pl', evidence: [0, 84] })]),
  },
  {
    article: { file: 'a6.txt', title: 'Kumar visits Paris', published: '2021-11-02', bodyStart: 0,
      text: 'Defence Secretary Kumar visited Paris on Monday.' },
    result: result('2021-11-02', [person('k', 'Kumar', { country: 'IND', office: { title: 'Defence Secretary', country: 'IND' } }), country('c3', 'FRA', 'France')],
      [event({ type: 'CONSULT', source: ['k'], target: ['c3'], date: '2021-11-01', evidence: [0, 47], mode: 'visit' })]),
  },
];

export async function buildSampleStore(db: Db): Promise<void> {
  for (const { article, result: r } of SAMPLE) await ingestArticle(db, article, () => r);
}
