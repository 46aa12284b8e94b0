import { describe, expect, it } from 'vitest';
import { formatDuration, parseWebVtt, transcript } from '../../src/lib/webvtt';

const VTT = `WEBVTT

00:00:00.000 --> 00:00:03.982
Dette er en eksempelvideo.
Den handler om MitID.

NOTE a comment
over two lines

00:00:04.200 --> 00:00:09.272 line:90%
MitID er dit <b>digitale</b> ID.

00:00:12.000 --> 00:00:14.000
Spørg Borgerservice.
`;

describe('parseWebVtt', () => {
  it('reads cues, their times and text, skipping notes and settings', () => {
    expect(parseWebVtt(VTT)).toEqual([
      { start: 0, end: 3.982, text: 'Dette er en eksempelvideo. Den handler om MitID.' },
      { start: 4.2, end: 9.272, text: 'MitID er dit digitale ID.' },
      { start: 12, end: 14, text: 'Spørg Borgerservice.' },
    ]);
  });
  it('names the line of a mistake', () => {
    expect(() => parseWebVtt('WEBVT\n')).toThrow('line 1: a caption file must start with "WEBVTT"');
    expect(() => parseWebVtt('WEBVTT\n\n00:01.000 --> 00:00.500\nx\n')).toThrow('line 3: a cue must end after it starts');
    expect(() => parseWebVtt('WEBVTT\n\n0:01 --> 0:02\nx\n')).toThrow('line 3: a cue time must look like');
    expect(() => parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\n\n')).toThrow('line 3: a cue has no text');
    expect(() => parseWebVtt('WEBVTT\n')).toThrow('no cues');
  });
});

describe('transcript', () => {
  it('joins cues into paragraphs, starting a new one where the speaker pauses', () => {
    expect(transcript(parseWebVtt(VTT))).toEqual([
      'Dette er en eksempelvideo. Den handler om MitID. MitID er dit digitale ID.',
      'Spørg Borgerservice.',
    ]);
  });
  it('writes lengths as minutes and seconds', () => {
    expect(formatDuration(24)).toBe('0:24');
    expect(formatDuration(725)).toBe('12:05');
  });
});
