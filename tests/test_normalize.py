"""The normaliser on the tricks it must undo and the text it must leave alone."""

from __future__ import annotations

import pytest

from worker.pipeline.normalize import EVASION_TRICKS, normalize, normalize_batch, strip_accents


@pytest.mark.parametrize(
    ("text", "expected", "trick"),
    [
        ("s a l e  a r a b e", "sale arabe", "letter_spacing"),
        ("n.è.g.r.e", "nègre", "letter_spacing"),
        ("b-o-u-g-n-o-u-l-e", "bougnoule", "letter_spacing"),
        ("n3gr3", "negre", "leetspeak"),
        ("s4l3 4rabe", "sale arabe", "leetspeak"),
        ("c0n", "con", "leetspeak"),
        ("qu3lqu’un d’influ3nc3", "quelqu’un d’influence", "leetspeak"),
        ("et3$ gro5", "etes gros", "leetspeak"),
        ("@v@n7 de partir", "avant de partir", "leetspeak"),
        ("arrrrabe", "arabe", "repeated_letters"),
        ("femmmmes quasiiiment", "femmes quasiment", "repeated_letters"),
        ("une sale @rabe de merde", "une sale arabe de merde", "leetspeak"),
        ("$ale race", "sale race", "leetspeak"),
        ("connnnard", "connard", "repeated_letters"),
        ("saaaaale puuuute", "sale pute", "repeated_letters"),
        ("p*d*", "pd", "inserted_punctuation"),
        ("en*ulé", "enulé", "inserted_punctuation"),
        ("sale_arabe", "sale arabe", "inserted_punctuation"),
        ("#SaleJuif", "sale juif", "camel_case"),
        ("SaleArabe", "sale arabe", "camel_case"),
        ("SaLe ArAbE", "sale arabe", "case_noise"),
        ("s\u200ba\u200bl\u200be", "sale", "invisible"),
        ("sale\u202a\u202barabe\u202c", "salearabe", "invisible"),  # embeddings: removed, the order stays
        ("sale \u202eebara\u202c", "sale arabe", "reversed_text"),  # a right-to-left override: read as displayed
        ("\u202eecar elas\u202c, \u202eebara", "sale race, arabe", "reversed_text"),  # to the pop, or the end
        ("ｓａｌｅ ａｒａｂｅ", "sale arabe", "styled_letters"),
        ("𝐬𝐚𝐥𝐞 𝐚𝐫𝐚𝐛𝐞", "sale arabe", "styled_letters"),
        ("🆂🅰🅻🅴 🅰🆁🅰🅱🅴", "sale arabe", "styled_letters"),  # negative squared: NFKC keeps them
        ("🅢🅐🅛🅔 🅐🅡🅐🅑🅔", "sale arabe", "styled_letters"),  # negative circled
        ("⒮⒜⒧⒠ ⒜⒭⒜⒝⒠", "sale arabe", "styled_letters"),  # parenthesized: NFKC would give « (s)(a)(l)(e) »
        ("s\u0301\u0316a\u0300l\u0322e a\u0334r\u0335abe", "sale arabe", "combining_marks"),  # zalgo
        ("ń̷ę̸g̵r̶e̷ dehors", "negre dehors", "combining_marks"),  # other Latin accents go with the noise
        ("Él̴è̖ve", "élève", "combining_marks"),  # a letter typed with its French accent keeps it
        ("sale a/r/a/b/e", "sale arabe", "letter_spacing"),  # slashes between single letters
        ("ѕаlе аrаbе", "sale arabe", "homoglyphs"),  # Cyrillic look-alikes
        ("ΝΕGRΕ", "negre", "homoglyphs"),  # Greek capitals
        ("ᴀʀᴀʙᴇ", "arabe", "homoglyphs"),  # small capitals
        ("Ã§a me dÃ©range", "ça me dérange", "mojibake"),
        ("câ\x80\x99est", "c’est", "mojibake"),
        ("ð\x9f\x98\x82", "😂", "mojibake"),
    ],
)
def test_tricks_are_undone_and_named(text: str, expected: str, trick: str) -> None:
    norm = normalize(text)
    assert norm.text == expected
    assert trick in norm.tricks


