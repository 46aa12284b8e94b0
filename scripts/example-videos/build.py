#!/usr/bin/env python3
"""Build the example clips (slides + espeak-ng narration + captions) into public/videos/. Run from the project root;
needs Debian's ffmpeg, espeak-ng and fonts-dejavu-core. Not part of the build: the clips are committed."""
import json, math, os, re, subprocess, sys, wave

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import CLIPS
from ttfwidth import Font

WORK = '/tmp/example-videos'
OUT = 'public/videos'
GUIDES = 'content/guides'
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
W, H = 640, 360
BAND = 52
MARGIN = 32
FPS = 25
PAUSE = 0.4
AR = 24000
fnt = Font(FONT)
fntb = Font(FONT_B)


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        print(' '.join(cmd), '\n', r.stderr[-3000:], file=sys.stderr)
        raise SystemExit(1)
    return r.stdout


def front_title(path):
    txt = open(path, encoding='utf-8').read()
    m = re.search(r'^title:\s*(.+)$', txt, re.M)
    return m.group(1).strip().strip('"\'')


def wrap_px(text, font, px, maxw):
    lines, cur = [], ''
    for w in text.split():
        t = (cur + ' ' + w) if cur else w
        if font.width(t, px) <= maxw or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    for l in lines:
        assert font.width(l, px) <= maxw, ('word too wide', l)
    return lines


def esc_color(c):
    return '0x' + c.lstrip('#')


def make_slide(path, sentence, title=None):
    """Render one 640x360 PNG with ffmpeg drawtext (text passed via textfile=)."""
    maxw = W - 2 * MARGIN
    avail = H - BAND - 24  # 12 px padding top and bottom
    # pick the largest size (>= 28 px) that fits
    for size in (34, 32, 30, 28):
        tsize = size
        tlines = wrap_px(title, fntb, tsize, maxw) if title else []
        slines = wrap_px(sentence, fnt, size, maxw)
        lh, tlh = round(size * 1.3), round(tsize * 1.3)
        gap = 18 if title else 0
        total = len(tlines) * tlh + gap + len(slines) * lh
        if total <= avail:
            break
    else:
        raise SystemExit('slide text does not fit: ' + sentence)
    y = BAND + 12 + (avail - total) // 2
    items = []
    for l in tlines:
        items.append((l, FONT_B, tsize, y)); y += tlh
    y += gap
    for l in slines:
        items.append((l, FONT, size, y)); y += lh
    filters = [f"drawbox=x=0:y=0:w={W}:h={BAND}:color={esc_color('#0b4f6c')}:t=fill"]
    base = os.path.splitext(path)[0]
    bandfile = base + '.band.txt'
    open(bandfile, 'w', encoding='utf-8').write('EKSEMPEL · ASSERSUUT')
    bw = fntb.width('EKSEMPEL · ASSERSUUT', 24)
    filters.append(f"drawtext=fontfile={FONT_B}:textfile={bandfile}:expansion=none:fontsize=24:"
                   f"fontcolor=white:x={MARGIN}:y={(BAND - 24) // 2 + 1 + 23}-max_glyph_a")
    for i, (line, ff, sz, yy) in enumerate(items):
        tf = f'{base}.l{i}.txt'
        open(tf, 'w', encoding='utf-8').write(line)
        filters.append(f"drawtext=fontfile={ff}:textfile={tf}:expansion=none:fontsize={sz}:"
                       f"fontcolor={esc_color('#1b1b1b')}:x={MARGIN}:y={yy + round(sz * 0.95)}-max_glyph_a")
    run(['ffmpeg', '-y', '-v', 'error', '-f', 'lavfi', '-i', f"color=c={esc_color('#eef3f6')}:s={W}x{H}:d=1",
         '-vf', ','.join(filters), '-frames:v', '1', path])
    return size


# ---------- captions ----------
def best_two_lines(words, maxc=42):
    s = ' '.join(words)
    if len(s) <= maxc:
        return [s]
    best = None
    for k in range(1, len(words)):
        a, b = ' '.join(words[:k]), ' '.join(words[k:])
        if len(a) <= maxc and len(b) <= maxc:
            score = max(len(a), len(b))
            if best is None or score < best[0]:
                best = (score, [a, b])
    return best[1] if best else None


def split_cues(text, maxc=42):
    words = text.split()
    if best_two_lines(words, maxc):
        return [words]
    best = None
    for k in range(1, len(words)):
        prev = words[k - 1]
        pen = 0 if prev[-1] in '.?!' else (1 if prev[-1] in ',:;' else 4)
        left, right = ' '.join(words[:k]), ' '.join(words[k:])
        score = pen * 100 + abs(len(left) - len(right))
        if best is None or score < best[0]:
            best = (score, k)
    k = best[1]
    return split_cues(' '.join(words[:k]), maxc) + split_cues(' '.join(words[k:]), maxc)


