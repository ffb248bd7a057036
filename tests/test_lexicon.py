"""Term lists: loading, the list format, matching on normalised text, spans in the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.ops.errors import ConfigError
from worker.pipeline.lexicon import CATEGORIES, SEVERITIES, Lexicon, Match, parse_list
from worker.pipeline.normalize import normalize


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str, str, str]]:
    """(category, term, severity, what the author wrote) for each match."""
    return [(m.category, m.term, m.severity, text[m.start : m.end]) for m in lexicon.match(normalize(text))]


def test_builtin_lists_cover_every_category_with_valid_entries(lexicon: Lexicon) -> None:
    assert set(lexicon.sizes) == set(CATEGORIES)
    assert lexicon.size == sum(lexicon.sizes.values()) > 300
    assert lexicon.allow_size > 20
    assert {e.severity for e in lexicon.entries} <= set(SEVERITIES)


def test_evaded_slur_is_found_with_its_original_span(lexicon: Lexicon) -> None:
    text = "Tu es un s a l e  a r a b e !"
    assert found(lexicon, text) == [("origin", "sale arabe", "slur", "s a l e  a r a b e")]


@pytest.mark.parametrize(
    ("text", "term", "written"),
    [
        ("une SALE @rabe", "sale arabe", "SALE @rabe"),
        ("#SaleJuif", "sale juif", "SaleJuif"),
        ("n3gr3 !", "nègre", "n3gr3"),
        ("les nègres", "nègre", "nègres"),  # plural ending
        ("les negres", "nègre", "negres"),  # accents do not matter
        ("des sales arabes", "sale arabe", "sales arabes"),  # plural inside a multi-word entry
        ("c'est une sous race", "sous-race", "sous race"),  # hyphen variants
        ("bougnoule", "bougnoule", "bougnoule"),
    ],
)
def test_matches_survive_evasion_and_inflection(lexicon: Lexicon, text: str, term: str, written: str) -> None:
    assert any(t == term and w == written for _c, t, _s, w in found(lexicon, text))


def test_conspiracy_theories_are_their_own_category(lexicon: Lexicon) -> None:
    hits = found(lexicon, "Le Grand Remplacement, la plandémie et le nouvel ordre mondial")
    assert [(c, t) for c, t, _s, _w in hits] == [
        ("conspiracy", "le grand remplacement"),
        ("conspiracy", "plandémie"),
        ("conspiracy", "nouvel ordre mondial"),
    ]
    assert found(lexicon, "les juifs contrôlent tout")[0][:3] == ("conspiracy", "les juifs contrôlent", "conspiracy")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("le vaccin c'est pour nous pucer, réveillez-vous", "nous pucer"),
        ("La 5G propage le virus, ouvrez les yeux", "la 5g propage"),
        ("Bill Gates veut réduire la population mondiale", "bill gates veut"),
        ("ils mettent des nanopuces dans les seringues", "nanopuce"),
        ("la plandemie continue", "plandémie"),  # written without its accent
        ("Les vaccins tuent plus que le virus, réveillez-vous", "les vaccins tuent"),
        ("demain ils nous mettront une puce sous la peau", "puce sous la peau"),
        ("ces manifestants sont tous payés par Soros", "payés par soros"),
        ("Les Rothschild contrôlent les banques centrales", "les rothschild contrôlent"),
        ("le réchauffement ? une arnaque climatique de plus", "arnaque climatique"),
    ],
)
def test_conspiracy_claims_naming_no_group_are_listed(lexicon: Lexicon, text: str, term: str) -> None:
    assert ("conspiracy", term) in [(c, t) for c, t, _s, _w in found(lexicon, text)]


@pytest.mark.parametrize(
    "text",
    [
        "la 5G arrive enfin dans ma ville",
        "Bill Gates a donné une conférence sur le paludisme",
        "le programme HAARP étudie l'ionosphère en Alaska",
        "les Illuminati étaient une société secrète bavaroise",
        "l'Agenda 2030 de l'ONU fixe 17 objectifs",
        "aucune analyse n'a trouvé de graphène dans les vaccins",
        "l'Open Society de George Soros finance des associations",
        "les épandages aériens sont encadrés par la loi",
        "les Rothschild sont une famille de banquiers",
    ],
)
def test_conspiracy_topics_alone_are_not_claims(lexicon: Lexicon, text: str) -> None:
    # Topics that news, facts and debunking name as often as believers do: listing them would flag counter-speech.
    assert [c for c, _t, _s, _w in found(lexicon, text) if c == "conspiracy"] == []


def test_neutral_mentions_are_terms_not_slurs(lexicon: Lexicon) -> None:
    assert found(lexicon, "mes voisins juifs et musulmanes") == [
        ("religion", "juif", "term", "juifs"),
        ("religion", "musulman", "term", "musulmanes"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "le PDG est arrivé",  # « pd » only as a whole word
        "il fait noir ce soir",  # colour
        "le monde arabe",  # allowlisted phrase
        "un nègre littéraire",
        "un raton laveur",
        "on va faire la bamboula",
        "putain quelle journée",  # not « pute »
        "une tapette à mouches",
    ],
)
def test_no_false_positives_on_ordinary_french(lexicon: Lexicon, text: str) -> None:
    assert [h for h in found(lexicon, text) if h[2] != "term"] == []


def test_a_shorter_match_inside_a_longer_one_of_the_same_category_is_dropped(lexicon: Lexicon) -> None:
    hits = found(lexicon, "sale arabe")
    assert [(c, t) for c, t, _s, _w in hits] == [("origin", "sale arabe")]


def test_extra_lists_by_path(tmp_path: Path) -> None:
    (tmp_path / "origin.txt").write_text("# local slang\nzarbi | slur\nsale {term} | slur\nzorglub | term\n")
    (tmp_path / "allow.txt").write_text("zarbi zarbi\n")
    custom = tmp_path / "more" / "sport.txt"
    custom.parent.mkdir()
    custom.write_text("ultras | term\n")
    lexicon = Lexicon.load([tmp_path, custom])
    assert found(lexicon, "un zarbi, sale zorglub") == [
        ("origin", "zarbi", "slur", "zarbi"),
        ("origin", "sale zorglub", "slur", "sale zorglub"),
    ]
    assert found(lexicon, "zarbi zarbi") == []
    assert lexicon.sizes["sport"] == 1
    assert lexicon.size == Lexicon.load().size + 4  # zarbi, zorglub, sale zorglub, ultras


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("bad entry\n", "expected « term | severity »"),
        ("x | nasty\n", "unknown severity"),
        ("x | slur | fuzzy\n", "unknown flag"),
        ("sale {term} | slur\n", "without « term » entries"),
    ],
)
def test_bad_list_files_stop_start_up_naming_file_and_line(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "origin.txt"
    path.write_text("# header\n" + content)
    with pytest.raises(ConfigError) as info:
        parse_list(path)
    assert f"{path}:2" in str(info.value) and problem in str(info.value)


def test_missing_paths_and_bad_category_names_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        Lexicon.load([tmp_path / "nope.txt"])
    with pytest.raises(ConfigError, match="no \\*.txt"):
        Lexicon.load([tmp_path])
    bad = tmp_path / "Bad Name.txt"
    bad.write_text("x | slur\n")
    with pytest.raises(ConfigError, match="category name"):
        Lexicon.load([bad])


def test_empty_lexicon_and_empty_text_match_nothing() -> None:
    assert Lexicon().match(normalize("sale arabe")) == []
    assert Lexicon.load().match(normalize("")) == []


def test_match_is_a_value() -> None:
    assert Match("origin", "x", 0, 1, "slur") == Match("origin", "x", 0, 1, "slur")


@pytest.mark.parametrize(
    ("text", "term", "written"),
    [
        ("ferme-la sale bougnoul", "bougnoule", "bougnoul"),  # a letter deleted
        ("les youpns", "youpin", "youpns"),
        ("quel bougnolue celui-là", "bougnoule", "bougnolue"),  # two neighbours swapped
        ("espèce de bougn oule", "bougnoule", "bougn oule"),  # a space put inside
        ("une salearabe", "sale arabe", "salearabe"),  # two words joined
        ("SALE MIGRANS DE MERDE", "sale migrant", "SALE MIGRANS"),  # one letter off in a multi-word entry
    ],
)
def test_slurs_are_found_one_spelling_edit_away(lexicon: Lexicon, text: str, term: str, written: str) -> None:
    assert any(t == term and s == "slur" and w == written for _c, t, s, w in found(lexicon, text))


@pytest.mark.parametrize(
    "text",
    [
        "les Bleues à la traîne",  # a word one edit from « traînée »
        "ça me casse les couilles",  # « crouille » less its r
        "youpi c'est les vacances",  # « youpin » less its n
        "Rita arrive demain",  # « rital » less its l
        "je vais te voler ton goûter",  # threats are not edited (« violer »)
        "les rats du grenier",  # words under five letters are not edited
        "des bougnoules",  # written in full: the entry itself, with its ending, not a misspelling
    ],
)
def test_real_words_near_a_slur_are_not_misspellings(lexicon: Lexicon, text: str) -> None:
    hits = [(t, w) for _c, t, s, w in found(lexicon, text) if s != "term"]
    assert hits in ([], [("bougnoule", "bougnoules")]), hits


def test_a_misspelling_takes_an_ending_only_when_that_makes_no_french_word(lexicon: Lexicon) -> None:
    from worker.pipeline.lexicon import misspellings

    assert lexicon.misspelt_size > 5000
    assert "bougnoul" in misspellings("bougnoule") and "bougnoule" not in misspellings("bougnoule")
    assert "traine" not in misspellings("trainee")  # a French word (accents stripped, as keys are)
    assert misspellings("rats") == set()  # too short to edit
    assert [t for _c, t, _s, _w in found(lexicon, "les bougnouls")] == ["bougnoule"]  # « bougnoul » + s
    assert [h for h in found(lexicon, "la Guinée") if h[2] != "term"] == []  # « guine » (« gouine » less o) + e


@pytest.mark.parametrize(
    "text",
    [
        "les juifs ne sont pas des humains",  # allowed at 0.03 before these entries
        "Les musulmans sont pas des êtres humains",
        "les femmes n'ont rien d'humain",
        "un gay n'est pas un humain",
        "les handicapés ne sont pas humains",
    ],
)
def test_denying_a_groups_humanity_is_dehumanising(lexicon: Lexicon, text: str) -> None:
    assert any(s == "dehumanising" and "humain" in t for _c, t, s, _w in found(lexicon, text))


@pytest.mark.parametrize(
    "text",
    [
        "les migrants ne sont pas des rats",  # negated hate: the contrast the models learnt
        "les gauchistes ne sont pas des humains",  # not a protected group: the lists leave it to the model
        "« les juifs ne sont pas des humains » : le procès de l'auteur s'ouvre lundi",  # matched, but quoted
    ],
)
def test_humanity_entries_need_a_group_and_count_in_quotes_only_as_reported_speech(lexicon: Lexicon, text: str) -> None:
    from worker.pipeline.decide import split_quoted

    norm = normalize(text)
    live, _ = split_quoted(norm, lexicon.match(norm))
    assert [m for m in live if m.severity == "dehumanising"] == []


def test_long_entries_are_not_matched_misspelt() -> None:
    from worker.pipeline.lexicon import MISSPELT_MAX_WORDS

    entries = [e for e in Lexicon.load().entries if e.term.count(" ") >= MISSPELT_MAX_WORDS and e.severity == "dehumanising"]
    assert entries  # the humanity templates are such entries
    assert found(Lexicon(entries), "les juifs ne sont pas des humins") == []
    assert found(Lexicon(entries), "les juifs ne sont pas des humains") != []


def test_an_included_file_is_read_in_place_and_expands_over_the_including_list(tmp_path: Path) -> None:
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "t.txt").write_text("# shared\n{term} ne valent rien | hostility\n", encoding="utf-8")
    (tmp_path / "grp.txt").write_text("kobolds | term\n%include shared/t.txt\n", encoding="utf-8")
    entries = parse_list(tmp_path / "grp.txt")
    assert [(e.term, e.severity, e.category) for e in entries] == [
        ("kobolds", "term", "grp"), ("kobolds ne valent rien", "hostility", "grp")]
    assert entries[1].source.endswith("t.txt:2")


def test_a_missing_or_nested_include_stops_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x | term\n%include nowhere.txt\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"a.txt:2: cannot include"):
        parse_list(tmp_path / "a.txt")
    (tmp_path / "inner.txt").write_text("%include a.txt\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("x | term\n%include inner.txt\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot include another"):
        parse_list(tmp_path / "b.txt")


def test_the_group_lists_share_one_template_file() -> None:
    from worker.pipeline.lexicon import BUILTIN_DIR

    lexicon = Lexicon.load()
    for category in ("origin", "religion", "gender", "lgbt", "disability"):
        assert "%include shared/group.txt" in (BUILTIN_DIR / f"{category}.txt").read_text(encoding="utf-8")
        assert any(e.category == category and e.severity == "hostility" for e in lexicon.entries)
    assert "shared" not in {e.category for e in lexicon.entries}


def test_every_included_list_file_ships_in_the_package() -> None:
    """A non-editable install (the Docker image) carries only pyproject's package-data: an included file outside
    its globs would load in development and stop start-up in production."""
    import tomllib
    from pathlib import PurePosixPath

    from worker.pipeline.lexicon import BUILTIN_DIR, INCLUDE

    root = BUILTIN_DIR.parents[1]
    globs = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    for path in BUILTIN_DIR.glob("*.txt"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(INCLUDE):
                included = PurePosixPath((path.parent / line[len(INCLUDE) :].strip()).relative_to(root / "worker"))
                # setuptools' globs do not cross folders: « lexicons/*.txt » does not ship « lexicons/shared/x.txt »
                shipped = [g for g in globs["worker"] if len(PurePosixPath(g).parts) == len(included.parts)]
                assert any(included.match(g) for g in shipped), (path.name, str(included))
