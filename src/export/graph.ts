// The actor network for Gephi and other graph tools: a node per actor, an undirected edge per pair of actors that
// took part in the same events, weighted by their number, with cooperation and conflict counts from the quad class.
import { XMLBuilder } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { write as writeGexfString } from 'graphology-gexf';
import { goldsteinOf, quadClassOf } from '../data/cameo.js';
import type { EventRecord } from '../store/queries.js';
import type { TextSink } from './sink.js';

type NodeAttributes = {
  label: string;
  kind: string;
  country: string;
  events: number;
};

type EdgeAttributes = {
  weight: number;
  cooperation: number;
  conflict: number;
  goldstein: number;
  types: string;
  first_date: string;
  last_date: string;
};

export async function buildActorGraph(events: AsyncIterable<EventRecord>): Promise<UndirectedGraph<NodeAttributes, EdgeAttributes>> {
  const graph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const typeCounts = new Map<string, Map<string, number>>();
  const goldsteinSums = new Map<string, number>();
  for await (const e of events) {
    const actors = e.actors.filter((a) => a.role !== 'accompanying');
    for (const a of actors) {
      const key = String(a.id);
      if (!graph.hasNode(key)) graph.addNode(key, { label: a.name, kind: a.kind, country: a.country ?? '', events: 0 });
      graph.updateNodeAttribute(key, 'events', (n) => (n ?? 0) + 1);
    }
    const quad = quadClassOf(e.cameo);
    const date = e.dateStart ?? e.firstReported ?? '';
    for (let i = 0; i < actors.length; i++) {
      for (let j = i + 1; j < actors.length; j++) {
        const [x, y] = [String(actors[i].id), String(actors[j].id)];
        const edge = graph.edge(x, y) ?? graph.addEdge(x, y, { weight: 0, cooperation: 0, conflict: 0, goldstein: 0, types: '', first_date: date, last_date: date });
        const attrs = graph.getEdgeAttributes(edge);
        attrs.weight++;
        if (quad === 1 || quad === 2) attrs.cooperation++;
        if (quad === 3 || quad === 4) attrs.conflict++;
        goldsteinSums.set(edge, (goldsteinSums.get(edge) ?? 0) + (goldsteinOf(e.cameo) ?? 0));
        attrs.goldstein = goldsteinSums.get(edge)! / attrs.weight;
        if (date && (!attrs.first_date || date < attrs.first_date)) attrs.first_date = date;
        if (date > attrs.last_date) attrs.last_date = date;
        const types = typeCounts.get(edge) ?? new Map<string, number>();
        types.set(e.type, (types.get(e.type) ?? 0) + 1);
        typeCounts.set(edge, types);
        attrs.types = [...types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${t}:${n}`).join(';');
      }
    }
  }
  return graph;
}

export async function writeGexf(events: AsyncIterable<EventRecord>, out: TextSink): Promise<number> {
  const graph = await buildActorGraph(events);
  await out.write(writeGexfString(graph, {
    formatNode: (_key, a) => ({ label: a.label, attributes: { kind: a.kind, country: a.country, events: a.events } }),
    formatEdge: (_key, a) => ({ weight: a.weight, attributes: {
      cooperation: a.cooperation, conflict: a.conflict, goldstein: a.goldstein, types: a.types, first_date: a.first_date, last_date: a.last_date } }),
  }));
  return graph.order;
}

const NODE_KEYS = [['label', 'string'], ['kind', 'string'], ['country', 'string'], ['events', 'int']] as const;
const EDGE_KEYS = [['weight', 'int'], ['cooperation', 'int'], ['conflict', 'int'], ['goldstein', 'double'], ['types', 'string'], ['first_date', 'string'], ['last_date', 'string']] as const;

/** GraphML written with fast-xml-parser's builder: graphology's GraphML package only parses. */
export async function writeGraphml(events: AsyncIterable<EventRecord>, out: TextSink): Promise<number> {
  const graph = await buildActorGraph(events);
  const data = (attrs: Record<string, unknown>, keys: readonly (readonly [string, string])[], prefix: string) =>
    keys.map(([k]) => ({ '@_key': `${prefix}_${k}`, '#text': String(attrs[k] ?? '') }));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      key: [
        ...NODE_KEYS.map(([k, t]) => ({ '@_id': `n_${k}`, '@_for': 'node', '@_attr.name': k, '@_attr.type': t })),
        ...EDGE_KEYS.map(([k, t]) => ({ '@_id': `e_${k}`, '@_for': 'edge', '@_attr.name': k, '@_attr.type': t })),
      ],
      graph: {
        '@_id': 'actors', '@_edgedefault': 'undirected',
        node: graph.mapNodes((key, attrs) => ({ '@_id': `n${key}`, data: data(attrs, NODE_KEYS, 'n') })),
        edge: graph.mapEdges((key, attrs, source, target) => ({ '@_id': `e${key}`, '@_source': `n${source}`, '@_target': `n${target}`, data: data(attrs, EDGE_KEYS, 'e') })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, processEntities: true });
  await out.write(builder.build(document));
  return graph.order;
}
