"""Minimal TrueType advance-width reader (cmap format 4 + hmtx), stdlib only."""
import struct

class Font:
    def __init__(self, path):
        d = open(path, 'rb').read()
        n = struct.unpack('>H', d[4:6])[0]
        t = {}
        for i in range(n):
            tag, _, off, ln = struct.unpack('>4sIII', d[12+16*i:28+16*i])
            t[tag.decode()] = off
        self.upem = struct.unpack('>H', d[t['head']+18:t['head']+20])[0]
        nhm = struct.unpack('>H', d[t['hhea']+34:t['hhea']+36])[0]
        hm = t['hmtx']
        self.adv = [struct.unpack('>H', d[hm+4*i:hm+4*i+2])[0] for i in range(nhm)]
        c = t['cmap']
        nsub = struct.unpack('>H', d[c+2:c+4])[0]
        sub = None
        for i in range(nsub):
            pid, eid, off = struct.unpack('>HHI', d[c+4+8*i:c+12+8*i])
            if pid == 3 and eid == 1:
                sub = c + off
        assert struct.unpack('>H', d[sub:sub+2])[0] == 4
        segx2 = struct.unpack('>H', d[sub+6:sub+8])[0]
        seg = segx2 // 2
        ends = struct.unpack('>%dH' % seg, d[sub+14:sub+14+segx2])
        starts_off = sub + 16 + segx2
        starts = struct.unpack('>%dH' % seg, d[starts_off:starts_off+segx2])
        deltas = struct.unpack('>%dh' % seg, d[starts_off+segx2:starts_off+2*segx2])
        ro_off = starts_off + 2*segx2
        ros = struct.unpack('>%dH' % seg, d[ro_off:ro_off+segx2])
        self.cmap = {}
        for i in range(seg):
            for ch in range(starts[i], ends[i]+1):
                if ch == 0xFFFF: continue
                if ros[i] == 0:
                    g = (ch + deltas[i]) & 0xFFFF
                else:
                    a = ro_off + 2*i + ros[i] + 2*(ch - starts[i])
                    g = struct.unpack('>H', d[a:a+2])[0]
                    if g: g = (g + deltas[i]) & 0xFFFF
                self.cmap[ch] = g
    def width(self, s, px):
        tot = 0
        for ch in s:
            g = self.cmap.get(ord(ch), 0)
            tot += self.adv[min(g, len(self.adv)-1)]
        return tot * px / self.upem