@pytest.mark.parametrize(
    "text",
    [
        "le 1er mai 2020",
        "12,50 € le kilo",
        "rendez-vous à 14h30",
        "la 2ème fois, 3e étage",
        "un mp3, la ps4 et le covid19",
        "europe1 et tf1",
        "1femme, 3kilos, 50nuances, 100m€, 4x4",
        "top10 covid19 ddr4",
        "il y a à manger",
        "une femme belle comme un rouge-gorge",
        "a-t-il dit ? peut-être",
        "louis xiii",
        "l'arabe littéraire",
        "*sale* temps",
        "km/h et/ou 1/2/3, le 12/05/2026",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    norm = normalize(text)
    assert norm.text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e\u0301te\u0301 à la plage", "été à la plage"),  # accents typed as combining marks: composed, no trick
        ("🇫🇷 et 🇩🇿", "🇫 🇷 et 🇩 🇿"),  # regional indicators make flags: not read as letters
        ("1\u20e3 place", "1\u20e3 place"),  # a keycap's enclosing mark
        ("İbrahim", "i\u0307brahim"),  # case folding's dot above is no « zalgo » mark
    ],
)
def test_marks_and_symbols_that_are_no_evasion(text: str, expected: str) -> None:
    norm = normalize(text)
    assert (norm.text, norm.evasions) == (expected, ())
    assert norm.evasions == ()


def test_case_noise_is_folded_not_split_like_camel_case() -> None:
    norm = normalize("ConTre la SaLe rEforme")
    assert norm.text == "contre la sale reforme"
    assert norm.tricks == ("case_noise",)


def test_case_is_folded_silently() -> None:
    norm = normalize("Bonjour À Tous")
    assert norm.text == "bonjour à tous"
    assert norm.tricks == ()


