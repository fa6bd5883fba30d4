// The readable form of an extraction: one line per event (date, type/mode, actors with titles, place) and its
// evidence sentence, then the statements.
import type { Entity, ExtractionResult } from '../index.js';

const describeEntity = (e: Entity | undefined): string => {
  if (!e) return '?';
  const about = [...e.titles, e.kind === 'country' ? '' : e.country ?? ''].filter(Boolean);
  return about.length ? `${e.name} (${about.join(', ')})` : e.name;
};

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function formatSummary(file: string, text: string, result: ExtractionResult): string {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  const lines = [`${file}${result.published ? ` (published ${result.published})` : ''}: ${result.entities.length} entities, ${result.events.length} events, ${result.statements.length} statements`];
  for (const w of result.warnings) lines.push(`  note: ${w}`);
  for (const ev of result.events) {
    const date = ev.date.start ? (ev.date.end && ev.date.end !== ev.date.start ? `${ev.date.start}..${ev.date.end}` : ev.date.start) : (ev.date.text ? `"${ev.date.text}"?` : 'undated');
    const sources = ev.actors.filter((a) => a.role !== 'target').map((a) => describeEntity(byId.get(a.entity)));
    const targets = ev.actors.filter((a) => a.role === 'target').map((a) => describeEntity(byId.get(a.entity)));
    const actors = targets.length ? `${sources.join(' & ')} -> ${targets.join(' & ')}` : sources.join(' & ');
    const place = ev.location ? ` in ${byId.get(ev.location)?.name}` : '';
    const occasion = ev.occasion ? ` (${ev.occasion.text.replace(/\s+/g, ' ')})` : '';
    lines.push(`  ${date.padEnd(10)}  ${ev.type}${ev.mode ? '/' + ev.mode : ''}  ${actors}${place}${occasion}`);
    const evidence = ev.evidence[0];
    if (evidence) lines.push(`      "${oneLine(text.slice(evidence.start, evidence.end))}"`);
  }
  for (const st of result.statements) {
    const who = st.speaker ? byId.get(st.speaker)?.name : 'unattributed';
    const via = st.channel === 'quote' ? '' : ` on ${st.channel}${st.handle ? ' @' + st.handle : ''}`;
    lines.push(`  said ${who}${via}${st.date ? ' ' + st.date : ''}: "${oneLine(st.text)}"`);
  }
  return lines.join('\n');
}
