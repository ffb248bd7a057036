"""Write ``models/extra/written_examples.csv``: our own French training examples for patterns the shared data lacks.

The shared data is tweets and role-play chat whose hateful posts are mostly long and indirect; explicit short
statements against a group, threats, dehumanisation, and the non-hateful look-alikes (negation, counter-speech,
quotes, neutral mentions of groups, abuse of things that are not groups) are rare in it. These examples are written
for this project (templates x group names below), deterministic (seeded), and regenerated with

    .venv/bin/python models/extra/make_examples.py

They are TRAINING data only; the functional evaluation set (``functional_eval.csv``) is written separately with
different sentences and is never trained on.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).resolve().parent / "written_examples.csv"
SEED = 7


@dataclass(frozen=True, slots=True)
class Group:
    plural: str  # "les X" form without the article
    category: str
    fem: bool = False
    singular: str = ""  # "un X" noun, for "je suis X"


GROUPS = [
    Group("noirs", "origin", singular="noir"), Group("arabes", "origin", singular="arabe"),
    Group("africains", "origin", singular="africain"), Group("maghrébins", "origin", singular="maghrébin"),
    Group("asiatiques", "origin", singular="asiatique"), Group("chinois", "origin", singular="chinois"),
    Group("immigrés", "origin", singular="immigré"), Group("migrants", "origin", singular="migrant"),
    Group("réfugiés", "origin", singular="réfugié"), Group("roms", "origin", singular="rom"),
    Group("étrangers", "origin", singular="étranger"), Group("turcs", "origin", singular="turc"),
    Group("musulmans", "religion", singular="musulman"), Group("juifs", "religion", singular="juif"),
    Group("musulmanes", "religion", fem=True, singular="musulmane"),
    Group("chrétiens", "religion", singular="chrétien"), Group("juives", "religion", fem=True, singular="juive"),
    Group("femmes", "gender", fem=True, singular="femme"), Group("féministes", "gender", fem=True,
                                                                  singular="féministe"),
    Group("filles", "gender", fem=True, singular="fille"),
    Group("homosexuels", "lgbt", singular="homosexuel"), Group("gays", "lgbt", singular="gay"),
    Group("lesbiennes", "lgbt", fem=True, singular="lesbienne"), Group("trans", "lgbt", singular="trans"),
    Group("personnes trans", "lgbt", fem=True, singular="trans"),
    Group("handicapés", "disability", singular="handicapé"), Group("autistes", "disability", singular="autiste"),
    Group("personnes handicapées", "disability", fem=True, singular="handicapé"),
]

# {e} -> "" or "e" (feminine agreement); {G} -> group plural.
HATE_STATEMENTS = [
    "je déteste les {G}", "je hais les {G}", "les {G} me dégoûtent", "les {G} sont dégoûtant{e}s",
    "les {G} sont des animaux", "les {G} sont des parasites", "les {G} sont de la vermine",
    "les {G} sont des sous-hommes", "les {G} ne sont pas des êtres humains", "les {G} sont une maladie",
    "les {G} sont des rats", "les {G} sont des cafards", "les {G} sont des déchets", "les {G} puent",
    "les {G} sont tous des voleurs", "les {G} sont tous des criminels", "les {G} sont inférieur{e}s",
    "les {G} sont une race inférieure", "les {G} sont stupides par nature", "les {G} sont une plaie",
    "les {G} devraient être exterminé{e}s", "il faut exterminer les {G}", "mort aux {G}",
    "les {G} méritent de mourir", "je vais tuer tous les {G}", "on devrait gazer les {G}",
    "il faudrait brûler les {G}", "les {G} doivent disparaître", "il faut se débarrasser des {G}",
    "dehors les {G}", "il faut virer tous les {G} de france", "renvoyez les {G} chez eux",
    "les {G} n'ont rien à faire ici", "les {G} n'ont pas leur place dans ce pays",
    "interdisez les {G} de travailler", "les {G} ne devraient pas avoir le droit de voter",
    "les {G} ne méritent aucun respect", "on ne devrait jamais embaucher de {G}",
    "les {G} sont une menace pour notre pays", "les {G} sont la honte de l'humanité",
    "les {G} sont un cancer pour la société", "ces {G} de merde", "sales {G}", "bande de {G} de merde",
    "tous les {G} sont des ordures", "les {G}, c'est de la sous-race", "je crache sur les {G}",
    "je n'ai rien contre les {G} mais ce sont tous des parasites",
    "je ne suis pas raciste mais les {G} sont des animaux",
    "j'ai rien contre les {G} mais il faut les renvoyer chez eux",
    "les {G} ne valent rien", "un bon {s} est un {s} mort", "les {G} sont moins que rien",
    "qu'on les pende tous ces {G}", "il faut des camps pour les {G}", "les {G} nous envahissent, il faut les chasser",
    "les {G} sont une espèce nuisible", "honte aux {G}, qu'ils crèvent", "les {G} devraient tous crever",
    "à mort les {G}", "crevez tous, les {G}", "les {G} on devrait les pendre", "une balle pour chaque {s}",
    "les {G} = vermine", "ratonnade contre les {G} ce soir", "les {G} au four", "je rêve d'un pays sans {G}",
]

# Slurs used as the name of a group, plural: hateful in the hate templates (category from SLUR_CATEGORY).
SLUR_GROUPS = ["bougnoules", "négros", "youpins", "pédés", "bicots", "chinetoques", "gouines", "tarlouzes",
               "bamboulas", "travelos", "bridés", "mongoliens"]

NON_HATE_STATEMENTS = [
    # negation
    "je ne déteste pas les {G}", "je n'ai rien contre les {G}", "les {G} ne sont pas des animaux",
    "les {G} ne sont pas des parasites", "il ne faut pas exterminer les {G}, ce sont des êtres humains",
    "personne ne devrait dire que les {G} sont inférieur{e}s", "les {G} ne sont pas des criminels",
    "je ne pense absolument pas que les {G} soient une menace",
    "non, les {G} ne sont pas tous des voleurs",
    # positive / identity
    "j'adore les {G}", "les {G} sont des êtres humains comme les autres", "j'ai beaucoup d'amis {G}",
    "les {G} ont les mêmes droits que tout le monde", "respect aux {G}", "les {G} sont les bienvenu{e}s ici",
    "je soutiens les {G}", "les {G} méritent le respect", "vive la diversité, vive les {G}",
    "les {G} enrichissent notre pays", "je suis fier de défendre les {G}",
    # counter-speech and quotes
    "dire que les {G} sont des animaux, c'est raciste", "arrêtez de traiter les {G} de parasites",
    "ceux qui disent que les {G} sont inférieur{e}s sont des ignorants",
    "« mort aux {G} » : ce genre de slogan est inacceptable", "il a osé dire que les {G} puent, c'est honteux",
    "les propos contre les {G} sont punis par la loi", "la haine contre les {G} doit cesser",
    "combattons ensemble la haine envers les {G}", "on ne peut pas laisser dire que les {G} sont de la vermine",
    "ces insultes contre les {G} me révoltent", "je signale tous les messages qui insultent les {G}",
    "le tribunal a condamné un homme qui appelait à tuer les {G}",
    "l'association dénonce les agressions contre les {G}",
    "selon le rapport, les actes hostiles aux {G} ont augmenté cette année",
    "le député a été suspendu pour avoir qualifié les {G} de « parasites »",
    "« les {G} dehors » : le tag a été effacé par la mairie",
    # neutral mentions
    "combien de {G} vivent en france ?", "un reportage sur la vie des {G} à marseille",
    "les {G} manifestent pour leurs droits", "une conférence sur l'histoire des {G}",
    "les {G} représentent une partie importante de la population", "le quotidien des {G} en europe",
    "une étude sur l'emploi des {G}", "les associations de {G} organisent une fête ce week-end",
    "le film raconte l'histoire de deux {G} à paris", "les {G} du quartier ont ouvert une épicerie",
]

# Frames around a hateful statement {H}: reporting, condemning or denying it is not hate; endorsing it is.
COUNTER_FRAMES = [
    "dire « {H} », c'est du racisme pur et simple", "« {H} » : ce genre de commentaire, je le signale",
    "non, « {H} » n'est pas une opinion, c'est un délit", "il faut arrêter de répéter que {H}",
    "un homme jugé pour avoir écrit « {H} » sur facebook", "le slogan « {H} » a été condamné par le maire",
    "écrire « {H} » sur un mur, c'est de la haine, pas de l'humour", "j'ai lu « {H} » sous cette vidéo, c'est écœurant",
    "ce n'est pas vrai que {H}", "il est absurde de prétendre que {H}", "qui peut encore croire que {H} ?",
    "les gens qui pensent que {H} me font peur", "le professeur a expliqué pourquoi « {H} » est un discours de haine",
    "signalé : « {H} ». ce compte doit être suspendu", "« {H} » ? sérieusement ? tu te rends compte de ce que tu dis ?",
    "mon oncle a encore dit « {H} » au repas, on l'a tous repris", "la plateforme a supprimé le message « {H} »",
    "l'enquête vise l'auteur du tweet « {H} »", "je condamne fermement ceux qui disent que {H}",
]
ENDORSE_FRAMES = [
    "je le dis haut et fort : {H}", "{H}, je l'assume totalement", "comme disait mon grand-père, {H}",
    "franchement, {H}", "tout le monde le sait : {H}", "désolé mais {H}", "{H}, c'est la vérité",
    "{H} et je ne retire rien", "qu'on se le dise : {H}", "réveillez-vous, {H}",
]
NEUTRAL_MORE = [
    "les {G} de mon immeuble organisent une fête des voisins", "une exposition photo sur les {G} de lyon",
    "beaucoup de {G} travaillent dans les hôpitaux", "le maire a rencontré des représentants des {G}",
    "le livre donne la parole à des {G} de tous âges", "les {G} aussi paient leurs impôts",
    "j'ai discuté avec des {G} à la sortie du marché", "un documentaire sur les {G} pendant la guerre",
    "les {G} célèbrent leur fête ce dimanche", "les {G} sont nombreu{x} à voter aux élections locales",
]

IDENTITY = [
    "je suis {s} et fier{e} de l'être", "en tant que {s}, je vis très bien en france",
    "je suis {s}, posez-moi vos questions", "ma meilleure amie est {s}", "mon collègue est {s} et super sympa",
    "être {s} en france aujourd'hui, je vous raconte mon quotidien", "ma voisine est {s}, elle m'a invité à dîner",
    "je suis {s} et j'adore mon métier de prof", "on m'a demandé si j'étais {s}, oui et alors ?",
]

# Abuse of things or people that are not a protected group: not hate speech.
NOT_GROUPS = ["lundis", "moustiques", "embouteillages", "impôts", "brocolis", "cafards de ma cuisine",
              "réunions du matin", "politiciens corrompus", "arbitres de ce match", "pigeons du parc",
              "choux de bruxelles", "grèves de la sncf", "pubs sur youtube", "devoirs du week-end",
              "frelons asiatiques", "punaises de lit", "bouchons du matin", "hivers trop longs", "spams",
              "examens de maths", "trottinettes sur les trottoirs", "chauffards", "fraudeurs fiscaux", "radars"]
NOT_GROUP_TEMPLATES = ["je déteste les {G}", "les {G} me dégoûtent", "les {G} sont une plaie",
                       "il faut se débarrasser des {G}", "les {G} devraient disparaître", "mort aux {G}",
                       "je hais les {G}", "les {G}, quelle horreur", "les {G} sont un fléau", "vivement la fin des {G}"]

# Insults between individuals without a group: the shared data labels most of them not hateful.
SLURS_HATE = [
    "sale bougnoule", "sale nègre", "sale pédé", "espèce de gouine", "sale youpin", "sale bicot",
    "retourne dans ton pays sale arabe", "ferme ta gueule sale noir", "sale chinetoque", "sale tapette",
    "t'es qu'un sale mongol de trisomique", "sale bamboula", "sale négro", "casse-toi sale rebeu de merde",
    "rentre chez toi sale bridé", "sale tarlouze", "les bougnoules dehors", "sale travelo",
]
SLUR_MENTIONS = [
    "le mot « {w} » est une insulte raciste", "on m'a traité de « {w} » dans la rue et j'ai porté plainte",
    "utiliser le mot « {w} » est inacceptable", "le dictionnaire classe « {w} » comme une injure",
]
SLUR_WORDS = ["bougnoule", "nègre", "pédé", "youpin", "gouine", "chinetoque", "tapette", "bicot"]
SLUR_CATEGORY = {"bougnoule": "origin", "nègre": "origin", "pédé": "lgbt", "youpin": "religion",
                 "gouine": "lgbt", "chinetoque": "origin", "tapette": "lgbt", "bicot": "origin",
                 "bamboula": "origin", "négro": "origin", "rebeu": "origin", "bridé": "origin",
                 "tarlouze": "lgbt", "travelo": "lgbt", "mongol": "disability", "noir": "origin",
                 "mongolien": "disability",
                 "arabe": "origin"}


def fill(template: str, g: Group) -> str:
    out = template.replace("{G}", g.plural).replace("{e}", "e" if g.fem else "").replace("{s}", g.singular)
    return out.replace("{x}", "ses" if g.fem else "x")


def examples() -> list[tuple[str, int, str, str]]:
    rng = random.Random(SEED)
    rows: list[tuple[str, int, str, str]] = []
    for g in GROUPS:
        # A sample of templates per group keeps the set small and varied.
        rows += [(fill(t, g), 1, g.category, "explicit") for t in rng.sample(HATE_STATEMENTS, 24)]
        rows += [(fill(t, g), 0, g.category, "contrast") for t in rng.sample(NON_HATE_STATEMENTS, 20)]
        rows += [(fill(t, g), 0, g.category, "identity") for t in rng.sample(IDENTITY, 3)]
        for _ in range(3):
            h = fill(rng.choice(HATE_STATEMENTS), g)
            rows.append((rng.choice(COUNTER_FRAMES).replace("{H}", h), 0, g.category, "counter_frame"))
        h = fill(rng.choice(HATE_STATEMENTS), g)
        rows.append((rng.choice(ENDORSE_FRAMES).replace("{H}", h), 1, g.category, "endorse_frame"))
        rows += [(fill(t, g), 0, g.category, "neutral") for t in rng.sample(NEUTRAL_MORE, 3)]
    for thing in NOT_GROUPS:
        rows += [(t.replace("{G}", thing), 0, "none", "not_a_group") for t in rng.sample(NOT_GROUP_TEMPLATES, 4)]
    for slur in SLUR_GROUPS:
        cat = next(c for w, c in SLUR_CATEGORY.items() if slur.startswith(w[:5]))
        g = Group(slur, cat, singular=slur[:-1])
        rows += [(fill(t, g), 1, cat, "slur_group") for t in rng.sample(HATE_STATEMENTS, 5)]
    for s in SLURS_HATE:
        cat = next((c for w, c in SLUR_CATEGORY.items() if w in s), "")
        rows.append((s, 1, cat, "slur"))
    for w in SLUR_WORDS:
        rows += [(t.replace("{w}", w), 0, SLUR_CATEGORY[w], "slur_mention") for t in rng.sample(SLUR_MENTIONS, 2)]
    seen: set[str] = set()
    unique = []
    for row in rows:
        if row[0] not in seen:
            seen.add(row[0])
            unique.append(row)
    return unique


def main() -> None:
    rows = examples()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["text", "label", "category", "pattern"])
        writer.writerows(rows)
    print(f"{OUT}: {len(rows)} rows, {sum(r[1] for r in rows)} hateful")


if __name__ == "__main__":
    main()