def test_accents_are_kept_and_strip_accents_keeps_length() -> None:
    norm = normalize("Nègre, CRÉTIN, œil")
    assert norm.text == "nègre, crétin, œil"
    assert strip_accents(norm.text) == "negre, cretin, œil"
    assert len(strip_accents(norm.text)) == len(norm.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@USER @jean_dupont t'as vu ?", "@USER @USER t'as vu ?"),
        ("merci @marie", "merci @USER"),
        ("voir https://t.co/abc et ladepeche.fr/article/2018", "voir LINK et LINK"),
        ("écrivez à jean.dupont@mail.fr", "écrivez à @USER"),
        ("LINK", "LINK"),
        ("lien : link", "lien : LINK"),
    ],
)
def test_urls_and_mentions_become_the_training_placeholders(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_emoji_are_kept_as_tokens() -> None:
    assert normalize("sale🐒").text == "sale 🐒"
    assert normalize("😂😂").text == "😂 😂"


def test_whitespace_is_collapsed() -> None:
    assert normalize("  bonjour\n\n\ttout   le monde  ").text == "bonjour tout le monde"


def test_double_encoded_mojibake_is_repaired() -> None:
    twice = "é".encode().decode("latin-1").encode().decode("latin-1")
    assert normalize(f"caf{twice}").text == "café"


def test_spans_point_at_what_the_author_wrote() -> None:
    original = "Tu es un s a l e  a r a b e !"
    norm = normalize(original)
    start = norm.text.index("arabe")
    a, b = norm.to_original(start, start + len("arabe"))
    assert original[a:b] == "a r a b e"


def test_spans_through_mojibake_and_zero_width_and_placeholders() -> None:
    original = "@jean_d: les n\u200bè\u200bgres, Ã§a suffit https://x.fr/a"
    norm = normalize(original)
    assert norm.text == "@USER: les nègres, ça suffit LINK"
    start = norm.text.index("nègres")
    a, b = norm.to_original(start, start + len("nègres"))
    assert original[a:b] == "n\u200bè\u200bgres"
    start = norm.text.index("ça")
    a, b = norm.to_original(start, start + 2)
    assert original[a:b] == "Ã§a"
    a, b = norm.to_original(len(norm.text) - 4, len(norm.text))
    assert original[a:b] == "https://x.fr/a"


def test_spans_on_unchanged_length_are_identity() -> None:
    norm = normalize("Sale N3GRE")
    assert norm.text == "sale negre"
    assert norm.to_original(5, 10) == (5, 10)


def test_empty_span_and_out_of_range_are_clamped() -> None:
    norm = normalize("s a l e")
    assert norm.to_original(2, 2) == (4, 4)
    assert norm.to_original(-5, 100) == (0, len(norm.original))
    assert normalize("").to_original(0, 3) == (0, 0)


def test_evasions_exclude_encoding_accidents() -> None:
    norm = normalize("Ã§a c'est du r4cisme")
    assert "mojibake" in norm.tricks
    assert norm.evasions == ("leetspeak",)
    assert set(norm.evasions) <= EVASION_TRICKS


def test_batch_is_the_same_as_one_by_one() -> None:
    texts = ["s a l e", "Bonjour", "", "n3gr3 #SaleJuif"]
    assert [n.text for n in normalize_batch(texts)] == [normalize(t).text for t in texts]


def test_a_boxed_letter_between_spaces_is_folded_like_anywhere_else() -> None:
    # the fast path for plain posts with emoji once let U+1F100-1F1FF letters through untouched
    assert normalize("a 🄰 b").text == "a a b"
    assert normalize("x🄰y").text == normalize("x 🄰 y").text.replace(" ", "")
    assert normalize("🐒 vive la France").text == "🐒 vive la france"  # real emoji stay tokens


def test_mojibake_completed_by_a_later_step_is_repaired_in_the_same_call() -> None:
    # dropping the hashtag mark and case folding turn « â¬#Œ » into « â¬œ », the mojibake of « ⬜ »: a second
    # pass repairs it, so normalising the output again changes nothing (idempotence, found by hypothesis)
    once = normalize("â¬#Œ")
    assert once.text == "⬜"
    assert normalize(once.text).text == once.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("70ut", "tout"), ("ma15", "mais"), ("3lle", "elle"), ("pu73", "pute"), ("50nt", "sont"), ("4r4b3s", "arabes")],
)
def test_code_like_disguises_of_known_words_are_read(text: str, expected: str) -> None:
    # digit-led or digit-ended tokens look like numbers or codes; a known word read through them is a disguise
    n = normalize(text)
    assert n.text == expected
    assert "leetspeak" in n.tricks


@pytest.mark.parametrize("text", ["top10", "1femme", "50nuances", "5ans", "1er", "europe1", "france3", "mp3", "21ème"])
def test_numbers_and_codes_stay_when_no_known_word_reads_through(text: str) -> None:
    assert normalize(text).text == text.casefold()


def test_a_right_to_left_override_reverses_latin_runs_only() -> None:
    arabic = "\u0645\u0631\u062d\u0628\u0627"  # already stored in reading order: only the controls go
    assert normalize(f"\u202e{arabic}\u202c").text == arabic
    assert normalize("x\u202e\u202c y").text == "x y"  # nothing to reverse: plain removal
    assert "reversed_text" not in normalize("x\u202e\u202c y").tricks
    assert normalize("a\u202eb\u202bc\u202c").text == "abc"  # nested controls: stripped, not reordered
    norm = normalize("tu es un \u202eebara\u202c !")
    assert norm.text == "tu es un arabe !"
    a, b = norm.to_original(norm.text.index("arabe"), norm.text.index("arabe") + 5)
    assert "ebara" in "tu es un \u202eebara\u202c !"[a:b]  # the span covers what the author wrote

