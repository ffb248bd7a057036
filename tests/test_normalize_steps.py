"""The normaliser's steps one by one: a step's guard (``could_act``) says yes whenever its ``apply`` would change
what the step produces (text, tricks, layers), in the state the pipeline reaches it and on a fresh text; the data
files load. (``changed``, the pipeline's « run another pass », is bookkeeping: the controls step asks for a pass when a
mojibake hint is left, whether it removed something or not.)"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_normalize_properties import TEXTS
from worker.pipeline.normalize import (
    STEPS,
    _light,
    _normalize_slow,
    data,
    homoglyphs,
    invisible,
    leetspeak,
    normalize,
    placeholders,
    repeated,
    spacing,
)
from worker.pipeline.normalize import fast as fast_path
from worker.pipeline.normalize.work import _UNUSUAL, _Work
from worker.tools import lookalikes

# Guards that rely on earlier steps: the NFKC step (no-break spaces, compatibility characters), the controls step
# (« \x1c »-« \x1f » are whitespace to a regex)
PREPARED: dict[str, Callable[[str], str]] = {
    "nfkc_after_casefold": lambda t: unicodedata.normalize("NFKC", t),
    "whitespace": lambda t: unicodedata.normalize("NFKC", invisible._CONTROL.sub("", t)),
}
MANY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _state(w: _Work) -> tuple[object, ...]:
    return (w.text, tuple(w.tricks), tuple(w.layers))


def _copy(w: _Work) -> _Work:
    c = _Work(w.original)
    c.text, c.tricks, c.layers = w.text, list(w.tricks), list(w.layers)
    c.changed, c.unusual, c.rare = w.changed, w.unusual, w.rare
    return c


def _guards_hold(w: _Work) -> None:
    """For every step, in order: when its guard says no, applying it anyway changes nothing, unless a rewriting step
    earlier in the pass has already asked for another pass (``changed``), where the guard is asked again: « rare »
    is computed once a pass, and letter spacing can glue a leet character to a letter (« B 0 B » -> « b0b »)."""
    for step in STEPS:
        if not step.could_act(w):
            trial = _copy(w)
            step.apply(trial)
            assert _state(trial) == _state(w) or w.changed, (step.name, w.text)
        step(w)


@MANY
@given(TEXTS)
def test_a_guard_says_yes_whenever_its_step_would_act_in_the_pipeline(text: str) -> None:
    w = _Work(text)
    for _ in range(2):  # the first pass, and a rerun on its output (the pipeline's own second pass)
        w.changed = False
        w.unusual = not w.text.isascii() and bool(_UNUSUAL.search(w.text))
        _guards_hold(w)


@MANY
@given(TEXTS, st.booleans(), st.booleans())
def test_a_guard_says_yes_whenever_its_step_would_act_on_any_text(text: str, unusual: bool, rare: bool) -> None:
    """Each step alone on a fresh text, with the flags earlier steps set as the guards may read them (« unusual » and
    « rare » only ever over-estimated). Two guards rely on earlier steps: those steps get the text those steps leave
    (``PREPARED``), as in the pipeline."""
    for step in STEPS:
        given = PREPARED[step.name](text) if step.name in PREPARED else text
        w = _Work(given)
        w.unusual = unusual or (not given.isascii() and bool(_UNUSUAL.search(given)))
        w.rare = rare or bool(leetspeak._RARE.search(given))
        if not step.could_act(w):
            before = _state(w)
            step.apply(w)
            assert _state(w) == before, step.name


def test_the_steps_keep_their_order_and_names() -> None:
    assert [s.name for s in STEPS] == [
        "invisible", "mojibake", "controls", "nfkc", "homoglyphs", "words", "casefold", "nfkc_after_casefold",
        "emoji", "placeholders", "rare_characters", "letter_spacing", "punctuation", "leetspeak", "repeated_letters",
        "whitespace",
    ]  # fmt: skip


def test_the_data_files_load() -> None:
    for name in data.FILES:
        assert data.lines(name), name
    assert {"а": "a", "Ѕ": "S", "ᴀ": "a", "ο": "o"}.items() <= homoglyphs._LOOKALIKES.items()
    assert all(len(k) == 1 and len(v) == 1 and v.isascii() and v.isalpha() for k, v in homoglyphs._LOOKALIKES.items())
    assert "arabe" in placeholders._A_WORDS and "arabes" in placeholders._A_WORDS
    assert {"fr", "com", "org"} <= set(data.words("tlds.txt"))
    assert spacing._ONE_LETTER_WORDS == frozenset("aàyôo")
    assert {"femme", "connard", "comme"} <= repeated._DOUBLE_WORDS
    assert len(leetspeak._KNOWN_WORDS) > 10_000 and "" not in leetspeak._KNOWN_WORDS


def test_the_lookalike_table_is_what_its_generator_writes() -> None:
    current = lookalikes.OUT.read_text(encoding="utf-8")
    assert lookalikes.build(current) == current, "run python -m worker.tools.lookalikes"
    hand = {line.split("\t")[1] for line in lookalikes.hand_part(current).split("\n") if line.startswith("U+")}
    assert len(hand) >= 100 and len(homoglyphs._LOOKALIKES) > 2 * len(hand)  # Unicode's confusables came in


# What the fast path now keeps (links, line breaks, edge spaces, glued emoji, mojibake, mentions after punctuation),
# mixed with what must send a post to the pipeline
FAST_PATH_WORDS = st.lists(
    st.sampled_from(
        ["(@USER)", "d’@USER", "«@USER", ".@USER", "a@USER", "@USER@USER", "@USERx", "(@jean)", "@USER,", "x.fr/@USER",
         "bit.ly/Ab", "www.x.com", "https://t.co/x", "exemple.xyz/page", "et/ou", "1/2", "a.b", "fin.", "LINK", "link",
         "\n", "\n\n", " ", "  ", "\t", "😂", "top😂", "😂😂", "👏🏽", "Ã©", "Ã", "â€™", "câ€™est", "ð\x9f\x98\x82",
         "Ã\xa0", "Â«", "°", "[", "]", "|", "s|a|l|e", "Ï", "Ÿ", "…", "\xa0", "#SaleJuif", "SaleArabe", "SaLe", "n3gr3",
         "s a l e", "connnnard", "sale", "arabe", "à", "y", "a", "é", "1er", "14h30", "ptdrrrr", "iii", "❤", "❤️",
         "➡", "⚽", "❶", "⌈", "\u200d", "\u200b", "@USER.exemple", "â", "’", "œ", "Œ", "_", "*", "^^", "~", "-_-",
         "sale_arabe", "p*te", "*sale*", "twitter.com/le_Figaro/st…", "❤\xa0", "\xa0😂", "e\u0301#Tag", "#Humanité_Efficacité"]
    ),  # fmt: skip
    max_size=14,
).map(lambda words: "".join(w if i % 3 else w + " " for i, w in enumerate(words)))


@MANY
@given(FAST_PATH_WORDS)
def test_fast_path_agrees_with_the_pipeline_on_tweet_features(text: str) -> None:
    fast = _light(text)
    if fast is not None:
        assert fast == _normalize_slow(text)


def test_tweet_features_take_the_fast_path_and_agree_with_the_pipeline() -> None:
    for text in [
        "Merci (@USER) pour bit.ly/Ab 😂\nà demain ",  # a mention after « ( », a link, a line break, an edge space
        "câ€™est top😂 d’@USER",  # mojibake, an emoji glued to a word, a mention after an apostrophe
        " Ã©tÃ© [www.x.com/a] ",
    ]:
        fast = _light(text)
        assert fast is not None, text
        assert fast == _normalize_slow(text)


def test_stretched_letters_symbols_and_invisible_characters_take_the_fast_path() -> None:
    for text in [
        "Ptdddddr elle est vraiment partie LINK",  # stretched letters: the second pass is proved idle
        "Bravo ❤️ à vous ➡LINK",  # symbols the emoji step sets apart, a variation selector the invisible step removes
        "@USER 👁️\u200d🗨️ Je vois",  # a zero-width joiner
    ]:
        fast = _light(text)
        assert fast is not None, text
        assert fast == _normalize_slow(text)


def test_oe_underscores_stars_and_no_break_spaces_by_emoji_take_the_fast_path() -> None:
    for text in [
        "Cœur d’Œuvre LINK",  # « œ » is a mojibake continuation character, but alone it is none
        "Lu sur twitter.com/le_Figaro/st… ^^ ~ -_- *soupir*",  # « _ » in a link, emoticons, emphasis
        "Bravo\xa0😂 à vous😂\xa0!",  # no-break spaces next to emoji, one glued emoji
    ]:
        fast = _light(text)
        assert fast is not None, text
        assert fast == _normalize_slow(text)
    for text in ["sale_arabe", "p*te de LINK", "#Humanité_Efficacité"]:  # the punctuation step acts: the pipeline
        assert _light(text) is None, text


def test_lower_case_is_case_folding_for_every_character_the_fast_path_keeps() -> None:
    """``_plain`` folds case with ``str.lower``: the same as ``casefold``, one character for one, on what it sees."""
    kept = [chr(c) for c in range(0x110000) if not fast_path._PLAIN.match(chr(c))]
    kept += [chr(c) for c in range(0x1F000, 0x1FB00)] + sorted(fast_path._SYMBOLS)  # emoji and symbols let through
    assert kept and [c.lower() for c in kept] == [c.casefold() for c in kept]
    assert all(len(c.lower()) == 1 for c in kept)


@pytest.mark.parametrize("text", ["voir …@USER.exemple", "sa€…@user.#SaleJuif", "â…’ ok", "le â”… x"])
def test_plain_characters_that_make_an_email_or_mojibake_get_the_pipelines_result(text: str) -> None:
    """« … » becomes « ... », gluing « @USER » into an e-mail; « â » then « … » and another continuation character
    can be mojibake (« â…’ » is « ⅒ »)."""
    assert normalize(text) == _normalize_slow(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ꓢꓮꓡꓰ ꓮꓣꓮꓐꓰ", "sale arabe"),  # Lisu letters: Unicode's confusables, not the hand table
        ("ᎪᏒᎪᏴᎬ", "arabe"),  # Cherokee
        ("Տale", "sale"),  # Armenian
        ("ΙΝΙΟ", "inio"),  # where Unicode reads « Ι » as « l », the hand table's « I » wins
    ],
)
def test_unicode_confusables_are_folded(text: str, expected: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    assert "homoglyphs" in norm.tricks
