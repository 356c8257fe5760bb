"""Draws an animation's frames with Pillow: one layout serves the whole animation (a video's
frames share one size): the heading, the grids side by side with their titles, the caption.
``animation_files`` writes them as a GIF or an MP4.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from convviz.model.teaching.animation import AnimationConfig, Frame, Grid, describe, iter_frames, number

THEMES = ("light", "dark")
MIN_WIDTH = 800
MAX_WIDTH = 3840

MARGIN, GAP = 24, 28
HEADING_SIZE, COUNTER_SIZE = 20, 18
Color = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    background: Color
    text: Color
    muted: Color
    line: Color
    cell: Color
    empty: Color
    padding: Color
    extra: Color
    read: Color
    written: Color
    box: Color


THEME_COLORS = {
    "light": Theme(
        (255, 255, 255),
        (20, 20, 20),
        (110, 110, 110),
        (150, 150, 150),
        (244, 246, 250),
        (255, 255, 255),
        (214, 214, 214),
        (222, 210, 240),
        (255, 214, 120),
        (170, 225, 160),
        (200, 90, 0),
    ),
    "dark": Theme(
        (28, 28, 30),
        (235, 235, 235),
        (150, 150, 150),
        (90, 90, 95),
        (48, 50, 56),
        (28, 28, 30),
        (75, 75, 78),
        (70, 55, 95),
        (150, 105, 20),
        (45, 110, 50),
        (255, 170, 40),
    ),
}


# Chinese characters and punctuation (CJK symbols, ideographs, full-width forms): a frame's text
# in Chinese needs a font that has them, and a line may break between any two of them.
_CJK = "\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_HAS_CJK = re.compile(f"[{_CJK}]")
# A break may come before a word (with the spaces before it) or before a Chinese character,
# never before the punctuation that closes a phrase (it stays with the character before it).
_CLOSING = "，。：；、！？）」』】》"
_TOKENS = re.compile(f"\\s*(?:[{_CJK}][{_CLOSING}]*|[^\\s{_CJK}]+[{_CLOSING}]*)|\\s+")
# Fonts with Chinese, tried in turn (Pillow looks for a bare file name in the system's font folders).
CJK_FONTS = (
    "NotoSansCJK-Regular.ttc",
    "NotoSansCJKsc-Regular.otf",
    "NotoSansSC-Regular.otf",
    "wqy-microhei.ttc",
    "wqy-zenhei.ttc",
    "DroidSansFallbackFull.ttf",
)
CJK_SC_FACE = 2  # in the Noto Sans CJK collection: JP, KR, SC, TC, HK


@lru_cache(maxsize=32)
def font(size: int, cjk: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (it has Σ, ×, −), or Pillow's own scalable font; for text with Chinese in it
    (``cjk``), the first of CJK_FONTS the system has (Noto Sans CJK has Σ, × and − too)."""
    if cjk:
        for name in CJK_FONTS:
            try:
                return ImageFont.truetype(
                    name, size, index=CJK_SC_FACE if name.endswith(".ttc") and "Noto" in name else 0
                )
            except OSError:
                continue
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def has_cjk(text: str) -> bool:
    return bool(_HAS_CJK.search(text))


