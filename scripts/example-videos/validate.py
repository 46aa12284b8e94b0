#!/usr/bin/env python3
import json, os, re, subprocess, sys
OUT = 'public/videos'
SLUGS = sorted(os.listdir(OUT))
TL = re.compile(r'^\d\d:\d\d:\d\d\.\d\d\d --> \d\d:\d\d:\d\d\.\d\d\d$')
def sec(t):
    h, m, s = t.split(':'); return int(h)*3600 + int(m)*60 + float(s)
def probe(p):
    r = subprocess.run(['ffprobe', '-v', 'error', '-show_entries', 'format=duration:stream=codec_type,codec_name,channels,width,height,sample_rate',
                        '-of', 'json', p], capture_output=True, text=True, check=True)
    return json.loads(r.stdout)
errors, rows = [], []
for slug in SLUGS:
    d = os.path.join(OUT, slug)
    want = {f'{slug}.mp4', f'{slug}.webm', 'poster.jpg', f'{slug}.da.vtt', f'{slug}.kl.vtt'}
    have = set(os.listdir(d)) if os.path.isdir(d) else set()
    if have != want: errors.append(f'{slug}: files {sorted(have)}')
    durs = {}
    for ext in ('mp4', 'webm'):
        p = os.path.join(d, f'{slug}.{ext}')
        size = os.path.getsize(p)
        if size >= 1_000_000: errors.append(f'{p}: {size} bytes')
        j = probe(p)
        types = {s['codec_type']: s for s in j['streams']}
        if set(types) != {'video', 'audio'}: errors.append(f'{p}: streams {list(types)}')
        v, a = types.get('video', {}), types.get('audio', {})
        if (v.get('width'), v.get('height')) != (640, 360): errors.append(f'{p}: size {v}')
        if a.get('channels') != 1: errors.append(f'{p}: audio channels {a.get("channels")}')
        durs[ext] = (float(j['format']['duration']), size, v.get('codec_name'), a.get('codec_name'))
    pj = probe(os.path.join(d, 'poster.jpg'))['streams'][0]
    if (pj['width'], pj['height']) != (640, 360): errors.append(f'{slug}: poster {pj}')
    for lang in ('da', 'kl'):
        p = os.path.join(d, f'{slug}.{lang}.vtt')
        raw = open(p, 'rb').read()
        txt = raw.decode('utf-8')  # must be valid UTF-8
        lines = txt.split('\n')
        if lines[0] != 'WEBVTT' or lines[1] != '': errors.append(f'{p}: header')
        blocks = [b for b in txt.split('\n\n')[1:] if b.strip()]
        last_end, prev_end = 0, 0
        for b in blocks:
            bl = b.strip('\n').split('\n')
            if not TL.match(bl[0]): errors.append(f'{p}: bad timing line {bl[0]!r}'); continue
            s, e = [sec(x) for x in bl[0].split(' --> ')]
            if not e > s: errors.append(f'{p}: end<=start {bl[0]}')
            if s < prev_end - 1e-6: errors.append(f'{p}: overlap {bl[0]}')
            prev_end = e
            text = bl[1:]
            if not 1 <= len(text) <= 2 or any(len(t) > 42 or not t.strip() for t in text):
                errors.append(f'{p}: cue text {text}')
            last_end = max(last_end, e)
        mind = min(durs['mp4'][0], durs['webm'][0])
        if last_end > mind + 1e-6: errors.append(f'{p}: last cue {last_end} > video {mind}')
    rows.append((slug, durs))
for slug, d in rows:
    print(f"{slug:28s} mp4 {d['mp4'][0]:6.2f}s {d['mp4'][1]:7d} B ({d['mp4'][2]}/{d['mp4'][3]})   webm {d['webm'][0]:6.2f}s {d['webm'][1]:7d} B ({d['webm'][2]}/{d['webm'][3]})")
tot = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(OUT) for f in fs)
print('total size of public/videos:', tot, 'bytes', f'({tot/1024/1024:.2f} MiB)', 'files:', sum(len(fs) for _, _, fs in os.walk(OUT)))
print('ERRORS:' if errors else 'OK: all checks passed', *errors, sep='\n')
sys.exit(1 if errors else 0)
