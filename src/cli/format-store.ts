// Readable forms of what the store returns: events, dossiers, relations and search hits.
import { QUAD_CLASS_NAMES } from '../data/cameo.js';
import type { ActorRef, Dossier, EventRecord, Partner, SearchHit } from '../store/queries.js';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const dateRange = (start: string | null, end: string | null): string =>
  !start ? 'undated' : end && end !== start ? `${start}..${end}` : start;

const actorName = (a: ActorRef): string => (a.kind !== 'country' && a.country ? `${a.name} (${a.country})` : a.name);

export function formatEvent(e: EventRecord): string {
  const principal = e.actors.filter((a) => a.role !== 'accompanying');
  const sources = principal.filter((a) => a.role !== 'target').map(actorName);
  const targets = principal.filter((a) => a.role === 'target').map(actorName);
  const actors = targets.length ? `${sources.join(' & ')} -> ${targets.join(' & ')}` : sources.join(' & ');
  const place = e.place ? ` in ${e.place.name}` : '';
  const occasion = e.occasion ? ` (${e.occasion})` : '';
  const lines = [`${dateRange(e.dateStart, e.dateEnd).padEnd(10)}  ${e.type}${e.mode ? '/' + e.mode : ''}  ${actors}${place}${occasion}  [${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}, #${e.id}]`];
  const first = e.evidence[0];
  if (first) lines.push(`            "${oneLine(first.text)}" — ${first.title ?? first.url ?? first.file ?? first.key}${first.published ? ` (${first.published})` : ''}`);
  return lines.join('\n');
}

export function formatDossier(d: Dossier): string {
  const e = d.entity;
  const lines = [`${e.name} — ${e.kind}${e.country && e.kind !== 'country' ? `, ${e.country}` : ''} (#${e.id}), in ${d.sourceCount} article${d.sourceCount === 1 ? '' : 's'}`];
  const aliases = d.aliases.filter((a) => a.name !== e.name).map((a) => a.name);
  if (aliases.length) lines.push(`  also called: ${aliases.slice(0, 10).join(', ')}`);
  if (d.offices.length) {
    lines.push('  offices:');
    for (const o of d.offices) {
      const of = [o.country, o.postedTo ? `posted to ${o.postedTo}` : ''].filter(Boolean).join(', ');
      lines.push(`    ${dateRange(o.firstSeen, o.lastSeen).padEnd(22)} ${o.title}${of ? ` (${of})` : ''}  [${o.evidence} mention${o.evidence === 1 ? '' : 's'}]`);
    }
  }
  if (d.counterparts.length) {
    lines.push('  counterparts:');
    for (const c of d.counterparts.slice(0, 25)) {
      const dates = c.events.slice(0, 5).map((ev) => `${ev.date ?? 'undated'} ${ev.type}${ev.mode ? '/' + ev.mode : ''}`).join('; ');
      lines.push(`    ${c.name}${c.country && c.kind !== 'country' ? ` (${c.country})` : ''}: ${c.events.length} event${c.events.length === 1 ? '' : 's'} — ${dates}${c.events.length > 5 ? '; …' : ''}`);
    }
  }
  if (d.statements.length) {
    lines.push('  statements:');
    for (const s of d.statements) lines.push(`    ${s.date ?? s.published ?? ''} "${oneLine(s.text)}"${s.title ? ` — ${s.title}` : ''}`);
  }
  if (d.sources.length) {
    lines.push(`  sources${d.sourceCount > d.sources.length ? ` (latest ${d.sources.length} of ${d.sourceCount})` : ''}:`);
    for (const s of d.sources) lines.push(`    ${s.published ?? '          '} ${s.title ?? s.url ?? s.file}`);
  }
  if (d.others.length) lines.push(`  the name may also mean: ${d.others.map((o) => `${o.name} (${o.kind}${o.country ? ', ' + o.country : ''}, #${o.id})`).join('; ')}`);
  return lines.join('\n');
}

export function formatRelations(iso3: string, partners: readonly Partner[]): string {
  if (!partners.length) return `${iso3}: no events with another country's actors`;
  const lines = [`${iso3} — partners by events (balance: +1 all cooperation … −1 all conflict, from CAMEO quad classes)`];
  lines.push(`  ${'partner'.padEnd(8)}${'events'.padStart(7)}${'balance'.padStart(9)}${'goldstein'.padStart(10)}  by type`);
  for (const p of partners) {
    const types = Object.entries(p.byType).sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
    lines.push(`  ${p.country.padEnd(8)}${String(p.events).padStart(7)}${p.balance.toFixed(2).padStart(9)}${(p.goldstein === null ? '–' : p.goldstein.toFixed(1)).padStart(10)}  ${types}`);
  }
  lines.push(`  quad classes: ${Object.entries(QUAD_CLASS_NAMES).map(([q, name]) => `${q} ${name}`).join(', ')}`);
  return lines.join('\n');
}

export function formatHit(h: SearchHit): string {
  return `${h.published ?? '          '}  ${h.title ?? h.url ?? h.file}\n            ${oneLine(h.snippet)}${h.url ? `\n            ${h.url}` : ''}`;
}
