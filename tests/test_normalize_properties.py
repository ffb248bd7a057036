"""Properties of the normaliser over generated strings (hypothesis)."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.pipeline.normalize import _light, _normalize_slow, normalize

# Any code point, lone surrogates and control characters included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=200)
# The characters the steps act on, so that generated strings meet them often and in combination.
TRICKY = (
    "aeilnorsuAELNORS éèàçœÉÀ  ..-_*·•~#@$€!|0134579/:"
    "\u200b\u200d\u202e\u00ad\ufe0f\x00\n\t\xa0…’«»"
    "ÃÂâïð©§¨\x80\x99\x9f\x98"
    "ａｓ𝐬𝐚ⓐаеорсᴀıﬁﬀ\u0301\u0327İß"
    "😂🐒🏻"
)
TRICKY_TEXT = st.text(st.sampled_from(TRICKY), max_size=60)
WORDS = st.lists(
    st.sampled_from(
        ["sale", "arabe", "Nègre", "s a l e", "n3gr3", "@USER", "@jean", "LINK", "link", "#SaleJuif", "1er",
         "14h30", "12,50 €", "connnnard", "p*d*", "n.è.g.r.e", "Ã©", "😂", "a", "y", "à", "x.fr/a", "ﬁn", "  ", "\n",
         "#Mot", "…", "\xa0", "\u202f", "Ï", "â€", "c'est", "aaa", "ConTre", "#a", "4rabe", "1femme", "."]
    ),  # fmt: skip
    max_size=12,
).map(" ".join)
TEXTS = st.one_of(ANY_TEXT, TRICKY_TEXT, WORDS)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXTS)
def test_never_raises_and_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@FAST
@given(TEXTS)
def test_output_length_is_bounded(text: str) -> None:
    assert len(normalize(text).text) <= 4 * len(text) + 8


@FAST
@given(TEXTS, st.integers(-5, 300), st.integers(-5, 300))
def test_spans_map_inside_the_original(text: str, i: int, j: int) -> None:
    norm = normalize(text)
    start, end = norm.to_original(min(i, j), max(i, j))
    assert 0 <= start <= end <= len(text)


@FAST
@given(TEXTS)
def test_whole_text_maps_to_a_span_holding_every_kept_character(text: str) -> None:
    norm = normalize(text)
    for k in range(len(norm.text)):
        start, end = norm.to_original(k, k + 1)
        assert 0 <= start <= end <= len(text)


@FAST
@given(TEXTS)
def test_fast_path_agrees_with_the_pipeline(text: str) -> None:
    fast = _light(text)
    if fast is not None:
        assert fast == _normalize_slow(text)


PLAIN_POSTS = [
    "Le match de ce soir était génial, bravo à l'équipe !",  # case only
    "Franchement 😂 quelle soirée, merci @USER pour LINK",  # emoji between spaces, placeholders
    "Bref… on verra demain… ou pas",  # « … » -> « ... »
    "Encore un débat #Politique sur #BalanceTonPorc ce soir",  # hashtags, cut at capitals
    "Le SaleJuif de #MotClé 🙄 hier…",  # camelCase outside a hashtag, with an emoji and « … »
    "Il dit ConTre et SaLe pour rien",  # case noise: not cut
    "Ÿves, ÏLE 😂 naïf… #Ouf",  # the characters whose case folding makes the pipeline look again
]


def test_plain_posts_take_the_fast_path_and_agree_with_the_pipeline() -> None:
    for text in PLAIN_POSTS:
        fast = _light(text)
        assert fast is not None, text
        assert fast == _normalize_slow(text)


def test_long_and_hostile_inputs_do_not_raise() -> None:
    rng = random.Random(4)
    hostile = [
        "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(100_000)),
        "#" * 100_000,
        "s a " * 25_000,
        "Ã©" * 50_000,
        "\ud800" * 1000 + "x",
        "\x00\x01\x1f\x7f" * 25_000,
        "e" + "\u0301" * 100_000,
        "\ufdfa" * 10_000,
    ]
    for text in hostile:
        norm = normalize(text)
        assert len(norm.text) <= 4 * len(text) + 8
        assert 0 <= norm.to_original(0, len(norm.text))[1] <= len(text)
