#!/usr/bin/env python3
"""Draws the demo shop's product pictures (simple flat SVG illustrations) into src/main/webapp/site/img/products/.

Run from demo-site/: python3 src/tools/draw-product-images.py
"""
import os

OUT = os.path.join(os.path.dirname(__file__), '..', 'main', 'webapp', 'site', 'img', 'products')

W, H = 640, 480


def svg(background, body, label):
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" aria-label="{label}">'
            '<rect width="{w}" height="{h}" fill="{bg}"/>'
            '<circle cx="520" cy="90" r="140" fill="#ffffff" opacity="0.12"/>'
            '<circle cx="90" cy="420" r="110" fill="#000000" opacity="0.06"/>'
            '{body}'
            '<text x="32" y="448" font-family="Segoe UI, Arial, sans-serif" font-size="30" font-weight="700" fill="#ffffff" opacity="0.92">{label}</text>'
            '</svg>\n').format(w=W, h=H, bg=background, body=body, label=label)


def bag(color, band):
    """A coffee bag with a folded top and a label."""
    return ('<path d="M220 120 L420 120 L440 390 L200 390 Z" fill="{c}"/>'
            '<rect x="220" y="96" width="200" height="34" rx="4" fill="{c}" stroke="#000" stroke-opacity="0.15"/>'
            '<rect x="250" y="200" width="140" height="110" rx="8" fill="#fffaf2"/>'
            '<rect x="250" y="226" width="140" height="16" fill="{b}"/>'
            '<ellipse cx="320" cy="280" rx="18" ry="12" fill="#5a3a22"/>'
            '<path d="M320 268 Q314 280 320 292" stroke="#fffaf2" stroke-width="3" fill="none"/>').format(c=color, b=band)


def tin(color, leaf):
    """A round tea tin with a leaf on its label."""
    return ('<rect x="230" y="130" width="180" height="250" rx="14" fill="{c}"/>'
            '<rect x="222" y="118" width="196" height="34" rx="10" fill="#000" fill-opacity="0.2"/>'
            '<rect x="230" y="210" width="180" height="100" fill="#fffaf2"/>'
            '<path d="M290 290 Q300 220 360 228 Q352 292 290 290 Z" fill="{l}"/>'
            '<path d="M292 288 Q320 262 352 232" stroke="#fffaf2" stroke-width="3" fill="none"/>').format(c=color, l=leaf)


def dripper():
    return ('<rect x="250" y="330" width="140" height="20" rx="6" fill="#d9cfc4"/>'
            '<path d="M210 150 L430 150 L360 320 L280 320 Z" fill="#ffffff"/>'
            '<path d="M230 170 L410 170" stroke="#e3d7ca" stroke-width="6"/>'
            '<rect x="300" y="320" width="40" height="14" fill="#ffffff"/>'
            '<path d="M430 190 Q480 200 455 250" stroke="#ffffff" stroke-width="14" fill="none" stroke-linecap="round"/>')


def kettle():
    return ('<ellipse cx="320" cy="360" rx="120" ry="20" fill="#000" fill-opacity="0.15"/>'
            '<path d="M220 360 L240 210 Q320 180 400 210 L420 360 Z" fill="#c9ced3"/>'
            '<path d="M230 230 Q170 200 140 140" stroke="#c9ced3" stroke-width="12" fill="none" stroke-linecap="round"/>'
            '<path d="M400 220 Q470 230 450 320" stroke="#2b2118" stroke-width="14" fill="none" stroke-linecap="round"/>'
            '<ellipse cx="320" cy="200" rx="60" ry="12" fill="#9aa1a8"/>'
            '<circle cx="320" cy="185" r="10" fill="#2b2118"/>')


def grinder():
    return ('<rect x="250" y="220" width="140" height="160" rx="12" fill="#3b2c22"/>'
            '<path d="M260 220 L280 140 L360 140 L380 220 Z" fill="#e8e2da"/>'
            '<rect x="300" y="110" width="40" height="30" rx="6" fill="#3b2c22"/>'
            '<path d="M320 110 L320 80 L420 80" stroke="#3b2c22" stroke-width="10" fill="none" stroke-linecap="round"/>'
            '<circle cx="425" cy="80" r="14" fill="#9c4a1a"/>'
            '<rect x="270" y="300" width="100" height="60" rx="6" fill="#5a4334"/>')


def press():
    return ('<rect x="250" y="150" width="140" height="220" rx="10" fill="#f4efe8" fill-opacity="0.85"/>'
            '<rect x="250" y="230" width="140" height="140" rx="6" fill="#4a2e1c"/>'
            '<rect x="240" y="140" width="160" height="18" rx="6" fill="#2b2118"/>'
            '<rect x="315" y="95" width="10" height="50" fill="#2b2118"/>'
            '<circle cx="320" cy="92" r="12" fill="#2b2118"/>'
            '<path d="M390 190 Q440 200 430 300 L390 300" stroke="#2b2118" stroke-width="12" fill="none"/>'
            '<rect x="245" y="370" width="150" height="12" rx="4" fill="#2b2118"/>')


PRODUCTS = {
    'house-blend': ('#8a4b2a', bag('#3b2c22', '#c98a3d'), 'House Blend'),
    'ethiopia-yirgacheffe': ('#b4653a', bag('#2e4a3a', '#e0b84a'), 'Ethiopia Yirgacheffe'),
    'colombia-huila': ('#7a3a2a', bag('#5b2333', '#e07b4a'), 'Colombia Huila'),
    'decaf-swiss-water': ('#4f6a7a', bag('#27404e', '#8fc1d4'), 'Decaf Swiss Water'),
    'sencha': ('#5f8a4a', tin('#2f5a34', '#7fb65a'), 'Sencha Green'),
    'earl-grey': ('#5a5f7a', tin('#2e3250', '#8d6fb0'), 'Earl Grey'),
    'masala-chai': ('#a0522d', tin('#6b2e16', '#d98b3a'), 'Masala Chai'),
    'chamomile': ('#c9a43a', tin('#8a6a16', '#f1d36a'), 'Chamomile'),
    'pour-over-dripper': ('#9c7b63', dripper(), 'Pour-over Dripper'),
    'gooseneck-kettle': ('#56707a', kettle(), 'Gooseneck Kettle'),
    'burr-grinder': ('#a8845e', grinder(), 'Burr Grinder'),
    'french-press': ('#6e5a4e', press(), 'French Press'),
}

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for slug, (background, body, label) in PRODUCTS.items():
        with open(os.path.join(OUT, slug + '.svg'), 'w', encoding='utf-8') as f:
            f.write(svg(background, body, label))
    print('wrote %d pictures to %s' % (len(PRODUCTS), os.path.normpath(OUT)))
