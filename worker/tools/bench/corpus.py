"""The benchmark's post mix: generated French posts, about 20 % hateful, never taken from the shared data.

Posts are built from templates and word lists with a seeded RNG, so a run is reproducible and nothing from the
training data leaks into the repository. The mix imitates a busy French feed: short reactions, everyday chatter,
news and sport, heated but acceptable criticism, counter-speech and quotes that mention a group without attacking
it, and hateful posts aimed at a group (some with evasion tricks: leetspeak, spaced letters, zero-width
characters, homoglyphs, stretched letters). Lengths vary from a few words to long threads (a few thousand
characters), and a small share of records are malformed, as real producers occasionally send.

``records(n)`` yields ``(key, value)`` pairs ready to produce (JSON values, vigie.post.v1); ``posts(n)`` the dicts.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

HATE_SHARE = 0.20
INVALID_SHARE = 0.002  # malformed records (bad JSON, missing or mistyped fields): they go to the dead-letter topic
TRICK_SHARE_HATE = 0.15  # hateful posts that try to evade a filter
TRICK_SHARE_OTHER = 0.02

GROUPS = ("les immigrés", "les musulmans", "les juifs", "les Arabes", "les Noirs", "les Roms", "les réfugiés",
          "les femmes", "les homos", "les migrants", "les Asiatiques", "les handicapés")  # fmt: skip
INSULTS = ("des parasites", "de la vermine", "des rats", "des sous-hommes", "une race inférieure", "des animaux",
           "une invasion", "des cafards", "une plaie", "des déchets")  # fmt: skip
HATE = (
    "{g} sont {i}, faut les virer de France",
    "{g} c'est {i}, tous les mêmes",
    "dehors {g} ! la France aux Français",
    "{g} n'ont rien à faire ici, ce sont {i}",
    "franchement {g} sont {i} et il faudrait s'en débarrasser",
    "j'en peux plus de {g}, {i} qui nous envahissent",
    "{g} devraient être enfermés, ce sont {i}",
    "qu'on renvoie {g} chez eux, {i}",
    "encore {g} qui font la loi dans mon quartier, {i} je vous dis",
    "@USER t'as raison {g} sont {i}, faut les dégager",
)
COUNTER = (
    "dire que {g} sont {i}, c'est du racisme pur et simple",
    "arrêtez de traiter {g} de parasites, c'est honteux",
    "non, {g} ne sont pas {i}, renseignez-toi avant d'écrire ça",
    "ceux qui disent que {g} sont {i} devraient avoir honte",
    "« {g} sont {i} » : voilà le genre de propos qu'on entend encore en 2024",
    "je signale tous les comptes qui écrivent que {g} sont {i}",
)
NEUTRAL_GROUP = (
    "reportage intéressant sur {g} arrivés à Marseille dans les années 60",
    "l'association aide {g} du quartier à trouver un logement",
    "débat ce soir à la télé sur l'intégration et {g}",
    "mon voisin fait partie des bénévoles qui accueillent {g} à la gare",
)
EVERYDAY = (
    "Quelqu'un sait si la ligne 13 marche ce matin ? {emo}",
    "Trop content, on a gagné 3-1 hier soir contre Lyon !! {emo}",
    "Ce café est vraiment nul, je retourne à ma boulangerie habituelle",
    "@USER merci pour la recette, les crêpes étaient parfaites {emo}",
    "Il pleut encore à Brest, quelle surprise {emo}",
    "Réunion à 14h30, je sens que ça va être long…",
    "Le ministre a encore changé d'avis sur la réforme des retraites, on n'y comprend plus rien",
    "Vous pensez quoi du dernier film de Jacques Audiard ? LINK",
    "L'arbitre était vraiment à côté de la plaque ce soir, penalty évident",
    "Mon fils commence le collège lundi, un peu stressé pour lui",
    "Les prix à la pompe ont encore augmenté, 2,05 € le litre c'est du vol",
    "Petite balade en forêt ce week-end, ça fait du bien {emo}",
    "#Politique le débat d'hier soir était d'un niveau affligeant",
    "Qui vient au concert samedi ? Il reste des places LINK",
    "Franchement ce gouvernement est incompétent, ils ne comprennent rien aux gens",
    "@USER tu es vraiment un crétin quand tu parles de foot",
    "Bon anniversaire maman, on t'aime fort {emo}",
    "Grève SNCF demain, encore une journée de télétravail",
    "La nouvelle boulangerie rue Oberkampf fait des croissants incroyables",
    "Je déteste les lundis, vivement les vacances",
)
FILLER = (
    "Bref, c'est ce que je voulais dire.", "Je sais pas ce que vous en pensez.", "Enfin bon, on verra bien.",
    "Le sujet revient tous les ans et rien ne change.", "J'ai lu un long article là-dessus hier soir.",
    "Mon cousin me disait la même chose au repas de famille.", "Personne n'en parle dans les médias.",
    "C'est toujours pareil avec ces histoires.", "Faut voir sur la durée, comme toujours.",
)  # fmt: skip
EMOJI = ("😂", "👏", "🙄", "😡", "❤️", "🔥", "", "", "")
PLATFORMS = ("twitter", "forum", "comments", "chat", "mastodon")
_LEET = str.maketrans("eaio", "3410")
_HOMOGLYPHS = str.maketrans("aeopc", "аеорс")  # Latin letters -> their Cyrillic look-alikes


def _leet(text: str) -> str:
    return text.translate(_LEET)


def _spaced(text: str) -> str:
    words = text.split(" ")
    longest = max(range(len(words)), key=lambda k: len(words[k]))
    words[longest] = " ".join(words[longest])
    return " ".join(words)


def _zero_width(text: str) -> str:
    return "\u200b".join(text[i : i + 3] for i in range(0, len(text), 3))


def _stretched(text: str) -> str:
    return "".join(c * 3 if c in "aeiou" and k % 5 == 0 else c for k, c in enumerate(text))


TRICKS = (_leet, _spaced, _zero_width, lambda t: t.translate(_HOMOGLYPHS), _stretched)


@dataclass(frozen=True, slots=True)
class Mix:
    """The proportions of the generated feed."""

    hate: float = HATE_SHARE
    invalid: float = INVALID_SHARE


def _text(rng: random.Random, hateful: bool) -> str:
    g, i, emo = rng.choice(GROUPS), rng.choice(INSULTS), rng.choice(EMOJI)
    if hateful:
        text = rng.choice(HATE).format(g=g, i=i)
        trick = rng.random() < TRICK_SHARE_HATE
    else:
        roll = rng.random()
        pool = COUNTER if roll < 0.08 else NEUTRAL_GROUP if roll < 0.16 else EVERYDAY
        text = rng.choice(pool).format(g=g, i=i, emo=emo)
        trick = rng.random() < TRICK_SHARE_OTHER
    if trick:
        text = rng.choice(TRICKS)(text)
    if rng.random() < 0.5:
        text = text[0].upper() + text[1:]
    size = rng.random()
    if size < 0.30:  # a thread: a few more sentences
        text = " ".join([text, *rng.choices(FILLER, k=rng.randint(1, 3))])
    elif size > 0.995:  # a long post: the payload buried in filler (scored in windows)
        before = rng.choices(FILLER, k=rng.randint(20, 60))
        text = " ".join([*before, text, *rng.choices(FILLER, k=rng.randint(0, 20))])
    return text


AUTHORS = 50_000  # distinct author ids the feed draws from (``--authors``)


def post(rng: random.Random, index: int, *, hateful: bool, prefix: str = "bench", authors: int = AUTHORS) -> dict[str, Any]:
    """One vigie.post.v1 object, its author drawn from ``authors`` ids."""
    out: dict[str, Any] = {"id": f"{prefix}-{index}", "text": _text(rng, hateful),
                           "author_id": f"u{rng.randrange(authors)}", "platform": rng.choice(PLATFORMS), "lang": "fr"}
    if rng.random() < 0.5:
        out["created_at"] = 1_717_000_000_000 + index
    if rng.random() < 0.1:
        out["metadata"] = {"thread": rng.randrange(10_000), "reply_to": None}
    return out


def _malformed(rng: random.Random, index: int, prefix: str) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        return b'{"id": "' + f"{prefix}-{index}".encode() + '", "text": "coupé au mil'.encode()
    if kind == 1:
        return orjson.dumps({"id": f"{prefix}-{index}", "body": "pas de champ text"})
    if kind == 2:
        return orjson.dumps({"id": index, "text": "un id numérique"})
    return b"\xff\xfe pas du JSON"


def labelled(n: int, *, seed: int = 2024, mix: Mix = Mix(), prefix: str = "bench") -> Iterator[tuple[dict[str, Any], bool]]:
    """``n`` valid posts with whether each was generated hateful (no malformed records)."""
    rng = random.Random(seed)
    for index in range(n):
        hateful = rng.random() < mix.hate
        yield post(rng, index, hateful=hateful, prefix=prefix), hateful


def posts(n: int, *, seed: int = 2024, mix: Mix = Mix(), prefix: str = "bench") -> Iterator[dict[str, Any]]:
    """``n`` valid posts (no malformed records): for tests and offline use."""
    return (p for p, _ in labelled(n, seed=seed, mix=mix, prefix=prefix))


def records(n: int, *, seed: int = 2024, mix: Mix = Mix(), prefix: str = "bench",
            authors: int = AUTHORS) -> Iterator[tuple[bytes, bytes]]:
    """``n`` (key, value) records of the feed, malformed ones included (keyed by id, as platforms do)."""
    rng = random.Random(seed)
    dumps = orjson.dumps
    for index in range(n):
        key = f"{prefix}-{index}".encode()
        roll = rng.random()
        if roll < mix.invalid:
            yield key, _malformed(rng, index, prefix)
        else:
            yield key, dumps(post(rng, index, hateful=roll < mix.invalid + mix.hate, prefix=prefix, authors=authors))


def tweet_records(n: int, data_dir: Path, *, seed: int = 2024, prefix: str = "tweet") -> Iterator[tuple[bytes, bytes]]:
    """``n`` (key, value) records whose texts are the shared training tweets (``fr_hate_train.csv`` under
    ``data_dir``), shuffled with ``seed`` and cycled when ``n`` exceeds them: the feed's real lengths, placeholders,
    emoji and mojibake, and its real share of uncertain posts (what the cascade escalates). Read at run time, never
    written anywhere."""
    path = Path(data_dir) / "fr_hate_train.csv"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: the tweets corpus needs the shared data (--data)")
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [row["text"] for row in csv.DictReader(fh) if row.get("text")]
    rng = random.Random(seed)
    rng.shuffle(texts)
    dumps = orjson.dumps
    for index in range(n):
        key = f"{prefix}-{index}".encode()
        yield key, dumps({"id": f"{prefix}-{index}", "text": texts[index % len(texts)],
                          "author_id": f"u{rng.randrange(50_000)}", "platform": rng.choice(PLATFORMS), "lang": "fr"})
