// A small WebVTT reader: enough to check caption files at build time and to turn them into transcripts.

export interface Cue {
  start: number;
  end: number;
  text: string;
}

const TIME = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
const seconds = (stamp: string): number | undefined => {
  const m = TIME.exec(stamp);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000 : undefined;
};

/** Parses a caption file; a mistake throws with its line number, so the build can say where it is. */
export function parseWebVtt(source: string): Cue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) throw new Error('line 1: a caption file must start with "WEBVTT"');
  const cues: Cue[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('-->')) {
      if (/^(NOTE|STYLE|REGION)\b/.test(line)) while (lines[i + 1]?.trim()) i++;
      continue;
    }
    const [from, rest = ''] = line.split('-->').map((s) => s.trim());
    const start = seconds(from!);
    const end = seconds(rest.split(/\s+/)[0]!);
    if (start === undefined || end === undefined) throw new Error(`line ${i + 1}: a cue time must look like 00:00:01.500 --> 00:00:04.000`);
    if (end <= start) throw new Error(`line ${i + 1}: a cue must end after it starts`);
    const text: string[] = [];
    while (lines[i + 1]?.trim()) text.push(lines[++i]!.trim());
    if (text.length === 0) throw new Error(`line ${i + 1}: a cue has no text`);
    cues.push({ start, end, text: text.join(' ').replace(/<[^>]+>/g, '') });
  }
  if (cues.length === 0) throw new Error('the caption file has no cues');
  return cues;
}

/** The spoken text as sentences to read: the cues joined, split into paragraphs where the speaker pauses. */
export function transcript(cues: readonly Cue[], pause = 1.5): string[] {
  const paragraphs: string[] = [];
  cues.forEach((cue, i) => {
    const gap = i === 0 ? Infinity : cue.start - cues[i - 1]!.end;
    if (gap >= pause || paragraphs.length === 0) paragraphs.push(cue.text);
    else paragraphs[paragraphs.length - 1] += ` ${cue.text}`;
  });
  return paragraphs;
}

/** "0:24", "12:05": a length a reader understands. */
export const formatDuration = (total: number) => `${Math.floor(total / 60)}:${String(Math.round(total % 60)).padStart(2, '0')}`;
