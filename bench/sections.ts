// The benchmark sections `npm run bench` runs, in order.
export interface BenchSection {
  name: string;
  title: string;
  run(): Promise<void>;
}

export const SECTIONS: BenchSection[] = [];