def text_font(text: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """The font ``text`` is drawn in: a Chinese one when it has Chinese characters (every line
    of a wrapped text is drawn in its whole text's font, so the lines match)."""
    return font(size, has_cjk(text))


@lru_cache(maxsize=8192)
def _text_width(text: str, size: int, cjk: bool | None = None) -> float:
    return font(size, has_cjk(text) if cjk is None else cjk).getlength(text)


@lru_cache(maxsize=4096)
def _number_mask(text: str, size: int) -> tuple[Image.Image, tuple[int, int]]:
    """``text`` drawn once as a coverage mask, centred on (0, 0) by its offset: a frame pastes
    the same few numbers hundreds of times, and FreeType's rendering was most of a frame's cost."""
    f = font(size)
    left, top, right, bottom = (int(v) for v in f.getbbox(text, anchor="mm"))
    mask = Image.new("L", (max(1, right - left), max(1, bottom - top)), 0)
    ImageDraw.Draw(mask).text((-left, -top), text, fill=255, font=f, anchor="mm")
    return mask, (left, top)


@dataclass(frozen=True)
class Layout:
    width: int
    height: int
    cell: int
    slots: tuple[tuple[int, int], ...]  # (left x, slot width) per grid
    grid_top: int
    caption_top: int
    title_size: int
    caption_size: int
    number_size: int
    heading: tuple[str, ...]  # its lines


def layout(frame: Frame, width: int, heading: str = "") -> Layout:
    """Cells as large as fit ``width`` (at most 64 px), grids centred in their slots; the
    heading takes one line or two, beside the step counter."""
    title_size, caption_size = 17, 19
    counter = _text_width(f"{frame.total} / {frame.total}", COUNTER_SIZE) + GAP
    heading_lines = _wrap(heading, HEADING_SIZE, width - 2 * MARGIN - counter, 2)
    titles = [_text_width(g.title, title_size) for g in frame.grids]
    cols = [g.values.shape[1] for g in frame.grids]
    room = width - 2 * MARGIN - GAP * (len(cols) - 1)
    rows = max(g.values.shape[0] for g in frame.grids)
    grid_top = MARGIN + len(heading_lines) * (HEADING_SIZE + 8) + 6 + title_size + 12
    below = 22 + 3 * (caption_size + 8) + MARGIN  # the caption under the grids
    cell = 64
    # As wide as fits, and no taller than the frame is wide (a tall, thin input at 64 px a cell
    # made frames of 4000 px and more that no slide shows): ``validate`` keeps 4 px within both.
    while cell > 4 and (
        sum(max(c * cell, t) for c, t in zip(cols, titles, strict=True)) > room
        or grid_top + rows * cell + below > width
    ):
        cell -= 1
    slots, x = [], MARGIN + (room - sum(max(c * cell, t) for c, t in zip(cols, titles, strict=True))) // 2
    for c, t in zip(cols, titles, strict=True):
        w = int(max(c * cell, t))
        slots.append((int(x), w))
        x += w + GAP
    caption_top = grid_top + rows * cell + 22
    height = grid_top + rows * cell + below
    height += height % 2  # video encoders want even sizes
    number_size = max(8, cell * 2 // 5)
    return Layout(
        width, height, cell, tuple(slots), grid_top, caption_top, title_size, caption_size, number_size,
        tuple(heading_lines),
    )  # fmt: skip


def _wrap(text: str, size: int, room: float, lines: int = 3) -> list[str]:
    """At most ``lines`` lines of ``text`` that fit ``room``, broken at spaces and between Chinese
    characters (a word longer than the room gets a line of its own)."""
    out: list[str] = []
    cjk = has_cjk(text)
    for token in _TOKENS.findall(text):
        if out and _text_width(out[-1] + token, size, cjk) <= room:
            out[-1] += token
        elif out and not token.strip():
            continue  # spaces at a break are dropped
        else:
            out.append(token.lstrip() if out else token)
    return out[:lines]


def _fill(g: Grid, r: int, c: int, t: Theme) -> Color:
    if (r, c) in g.written:
        return t.written
    if (r, c) in g.read:
        return t.read
    h, w = g.values.shape
    (top, bottom), (left, right) = g.ring
    if r < top or r >= h - bottom or c < left or c >= w - right:
        return t.padding
    if r >= h - g.extra[0] or c >= w - g.extra[1]:
        return t.extra
    return t.empty if not np.isfinite(g.values[r, c]) else t.cell


@lru_cache(maxsize=4096)
def _fitting_size(text: str, size: int, room: int) -> int:
    """The largest font size up to ``size`` (at least 8) at which ``text`` fits; 0: none does."""
    while size >= 8 and _text_width(text, size) > room:
        size -= 1
    return size if size >= 8 else 0


def _draw_grid(image: Image.Image, g: Grid, left: int, top: int, lay: Layout, t: Theme, numbers: bool) -> None:
    draw = ImageDraw.Draw(image)
    cell, (h, w) = lay.cell, g.values.shape
    for r in range(h):
        for c in range(w):
            x0, y0 = left + c * cell, top + r * cell
            draw.rectangle((x0, y0, x0 + cell, y0 + cell), fill=_fill(g, r, c, t), outline=t.line)
            v = g.values[r, c]
            if numbers and np.isfinite(v) and cell >= 14:
                text = number(v)
                size = _fitting_size(text, lay.number_size, cell - 3)
                if size:
                    ink = t.muted if _fill(g, r, c, t) == t.padding else t.text
                    mask, (dx, dy) = _number_mask(text, size)
                    image.paste(ink, (x0 + cell // 2 + dx, y0 + cell // 2 + dy), mask)
    if g.box is not None:
        (r0, r1), (c0, c1) = g.box
        draw.rectangle(
            (left + c0 * cell, top + r0 * cell, left + (c1 + 1) * cell, top + (r1 + 1) * cell),
            outline=t.box,
            width=max(2, cell // 12),
        )


def draw_frame(frame: Frame, lay: Layout, theme: str = "light", numbers: bool = True) -> Image.Image:
    t = THEME_COLORS[theme]
    image = Image.new("RGB", (lay.width, lay.height), t.background)
    draw = ImageDraw.Draw(image)
    step = f"{frame.index + 1} / {frame.total}"
    for i, line in enumerate(lay.heading):
        heading_font = font(HEADING_SIZE, has_cjk("".join(lay.heading)))
        draw.text((MARGIN, MARGIN + i * (HEADING_SIZE + 8)), line, fill=t.text, font=heading_font)
    draw.text((lay.width - MARGIN, MARGIN), step, fill=t.muted, font=font(COUNTER_SIZE), anchor="ra")
    for g, (x, w) in zip(frame.grids, lay.slots, strict=True):
        gw = g.values.shape[1] * lay.cell
        title_font = text_font(g.title, lay.title_size)
        draw.text((x + w / 2, lay.grid_top - 8), g.title, fill=t.text, font=title_font, anchor="md")
        _draw_grid(image, g, int(x + (w - gw) / 2), lay.grid_top, lay, t, numbers)
    room = lay.width - 2 * MARGIN
    # The sum written out when it takes at most two lines, else the caption without its terms.
    lines = _wrap(frame.caption, lay.caption_size, room, 3)
    if not numbers or len(lines) > 2:
        lines = _wrap(frame.short_caption, lay.caption_size, room)
    caption_font = font(lay.caption_size, has_cjk("".join(lines)))
    for i, line in enumerate(lines):
        draw.text((MARGIN, lay.caption_top + i * (lay.caption_size + 8)), line, fill=t.text, font=caption_font)
    return image


def render(
    cfg: AnimationConfig, theme: str = "light", numbers: bool = True, width: int = 1000
) -> Iterator[Image.Image]:
    """Every frame as a picture, one after another."""
    frames = iter_frames(cfg)
    first = next(frames)
    lay = layout(first, width, describe(cfg))
    yield draw_frame(first, lay, theme, numbers)
    for frame in frames:
        yield draw_frame(frame, lay, theme, numbers)


def frame_size(cfg: AnimationConfig, width: int = 1000) -> tuple[int, int]:
    """(width, height) of every frame, from the first frame's grids, without drawing one."""
    lay = layout(next(iter_frames(cfg)), width, describe(cfg))
    return lay.width, lay.height


def gif_palette(t: Theme) -> Image.Image:
    """The theme's colours and the anti-aliased edges of text and lines on each fill: mapping a
    frame onto a fixed palette costs ~1 ms, Pillow's own quantizing ~40 ms a frame."""
    fills = (t.background, t.cell, t.empty, t.padding, t.extra, t.read, t.written)
    colours: dict[Color, None] = dict.fromkeys([*fills, t.text, t.muted, t.line, t.box])
    for ink in (t.text, t.muted, t.line, t.box):
        for fill in fills:
            for a in range(1, 8):
                r, g, b = (round(f + (i - f) * a / 8) for i, f in zip(ink, fill, strict=True))
                colours[(r, g, b)] = None
    flat = [v for c in list(colours)[:256] for v in c]
    palette = Image.new("P", (1, 1))
    palette.putpalette(flat + [0] * (768 - len(flat)))
    return palette
