// Where an export writes: a stream that is waited on when its buffer fills, so exports of any size stay small in memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export class TextSink {
  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}