def ts(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f'{h:02d}:{m:02d}:{s:02d}.{ms:03d}'


def write_vtt(path, sentences, spans):
    out = ['WEBVTT', '']
    for text, (a, b) in zip(sentences, spans):
        chunks = split_cues(text)
        total = sum(len(' '.join(c)) for c in chunks)
        t = a
        for i, c in enumerate(chunks):
            ln = len(' '.join(c))
            e = b if i == len(chunks) - 1 else t + (b - a) * ln / total
            out.append(f'{ts(t)} --> {ts(e)}')
            out.extend(best_two_lines(c))
            out.append('')
            t = e
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out))


# ---------- main ----------
def build(clip):
    slug = clip['slug']
    wd = os.path.join(WORK, slug)
    od = os.path.join(OUT, slug)
    os.makedirs(wd, exist_ok=True)
    os.makedirs(od, exist_ok=True)
    title = front_title(f'{GUIDES}/da/{slug}.mdx')
    assert title == clip['title_da'], (title, clip['title_da'])
    # narration
    durs, frames_all, params = [], [], None
    for i, s in enumerate(clip['da']):
        wf = os.path.join(wd, f's{i + 1}.wav')
        run(['espeak-ng', '-v', 'da', '-s', '150', '-w', wf, s])
        with wave.open(wf) as w:
            p = w.getparams()
            data = w.readframes(p.nframes)
        params = params or p
        assert (p.nchannels, p.sampwidth, p.framerate) == (params.nchannels, params.sampwidth, params.framerate)
        adur = p.nframes / p.framerate
        slide = math.ceil((adur + PAUSE) * FPS - 1e-9) / FPS  # frame-aligned slide length
        pad = int(round(slide * p.framerate)) - p.nframes
        frames_all.append(data + b'\x00' * (pad * p.sampwidth * p.nchannels))
        durs.append((adur, slide))
    full = os.path.join(wd, 'narration.wav')
    with wave.open(full, 'wb') as w:
        w.setnchannels(params.nchannels); w.setsampwidth(params.sampwidth); w.setframerate(params.framerate)
        w.writeframes(b''.join(frames_all))
    # timings
    t, spans, slides_t = 0.0, [], []
    for adur, slide in durs:
        spans.append((round(t, 3), round(t + adur, 3)))  # speech start/end
        slides_t.append((round(t, 3), round(t + slide, 3)))
        t += slide
    total = round(t, 3)
    # slides
    pngs, sizes = [], []
    for i, s in enumerate(clip['da']):
        png = os.path.join(wd, f'slide{i + 1}.png')
        sizes.append(make_slide(png, s, title if i == 0 else None))
        pngs.append(png)
    # encode
    inp = []
    for png, (_, slide) in zip(pngs, durs):
        inp += ['-loop', '1', '-framerate', str(FPS), '-t', f'{slide:.3f}', '-i', png]
    inp += ['-i', full]
    fc = ''.join(f'[{i}:v]' for i in range(4)) + f'concat=n=4:v=1:a=0,format=yuv420p[v]'
    common = ['ffmpeg', '-y', '-v', 'error'] + inp + ['-filter_complex', fc, '-map', '[v]', '-map', '4:a',
                                                      '-r', str(FPS), '-ac', '1', '-ar', str(AR), '-t', f'{total:.3f}']
    mp4 = os.path.join(od, f'{slug}.mp4')
    run(common + ['-c:v', 'libx264', '-preset', 'slow', '-crf', '32', '-tune', 'stillimage', '-pix_fmt', 'yuv420p',
                  '-c:a', 'aac', '-b:a', '32k', '-movflags', '+faststart', mp4])
    webm = os.path.join(od, f'{slug}.webm')
    run(common + ['-c:v', 'libvpx-vp9', '-crf', '45', '-b:v', '0', '-row-mt', '1', '-cpu-used', '2',
                  '-pix_fmt', 'yuv420p', '-c:a', 'libopus', '-b:a', '24k', webm])
    run(['ffmpeg', '-y', '-v', 'error', '-i', pngs[0], '-q:v', '6', '-frames:v', '1', os.path.join(od, 'poster.jpg')])
    # captions: one span per sentence = speech start .. speech end + 0.2 s (inside its slide)
    cue_spans = [(a, min(b + 0.2, se)) for (a, b), (_, se) in zip(spans, slides_t)]
    write_vtt(os.path.join(od, f'{slug}.da.vtt'), clip['da'], cue_spans)
    write_vtt(os.path.join(od, f'{slug}.kl.vtt'), clip['kl'], cue_spans)
    info = {'slug': slug, 'title_da': title, 'duration': total, 'font_px': sizes,
            'sentences': [{'da': s, 'speech': sp, 'slide': sl} for s, sp, sl in zip(clip['da'], spans, slides_t)]}
    json.dump(info, open(os.path.join(wd, 'timings.json'), 'w'), ensure_ascii=False, indent=1)
    return info


if __name__ == '__main__':
    only = sys.argv[1:]
    for c in CLIPS:
        if only and c['slug'] not in only:
            continue
        i = build(c)
        print(i['slug'], i['duration'], i['font_px'])
