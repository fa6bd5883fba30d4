// What `sidelines ingest` shows while it runs: a progress bar (cli-progress) with articles/s, events found and ETA
// on a terminal; one line per source otherwise; errors as one line each; a summary at the end.
import cliProgress from 'cli-progress';
import type { SidelinesError } from '../errors.js';
import type { Article } from '../ingest/article.js';
import type { ArticleOutcome, IngestListener, IngestSummary } from '../store/ingest.js';
import type { StoreCounts } from '../store/queries.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export class IngestReporter implements IngestListener {
  private readonly bar?: cliProgress.SingleBar;
  private readonly started = performance.now();
  private total: number;
  private done = 0;
  private events = 0;
  private current?: { source: string; new: number; updated: number; unchanged: number; failed: number };

  constructor(sources: number, private readonly options: { quiet: boolean; tty: boolean }) {
    this.total = sources;
    if (options.tty && !options.quiet) {
      this.bar = new cliProgress.SingleBar({
        format: '{bar} {value}/{total} articles | {rate} articles/s | {events} events | ETA {eta_formatted}',
        stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5,
      }, cliProgress.Presets.shades_classic);
      this.bar.start(sources, 0, { rate: '0.0', events: 0 });
    }
  }

  sourceRead(source: string, articles: number): void {
    this.flushSource();
    // The total starts as one per source and grows as feeds, JSONL files and crawls reveal how many they hold.
    this.total += articles - 1;
    this.bar?.setTotal(Math.max(this.total, this.done));
    this.current = { source, new: 0, updated: 0, unchanged: 0, failed: 0 };
  }

  article(_article: Article, outcome: ArticleOutcome): void {
    this.done++;
    this.events += outcome.contribution?.events ?? 0;
    if (this.current) this.current[outcome.outcome]++;
    this.tick();
  }

  failed(error: SidelinesError): void {
    this.done++;
    if (this.current && (error.subject ?? '').startsWith(this.current.source)) this.current.failed++;
    this.line(`sidelines: ${error.toString()}`);
    this.tick();
  }

  warning(subject: string, message: string): void {
    if (!this.options.quiet) this.line(`sidelines: ${subject}: note: ${message}`);
  }

  stop(): void {
    this.flushSource();
    this.bar?.stop();
  }

  summary(s: IngestSummary, location: string, counts: StoreCounts): string {
    const articles = s.new + s.updated + s.unchanged + s.failed;
    const rate = s.seconds > 0 ? (s.new + s.updated) / s.seconds : 0;
    return [
      `ingested ${articles} article${articles === 1 ? '' : 's'} in ${s.seconds.toFixed(1)} s: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed (${rate.toFixed(1)} articles/s stored)`,
      `found ${s.eventReports} event report${s.eventReports === 1 ? '' : 's'}: ${s.newEvents} new event${s.newEvents === 1 ? '' : 's'}, ${s.eventReports - s.newEvents} joined to events already known`,
      `store ${location}: ${plural(counts.articles, 'article')}, ${plural(counts.entities, 'entity', 'entities')}, ${plural(counts.events, 'event')}, ${plural(counts.statements, 'statement')}`,
    ].join('\n');
  }

  private tick(): void {
    if (!this.bar) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.bar.setTotal(Math.max(this.total, this.done));
    this.bar.update(this.done, { rate: (this.done / Math.max(seconds, 0.001)).toFixed(1), events: this.events });
  }

  private flushSource(): void {
    const c = this.current;
    if (!c || this.bar || this.options.quiet) return;
    process.stderr.write(`ingest: ${c.source}: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged${c.failed ? `, ${c.failed} failed` : ''}\n`);
    this.current = undefined;
  }

  /** A line above the bar: clear the bar's line, print, and let the next update redraw it. */
  private line(text: string): void {
    process.stderr.write(this.bar ? `\r\x1b[K${text}\n` : `${text}\n`);
  }
}
