"""Estimated text metrics: advance widths of DejaVu Sans, the CJK em box, script runs."""


# Advance widths in em of DejaVu Sans, the face the map's Latin text uses, for " " to "~"
# (code points 32-126), read from DejaVuSans.ttf and DejaVuSans-Bold.ttf (the oblique face
# has the regular widths). Label boxes are estimated from them; a CJK character is 1 em.
_DEJAVU_ASCII = (
    "318 401 460 838 636 950 780 275 390 390 500 838 318 361 318 337 636 636 636 636 636 636 636 636 "
    "636 636 337 337 838 838 838 531 1000 684 686 698 770 632 575 775 752 295 295 656 557 863 748 787 "
    "603 787 695 635 611 732 684 989 685 611 685 390 337 390 838 500 500 613 635 550 635 615 352 635 "
    "634 278 278 579 278 974 634 612 635 635 411 521 392 634 592 818 592 592 525 636 337 636 838 500")
_DEJAVU_BOLD_ASCII = (
    "348 456 521 838 696 1002 872 306 457 457 523 838 380 415 380 365 696 696 696 696 696 696 696 696 "
    "696 696 400 400 838 838 838 580 1000 774 762 734 830 683 683 821 837 372 372 775 637 995 837 850 "
    "733 850 770 720 682 812 774 1103 771 724 725 457 365 457 838 500 500 675 716 593 716 678 435 716 "
    "712 343 343 665 343 1042 712 687 716 716 493 595 478 712 652 924 645 652 582 712 365 712 838 500")
LATIN_EM = {chr(32 + k): int(v) / 1000.0 for k, v in enumerate(_DEJAVU_ASCII.split())}
LATIN_EM.update({"\u00b0": 0.5, "\u00b7": 0.318, "\u2019": 0.318})
LATIN_BOLD_EM = {chr(32 + k): int(v) / 1000.0 for k, v in enumerate(_DEJAVU_BOLD_ASCII.split())}
LATIN_BOLD_EM.update({"\u00b0": 0.5, "\u00b7": 0.38, "\u2019": 0.38})
# Vertical glyph extents (em above / below the baseline) used for label boxes: DejaVu Sans
# ascender and descender, and the ideographic em box of Noto Sans CJK.
LATIN_EXTENT = (0.76, 0.24)
CJK_EXTENT = (0.88, 0.12)


def is_cjk(ch):
    o = ord(ch)
    return 0x2E80 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0xFE30 <= o <= 0xFE4F or 0xFF00 <= o <= 0xFFEF


def text_width(text, size, bold=False):
    table = LATIN_BOLD_EM if bold else LATIN_EM
    return size * sum(1.0 if is_cjk(ch) else table.get(ch, 0.65) for ch in text)


def text_extent(text):
    """(ascent, descent) in em of a line: CJK em box if it has CJK, else DejaVu Sans."""
    if any(is_cjk(ch) for ch in text):
        if all(is_cjk(ch) for ch in text):
            return CJK_EXTENT
        return (max(CJK_EXTENT[0], LATIN_EXTENT[0]), max(CJK_EXTENT[1], LATIN_EXTENT[1]))
    return LATIN_EXTENT


def script_runs(text):
    """[(is_cjk, run), ...]: CJK characters and everything else (spaces go with the Latin)."""
    runs = []
    for ch in text:
        c = is_cjk(ch)
        if runs and runs[-1][0] == c:
            runs[-1][1] += ch
        else:
            runs.append([c, ch])
    return [(c, r) for c, r in runs]
