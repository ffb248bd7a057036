"""Ninth batch of training frames: FACTS OF VICTIMISATION AND DISCRIMINATION about a group, as news, statistics,
history, testimony and honest questions, each rendered over all eleven targets and paired with a hateful frame that
uses the same words to gloat, blame the victims or wish the harm back.

Why: a newcomer's probe on 2026-12-06 (our own sentences, no evaluation file) found the default flagging plain facts
that name a group with words of hardship: « les migrants fuient la guerre » removed at 0.99, « les juifs ont été
persécutés pendant la guerre » 0.95, « les femmes gagnent encore moins que les hommes » 0.93, « pourquoi les femmes
sont-elles moins payées ? » 0.87. The suite's benign rows say good or neutral things about groups; the models learnt
that a group next to persecution, war, misery, lower pay or violence is hate. These rows carry the opposite, and the
paired hateful frames keep the same words hateful when the post celebrates or excuses the harm.

Written by hand for the training half, without opening any evaluation file; ``check_apart.py --train`` verifies that
no sentence or template is shared with the evaluation sets. Format: ``make_train.build_paired`` (see ``train_more``):
(hateful kind, hateful template, [(benign kind, template), ...]); slots from ``train_groups``.

    python3 models/suite/make_train.py --ninth --out /tmp/train9.csv    # the five batches + the ninth
"""

from __future__ import annotations

NEU, NEWS, NQ, CR, NEG = "identity_neutral", "news_report", "neutral_question", "counter_reference", "negated_hate"

NINTH_PAIRED: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("threat_normative", "{les} ont été persécuté{e}s ? dommage qu'on n'ait pas fini le travail",
     [(NEWS, "{les} ont été persécuté{e}s pendant la guerre, il ne faut jamais l'oublier"),
      (NEU, "mon grand-père racontait comment {les} étaient chassé{e}s de leurs maisons, il en pleurait encore"),
      (NEWS, "le musée consacre une exposition à l'histoire {de} déporté{e}s")]),
    ("hate_opinion", "{les} fuient la guerre ? qu'{ils} aillent la fuir ailleurs, on n'en veut pas",
     [(NEWS, "{les} fuient la guerre et la misère, rappelle une ONG dans son rapport annuel"),
      (NEU, "beaucoup {de} ont tout perdu pendant la crise, témoigne une association d'entraide"),
      (NQ, "comment aider concrètement {les} qui dorment dans la rue cet hiver ?")]),
    ("derogation", "{les} sont moins payé{e}s parce qu'{ils} valent moins, c'est tout",
     [(NEWS, "une étude montre que {les} sont moins payé{e}s à compétences égales"),
      (NQ, "pourquoi {les} sont-{ils} encore moins payé{e}s aujourd'hui ? quelqu'un a des chiffres récents ?"),
      (CR, "{les} gagnent encore moins que les autres pour le même travail, c'est une honte")]),
    ("hate_opinion", "les agressions contre {les} ? franchement {ils} l'ont bien cherché",
     [(NEWS, "les agressions contre {les} ont augmenté de 20 % cette année selon le ministère"),
      (NEWS, "{des} ont été insulté{e}s et frappé{e}s à la sortie d'un bar hier soir, une enquête est ouverte"),
      (CR, "quand {les} se font attaquer, tout le monde détourne le regard. ça doit changer")]),
    ("derogation", "{les} victimes ? les vraies victimes c'est nous, pas {eux}",
     [(CR, "{les} subissent encore des discriminations à l'embauche, c'est inadmissible"),
      (NEWS, "rapport du Défenseur des droits : {les} restent plus souvent victimes de discriminations"),
      (NEU, "être {S} et chercher du travail, c'est encore un parcours du combattant d'après mes amis")]),
    ("hate_opinion", "{les} dans la misère ? c'est tout ce qu'{ils} méritent",
     [(NEU, "beaucoup {de} vivent encore sous le seuil de pauvreté en France"),
      (NEWS, "{les} souffrent plus souvent de précarité et de mal-logement, selon l'Insee"),
      (NQ, "est-ce que {les} ont plus de mal à trouver un logement ? je cherche des études sérieuses")]),
    ("threat_normative", "qu'on chasse {les} de leurs maisons comme avant, bon débarras",
     [(NEWS, "plainte déposée après des tags contre {les} sur la façade de la mairie"),
      (NEWS, "un rassemblement en soutien aux {G} victimes de harcèlement aura lieu samedi place de la République"),
      (NEU, "{les} paient encore le prix de siècles de préjugés, on en parlait hier en cours d'histoire")]),
    ("hate_opinion", "{les} harcelé{e}s en ligne ? {ils} n'avaient qu'à se taire",
     [(NEWS, "de plus en plus {de} harcelé{e}s en ligne, alerte une association"),
      (NQ, "que faire quand on voit {des} se faire harceler dans le métro ? intervenir ou appeler ?"),
      (NEG, "non, {les} harcelé{e}s n'ont rien « cherché », personne ne mérite ça")]),
]
