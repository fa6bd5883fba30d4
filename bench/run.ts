// npm run bench [-- SECTION...]: every benchmark prints its figures beside the libraries a user would pick instead,
// measured in the same run on the same input. Sections are listed here; each lives in its own file.
import { SECTIONS } from './sections.js';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown bench section(s): ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
for (const section of SECTIONS) {
  if (wanted.length && !wanted.includes(section.name)) continue;
  console.log(`\n== ${section.name}: ${section.title}`);
  await section.run();
}
