"""Seeded French posts for the campaign tests: variants of one text, and ordinary posts on the same topics.

Written for these tests (not taken from a dataset). The ordinary posts draw on one shared vocabulary per topic, so
they look alike to a bag of words without being copies: the case a campaign detector must not merge.
"""

from __future__ import annotations

import random

HATEFUL = (
    "Les migrants sont des parasites qui vivent de nos aides sociales, il faut tous les renvoyer chez eux "
    "avant qu'ils remplacent notre peuple"
)
SHORT_HATEFUL = "Les migrants sont des parasites, renvoyez les tous chez eux"  # 3 content words: the fewest

EMOJI = ["😡", "🤮", "🔥", "👏", "😂", "🇫🇷", "💯"]
HASHTAGS = ["#StopInvasion", "#FranceAuxFrançais", "#Remigration", "#Honte", "#RéveilleToi"]
SWAPS = ["vraiment", "franchement", "clairement", "totalement", "encore", "maintenant"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}

TOPICS = {
    "immigration": (
        "migrants réfugiés frontière préfecture asile papiers intégration quartier banlieue emploi aides accueil "
        "association bénévoles centre hébergement famille enfants école mairie titre séjour régularisation "
        "travail logement france europe méditerranée bateau sauvetage politique débat gouvernement loi"
    ),
    "religion": (
        "mosquée église synagogue prière ramadan noël fête laïcité voile croyants communauté imam prêtre rabbin "
        "dialogue quartier repas partage tradition culte respect république école calendrier"
    ),
    "football": (
        "match but équipe entraîneur supporters stade arbitre penalty victoire défaite saison championnat coupe "
        "joueur transfert gardien attaquant défense vestiaire tribune soir week-end"
    ),
    "politique": (
        "élections ministre député assemblée vote réforme retraites impôts budget sondage candidat campagne "
        "meeting opposition majorité gauche droite président sénat manifestation syndicats grève"
    ),
}
GLUE = "le la les un une des de du et mais donc car pour avec sans dans sur par en ce qui que pas plus très".split()
SHORT = [
    "merci",
    "+1",
    "LINK",
    "@USER mdr",
    "bonne journée à tous",
    "merci beaucoup !",
    "trop bien 😂",
    "@USER +1 LINK",
]


def variant(text: str, rng: random.Random) -> str:
    """One or two of: an emoji or hashtag added, @USER prefixed, one word changed, case, leetspeak."""
    out = text
    for op in rng.sample(range(6), rng.choice((1, 1, 2))):
        words = out.split()
        if op == 0:
            out = f"{out} {rng.choice(EMOJI)}"
        elif op == 1:
            out = f"{out} {rng.choice(HASHTAGS)}"
        elif op == 2:
            out = f"@{rng.choice(['jean_r', 'patriote75', 'marie'])} {out}"
        elif op == 3:
            words[rng.randrange(len(words))] = rng.choice(SWAPS)
            out = " ".join(words)
        elif op == 4:
            out = out.upper()
        else:
            i = rng.randrange(len(words))
            words[i] = "".join(LEET.get(c, c) for c in words[i])
            out = " ".join(words)
    return out


def ordinary(rng: random.Random) -> str:
    """A post on one of the topics: 8 to 20 words of its vocabulary and glue words."""
    vocab = TOPICS[rng.choice(sorted(TOPICS))].split()
    words = [rng.choice(vocab) if rng.random() < 0.6 else rng.choice(GLUE) for _ in range(rng.randint(8, 20))]
    return " ".join(words).capitalize()


def short(rng: random.Random) -> str:
    return rng.choice(SHORT)
