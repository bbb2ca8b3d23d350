"""Estimated text widths and extents."""

import pytest

from atlasgen.textmetrics import CJK_EXTENT, LATIN_EXTENT, script_runs, text_extent, text_width

NAMES = ["Hanano", "al-Farafira", "Bustan al-Qasr", "Sheikh Maqsoud", "1070 Apartment Project",
         "阿勒頗", "Queiq 奎克河", "37.10°E", "Karm ad-Da’ada’a"]


def test_width_is_additive_over_concatenation():
    for a in NAMES:
        for b in NAMES:
            assert text_width(a + b, 14) == pytest.approx(text_width(a, 14) + text_width(b, 14))


def test_width_grows_with_every_character_and_scales_with_size():
    for name in NAMES:
        for k in range(1, len(name)):
            assert text_width(name[:k + 1], 10) > text_width(name[:k], 10)
        assert text_width(name, 21) == pytest.approx(1.5 * text_width(name, 14))
    assert text_width("", 14) == 0.0


def test_width_follows_dejavu_sans_not_a_fixed_advance():
    # README: 0.64 em per character for "Hanano", 0.47 for "al-Farafira" (DejaVu Sans).
    assert text_width("Hanano", 1.0) / 6 == pytest.approx(0.64, abs=0.005)
    assert text_width("al-Farafira", 1.0) / 11 == pytest.approx(0.47, abs=0.005)
    assert text_width("W", 1.0) > text_width("i", 1.0)
    assert text_width("Aleppo", 1.0, bold=True) > text_width("Aleppo", 1.0)


def test_a_cjk_character_is_one_em():
    assert text_width("阿勒頗", 12) == pytest.approx(36.0)
    assert text_width("Queiq 奎克河", 10) == pytest.approx(text_width("Queiq ", 10) + 30.0)


def test_extent_by_script():
    assert text_extent("Aleppo") == LATIN_EXTENT
    assert text_extent("阿勒頗") == CJK_EXTENT
    mixed = text_extent("Queiq 奎克河")
    assert mixed == (max(LATIN_EXTENT[0], CJK_EXTENT[0]), max(LATIN_EXTENT[1], CJK_EXTENT[1]))


def test_script_runs_split_at_script_changes_and_keep_the_text():
    assert script_runs("Queiq 奎克河") == [(False, "Queiq "), (True, "奎克河")]
    assert script_runs("阿勒頗 2016 年") == [(True, "阿勒頗"), (False, " 2016 "), (True, "年")]
    for name in NAMES:
        runs = script_runs(name)
        assert "".join(r for _, r in runs) == name
        assert all(a[0] != b[0] for a, b in zip(runs, runs[1:]))
