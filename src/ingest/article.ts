// An article as the extraction core reads it. Every reader (plain text, Markdown, JSON, HTML, feeds, WARC)
// produces this shape; offsets in the extraction output refer to `text`.

export interface Article {
  /** Where it came from: the path as given on the command line, a URL, or "-" for standard input. */
  file: string;
  /** The text that evidence offsets refer to: the file as read for text and Markdown, the `text` field for JSON. */
  text: string;
  /** Where the body starts: after a dateline or front matter, 0 otherwise. */
  bodyStart: number;
  /** Text of the same length as `text` with markup blanked out (Markdown), for the tokenizer to read. */
  scanText?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  url?: string;
  source?: string;
}
