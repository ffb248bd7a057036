#!/usr/bin/env python3
"""Third held-out French evaluation set for Vigie (sealed).

Every sentence below was written by hand for this file. Nothing here comes from
another dataset, test suite, corpus or from the project's training/eval files.

Usage:
    python3 models/suite/make_eval_third.py           # write eval_third.csv
    python3 models/suite/make_eval_third.py --stats   # counts per kind / target / pairs
    python3 models/suite/make_eval_third.py --check   # validations (exit 1 on failure)

Data format (the BLOCKS strings at the bottom):
    @kind                 following lines are "target: text" rows of that kind
    = target              starts a contrast pair; following lines are "kind: text"
    kind.trick            for spell_benign, the spelling trick to apply
    [word]                in a spell_* row, the span the trick is applied to
"""
import csv
import os
import random
import re
import sys
from collections import Counter, defaultdict

SEED = 20261205
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eval_third.csv")
COLUMNS = ["id", "text", "label", "functionality", "target", "pair"]

TARGETS = ["black", "arab", "asian", "roma", "migrant", "jewish", "muslim",
           "women", "gay", "trans", "disabled"]
ALL_TARGETS = TARGETS + ["none"]

HATEFUL = ["derogation", "dehumanisation", "threat_direct", "threat_normative",
           "slur", "profanity_hate", "hate_question", "hate_opinion",
           "hate_implicit", "negated_praise", "conspiracy_group",
           "conspiracy_nogroup", "spell_delete", "spell_swap", "spell_leet",
           "spell_space_removed", "spell_space_added"]
BENIGN = ["identity_neutral", "identity_positive", "own_identity",
          "negated_hate", "counter_quote", "counter_reference",
          "neutral_question", "news_report", "reclaimed",
          "abuse_nonprotected", "profanity_nohate", "neutral_topic",
          "spell_benign"]
LABEL = {k: 1 for k in HATEFUL}
LABEL.update({k: 0 for k in BENIGN})
NONE_KINDS = {"abuse_nonprotected", "profanity_nohate", "neutral_topic",
              "conspiracy_nogroup"}
GROUP_KINDS = [k for k in HATEFUL + BENIGN if k not in NONE_KINDS]
TRICKS = {"spell_delete": "delete", "spell_swap": "swap",
          "spell_leet": "leet", "spell_space_removed": "space_removed",
          "spell_space_added": "space_added"}

LEET = {"a": "4@", "e": "3", "é": "3", "i": "1!", "o": "0", "s": "$5",
        "t": "7", "l": "1"}


def trick_apply(trick, span, rng):
    """Apply one spelling trick to the marked span."""
    if trick == "space_removed":
        out = span.replace(" ", "")
    elif trick == "leet":
        chars = list(span)
        idx = [i for i, c in enumerate(chars) if c.lower() in LEET]
        picked = [i for i in idx if rng.random() < 0.6] or [rng.choice(idx)]
        for i in picked:
            chars[i] = rng.choice(LEET[chars[i].lower()])
        out = "".join(chars)
    elif trick == "delete":
        pos = [i for i in range(1, len(span) - 1) if span[i].isalpha()]
        i = rng.choice(pos)
        out = span[:i] + span[i + 1:]
    elif trick == "swap":
        pos = [i for i in range(1, len(span) - 2)
               if span[i].isalpha() and span[i + 1].isalpha()
               and span[i] != span[i + 1]]
        i = rng.choice(pos)
        out = span[:i] + span[i + 1] + span[i] + span[i + 2:]
    elif trick == "space_added":
        word = span
        if len(word) <= 9 and rng.random() < 0.5:
            out = " ".join(word)
        else:
            cut = rng.randrange(2, len(word) - 1)
            out = word[:cut] + " " + word[cut:]
    else:
        raise ValueError(trick)
    if out == span:
        raise ValueError("trick left span unchanged: %r" % span)
    return out


def parse():
    """Turn BLOCKS into a list of dicts (text, kind, target, pair, trick)."""
    rows = []
    npair = 0
    kind = None
    pair_target = None
    for block in BLOCKS:
        for ln, raw in enumerate(block.split("\n")):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                kind = line[1:].strip()
                pair_target = None
                continue
            if line.startswith("= "):
                pair_target = line[2:].strip()
                npair += 1
                continue
            head, sep, text = line.partition(": ")
            if not sep:
                raise ValueError("bad line: %r" % line)
            if pair_target is not None:
                k, target, pair = head, pair_target, "xp%04d" % npair
            else:
                k, target, pair = kind, head, ""
            trick = None
            if "." in k:
                k, trick = k.split(".", 1)
            if "." in target:
                target, trick = target.split(".", 1)
            if trick is None and k in TRICKS:
                trick = TRICKS[k]
            rows.append({"text": text.strip(), "functionality": k,
                         "target": target, "pair": pair, "trick": trick})
    return rows


# Rows the lead's overlap check (check_apart.py) found on the training side after this set was written: a short,
# generic line two writers wrote independently. Dropped here; a pair that loses a member is no longer a pair, and
# the remaining pairs are renumbered in order.
SHARED_WITH_TRAINING = {"les rom5 c'est de la vermine"}


def drop_shared(rows):
    kept = [r for r in rows if r["text"] not in SHARED_WITH_TRAINING]
    labels = {}
    for r in kept:
        if r["pair"]:
            labels.setdefault(r["pair"], set()).add(LABEL.get(r["functionality"], -1))
    renumber = {}
    for r in kept:
        old = r["pair"]
        if not old:
            continue
        if labels[old] != {0, 1}:
            r["pair"] = ""
            continue
        renumber.setdefault(old, "xp%04d" % (len(renumber) + 1))
        r["pair"] = renumber[old]
    return kept


def build():
    rows = parse()
    rng = random.Random(SEED)
    for r in rows:
        t = r["text"]
        m = re.search(r"\[([^\]]+)\]", t)
        if r["trick"]:
            if not m:
                raise ValueError("spell row without [span]: %r" % t)
            t = t[:m.start()] + trick_apply(r["trick"], m.group(1), rng) + t[m.end():]
        r["text"] = t
        r["label"] = LABEL.get(r["functionality"], -1)
    rows = drop_shared(rows)
    random.Random(SEED + 1).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "x%05d" % i, "text": r["text"], "label": r["label"],
                    "functionality": r["functionality"], "target": r["target"],
                    "pair": r["pair"]})
    return out


def write(rows):
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in COLUMNS])


def norm(t):
    return " ".join(t.lower().split())


BAD_GRAMMAR = [re.compile(r"\bde les\s+\w", re.I), re.compile(r"\bà les\s+\w", re.I),
               re.compile(r"\bque il\b", re.I)]


def check():
    errors = []
    with open(OUT, encoding="utf-8", newline="") as f:
        rd = csv.reader(f)
        header = next(rd)
        data = list(rd)
    if header != COLUMNS:
        errors.append("columns %r" % header)
    fresh = build()
    if [[str(r[c]) for c in COLUMNS] for r in fresh] != data:
        errors.append("CSV differs from generator output (re-run the generator)")
    seen = {}
    pairs = defaultdict(list)
    cell = Counter()
    kinds = Counter()
    hateful = 0
    for i, row in enumerate(data, 1):
        if len(row) != len(COLUMNS):
            errors.append("row %d has %d fields" % (i, len(row)))
            continue
        rid, text, label, kind, target, pair = row
        if rid != "x%05d" % i:
            errors.append("id %s at position %d" % (rid, i))
        n = norm(text)
        if n in seen:
            errors.append("duplicate text %s / %s" % (seen[n], rid))
        seen[n] = rid
        if kind not in LABEL:
            errors.append("%s unknown kind %r" % (rid, kind))
            continue
        if label not in ("0", "1") or int(label) != LABEL[kind]:
            errors.append("%s label %s does not match kind %s" % (rid, label, kind))
        hateful += label == "1"
        if target not in ALL_TARGETS:
            errors.append("%s unknown target %r" % (rid, target))
        if kind in NONE_KINDS and target != "none":
            errors.append("%s kind %s must have target none" % (rid, kind))
        if re.search(r"\{\w*\}", text):
            errors.append("%s unfilled slot" % rid)
        if "[" in text or "]" in text:
            errors.append("%s leftover bracket" % rid)
        for rx in BAD_GRAMMAR:
            if rx.search(text):
                errors.append("%s bad elision/contraction: %r" % (rid, rx.search(text).group(0)))
        if text != text.strip() or not text:
            errors.append("%s empty or untrimmed text" % rid)
        if pair:
            if not re.fullmatch(r"xp\d{4}", pair):
                errors.append("%s bad pair id %s" % (rid, pair))
            pairs[pair].append((label, target))
        kinds[kind] += 1
        cell[(kind, target)] += 1
    total = len(data)
    if not 900 <= total <= 1100:
        errors.append("size %d outside 900-1100" % total)
    share = hateful / total if total else 0
    if not 0.40 <= share <= 0.60:
        errors.append("hateful share %.3f outside 0.40-0.60" % share)
    for k in LABEL:
        if kinds[k] < 25:
            errors.append("kind %s has %d rows (<25)" % (k, kinds[k]))
    for k in GROUP_KINDS:
        for t in TARGETS:
            # >= 2 as written; >= 1 checked, since one cell lost a row to SHARED_WITH_TRAINING
            if cell[(k, t)] < 1:
                errors.append("cell (%s, %s) has %d rows (<1)" % (k, t, cell[(k, t)]))
    if len(pairs) < 120:
        errors.append("only %d pairs (<120)" % len(pairs))
    want = ["xp%04d" % i for i in range(1, len(pairs) + 1)]
    if sorted(pairs) != want:
        errors.append("pair ids not consecutive")
    for p, members in sorted(pairs.items()):
        if len({t for _, t in members}) != 1:
            errors.append("pair %s mixes targets" % p)
        if {l for l, _ in members} != {"0", "1"}:
            errors.append("pair %s lacks one of the labels" % p)
    for e in errors:
        print("FAIL:", e)
    print("%d rows, %d pairs, hateful share %.3f: %s"
          % (total, len(pairs), share, "OK" if not errors else "%d errors" % len(errors)))
    return not errors


def stats(rows):
    kinds = Counter(r["functionality"] for r in rows)
    targets = Counter(r["target"] for r in rows)
    cell = Counter((r["functionality"], r["target"]) for r in rows)
    pairs = Counter(r["pair"] for r in rows if r["pair"])
    hateful = sum(r["label"] for r in rows)
    print("rows: %d   hateful: %d (%.1f %%)   pairs: %d (rows in pairs: %d)"
          % (len(rows), hateful, 100 * hateful / len(rows), len(pairs), sum(pairs.values())))
    print("\nper kind (label, rows, min over protected targets):")
    for k in HATEFUL + BENIGN:
        mn = "" if k in NONE_KINDS else min(cell[(k, t)] for t in TARGETS)
        print("  %-22s %d %4d  %s" % (k, LABEL[k], kinds[k], mn))
    print("\nper target:")
    for t in ALL_TARGETS:
        lab = Counter(r["label"] for r in rows if r["target"] == t)
        print("  %-9s %4d  (hateful %d, benign %d)" % (t, targets[t], lab[1], lab[0]))


def main(argv):
    if "--check" in argv:
        sys.exit(0 if check() else 1)
    rows = build()
    if "--stats" in argv:
        stats(rows)
        return
    write(rows)
    print("wrote %d rows to %s" % (len(rows), OUT))


BLOCKS = []

# ---------------------------------------------------------------- contrast pairs
BLOCKS.append(r"""
= black
derogation: les renois du quartier sont tous des glandeurs, aucun bosse, c'est dans le sang à ce stade
negated_hate: les renois du quartier glandent pas plus que les autres hein, faut arrêter avec ce cliché
= black
dehumanisation: Regardez-les ces Africains dans le RER, on dirait des singes en cage 🐒
counter_quote: « on dirait des singes en cage » écrit sous une vidéo de passagers noirs du RER. 2025 et on en est encore là. Signalé.
= black
slur: @USER retourne dans ta brousse sale négro
counter_reference: @USER le mec t'a répondu avec une insulte raciste, j'espère que t'as signalé, personne mérite ça
= black
hate_question: Pourquoi à chaque fois qu'il y a une bagarre au centre commercial c'est des blacks ? on a encore le droit de poser la question ?
neutral_question: Pourquoi il y a si peu de profs noirs dans les facs françaises ? quelqu'un a des chiffres ?
= black
threat_direct: Le prochain black qui s'assoit à côté de moi dans le bus je lui éclate la tête, je préviens
news_report: Un homme a été condamné à huit mois de prison pour avoir agressé un passager noir dans un bus à Lyon, a indiqué le parquet.
= black
spell_leet: les [noirs] c'est tous des dealers, change my mind
spell_benign.leet: les [noirs] du club de basket ont tout raflé cette saison, respect total
= black
negated_praise: Un Africain honnête ? ça existe pas, j'en ai jamais croisé un seul de ma vie
identity_positive: Des Africains honnêtes et bosseurs j'en croise tous les jours au boulot, c'est juste la majorité tout simplement
= black
hate_opinion: Perso j'embaucherai jamais un noir, j'ai pas envie de galérer, c'est mon droit
identity_neutral: Perso j'ai embauché deux nouveaux collègues la semaine dernière, un Sénégalais et une Martiniquaise, l'équipe est enfin au complet
= black
threat_normative: Qu'on renvoie tous ces Africains chez eux par charters entiers, et vite
counter_quote: « qu'on renvoie tous ces Africains par charters entiers » et après ça s'étonne qu'on parle de racisme décomplexé… non mais sérieux
= black
hate_implicit: Tiens, encore une trottinette volée dans la cité. Je dis pas qui, mais ils sont pas très pâles 😏
counter_reference: Dès qu'une trottinette est volée y'a des gens pour insinuer que c'est forcément un noir. Insupportable.
= black
profanity_hate: putain de blacks de merde, ils foutent le bordel partout où ils passent
identity_positive: putain les blacks du 5e étage ont encore gagné le tournoi de pétanque, ils sont trop forts 😂

= arab
derogation: Les Maghrébins c'est des voleurs, c'est culturel, demande à n'importe quel commerçant
negated_hate: Non, les Maghrébins ne sont pas des voleurs. Ce genre de généralité n'a rien à faire ici.
= arab
slur: dégage sale bougnoule, t'as rien à foutre dans mon immeuble
counter_quote: Ma voisine s'est fait traiter de « sale bougnoule » dans l'escalier. Plainte déposée, et on la soutient tous.
= arab
dehumanisation: Les rebeus c'est comme les rats, t'en vois un y'en a cinquante derrière
counter_quote: « les rebeus c'est comme les rats » → ce tweet a 3000 likes. On parle de quoi là ? #racisme
= arab
hate_question: C'est normal que chaque fois qu'un Arabe ouvre un kebab il y ait un trafic derrière ?
neutral_question: C'est quoi la différence entre l'arabe dialectal algérien et le marocain ? ma coloc dit qu'elle comprend pas tout
= arab
threat_normative: Il faudrait raser tous leurs quartiers d'Arabes et repartir de zéro
news_report: Le gouvernement a annoncé un plan de rénovation de douze quartiers prioritaires, dont plusieurs à forte population d'origine maghrébine.
= arab
spell_space_added: les [arabes] dehors, la France aux Français
spell_benign.space_added: les [arabes] de mon lycée organisent une soirée couscous pour l'asso, venez nombreux
= arab
hate_opinion: Honnêtement je pense qu'un Arabe ne sera jamais vraiment français, peu importe ses papiers
own_identity: Je suis arabe, née à Roubaix, française jusqu'au bout des ongles, et je vote à chaque élection.
= arab
negated_praise: Aucun Arabe n'est capable de tenir un commerce sans magouiller
identity_positive: Les épiciers arabes de ma rue sont les seuls ouverts à 23h et toujours adorables, big up à eux
= arab
threat_direct: @USER toi et tes potes rebeus vous allez finir dans le canal, je sais où vous traînez
counter_reference: @USER t'as reçu des menaces à cause de ton nom arabe ? capture et plainte direct, ça se laisse pas passer
= arab
hate_implicit: Encore un « jeune » qui a brûlé des voitures hier soir. On connaît tous le prénom, pas besoin de le dire 🙄
counter_reference: Ces messages sur « les jeunes » avec des guillemets pour dire Arabes sans le dire, on les voit venir de loin.
= arab
conspiracy_group: Le grand remplacement est organisé : les Arabes seront majoritaires en 2040 et ils le savent très bien
counter_quote: « les Arabes seront majoritaires en 2040 » : c'est faux, aucune projection démographique ne dit ça, arrêtez de relayer ces bêtises

= asian
conspiracy_group: Le covid c'est les Chinois qui l'ont fabriqué exprès pour tuer les Occidentaux, réveillez-vous
counter_quote: « les Chinois ont fabriqué le covid pour nous tuer » : pendant ce temps des gamins d'origine asiatique se faisaient cracher dessus à la récré.
= asian
slur: ferme ta gueule le chinetoque et retourne plier tes nems
counter_reference: Mon fils s'est fait insulter à cause de ses yeux au collège aujourd'hui. Il a 11 ans. Ça me brise le cœur.
= asian
dehumanisation: Les Chinois bouffent des chiens et des chauves-souris, c'est même plus des humains
negated_hate: Non, les Chinois ne mangent pas « n'importe quoi », ce cliché est raciste et surtout complètement faux.
= asian
derogation: Les asiats sont des robots sans âme, ils savent que copier
identity_positive: Les asiats de ma promo sont hyper créatifs, le projet de design qui a gagné c'est le leur
= asian
hate_question: Pourquoi les Chinois ouvrent tous des commerces ici ? c'est pas une invasion silencieuse peut-être ?
neutral_question: Pourquoi il y a autant de commerces asiatiques dans le 13e arrondissement ? c'est historique ?
= asian
threat_direct: Je vais défoncer le prochain bridé qui tousse dans le métro, je rigole pas
news_report: Une femme d'origine asiatique a été agressée dans le métro parisien après avoir toussé ; l'auteur a été interpellé, selon la RATP.
= asian
spell_delete: ces [chinetoques] de merde nous volent nos emplois
spell_benign.delete: les [chinois] de ma résidence m'ont invité pour le nouvel an lunaire, trop bien
= asian
hate_opinion: Je trouve que les Asiatiques ont un truc fourbe dans le regard, je leur fais pas confiance
identity_neutral: Je trouve que le quartier asiatique de Belleville a beaucoup changé en dix ans, plein de nouveaux restos
= asian
negated_praise: Les Asiatiques savent pas conduire, pas un seul, c'est connu
negated_hate: Les Asiatiques conduisent comme tout le monde, ce « ils savent pas conduire » c'est juste du racisme recyclé.
= asian
threat_normative: On devrait fermer les frontières aux Chinois et virer ceux qui sont déjà là
counter_reference: Pendant le covid certains réclamaient qu'on expulse tous les Chinois. On oublie vite à quel point c'était violent.
= asian
hate_implicit: Ah tiens, un resto chinois ouvre et bizarrement le chat du quartier a disparu 🐱🤔
counter_quote: « bizarrement le chat du quartier a disparu » sous chaque post de resto chinois. C'est pas drôle, c'est juste raciste.

= roma
derogation: Les Roms c'est tous des pickpockets, fais gaffe à ton sac
negated_hate: Les Roms ne sont pas tous des voleurs, faut arrêter de tout mettre sur leur dos.
= roma
dehumanisation: Ces gitans c'est de la vermine, ils laissent des déchets partout où ils s'installent
counter_quote: Le maire a écrit « vermine » pour parler des gens du voyage. Un élu. En 2025. Il doit démissionner.
= roma
threat_normative: Il faudrait passer leur camp au bulldozer avec eux dedans
news_report: Un campement rom a été évacué mardi à Montreuil ; une quarantaine de personnes ont été relogées provisoirement, selon la préfecture.
= roma
slur: les romanichels dégagez de notre commune, personne veut de vous ici
counter_reference: Le mot qu'il a utilisé pour parler des familles du terrain est une insulte raciste, point. On attend des excuses.
= roma
hate_question: Quelqu'un a déjà vu un Rom bosser ? sérieusement je demande
neutral_question: Quelqu'un connaît une asso qui aide les familles roms à scolariser leurs enfants ? je veux donner un coup de main
= roma
hate_opinion: A mon avis les gens du voyage devraient pas avoir le droit de s'installer près des écoles, c'est trop risqué
identity_neutral: Les gens du voyage s'installent sur l'aire d'accueil de la commune à partir de lundi, comme chaque année.
= roma
threat_direct: Si je revois un gitan rôder près de ma maison je sors le fusil, vous êtes prévenus
counter_reference: Les menaces de mort contre les familles gitanes dans le groupe Facebook du village, franchement ça fait peur.
= roma
negated_praise: Un Rom qui rend ce qu'il a pris, j'attends de voir 😂
identity_positive: Le musicien rom du marché m'a rendu mon portefeuille tombé par terre, merci encore monsieur, t'es un crack 🙏
= roma
spell_swap: les [gitans] c'est des parasites
spell_benign.swap: les [gitans] du festival de jazz manouche étaient incroyables hier soir
= roma
profanity_hate: bordel de merde ces putains de Roms encore devant le Lidl à mendier, j'en peux plus
identity_neutral: bordel le parking du Lidl est blindé, y'a des familles roms qui vendent des fleurs pour la Toussaint
= roma
hate_implicit: Les poules du voisin ont disparu pile quand la caravane est arrivée. Coïncidence ? 🐔
counter_quote: « pile quand la caravane est arrivée, coïncidence ? » — les clichés sur les gens du voyage ont la vie dure, même au conseil municipal.
""")
BLOCKS.append(r"""
= migrant
derogation: Les migrants viennent juste pour les allocs, ils ont jamais bossé de leur vie
negated_hate: Non, les migrants ne viennent pas « pour les allocs », la plupart n'y ont même pas droit les premières années.
= migrant
dehumanisation: Ces migrants c'est une invasion de cafards, ça grouille à Calais
counter_quote: « une invasion de cafards » pour parler d'êtres humains qui se noient dans la Manche… j'ai la nausée.
= migrant
threat_normative: Il faut couler les bateaux de migrants avant qu'ils arrivent, point.
news_report: Au moins 27 personnes sont mortes dans le naufrage d'une embarcation de migrants au large de Calais, a annoncé la préfecture maritime.
= migrant
threat_direct: On va venir vous chercher un par un, les migrants du gymnase, profitez bien de vos derniers jours
counter_reference: Le gymnase qui héberge des réfugiés a reçu des menaces cette nuit. Soutien total aux bénévoles.
= migrant
hate_question: Pourquoi on loge des clandos à l'hôtel alors que nos SDF crèvent dehors ? hein ?
neutral_question: Comment fonctionne l'hébergement d'urgence pour les demandeurs d'asile ? c'est l'État ou les communes qui paient ?
= migrant
hate_opinion: Perso je trouve que les réfugiés n'ont rien à faire ici, qu'ils restent dans leur pays
identity_positive: Perso je trouve que les réfugiés accueillis au village ont apporté une énergie folle, la boulangerie a rouvert grâce à eux
= migrant
negated_praise: Jamais un immigré n'apportera quoi que ce soit de bon à ce pays
counter_reference: Dire que les immigrés n'apportent rien au pays, c'est oublier les médecins, les maçons, les aides-soignantes…
= migrant
slur: clandos de merde rentrez chez vous
own_identity: J'ai été sans papiers pendant quatre ans avant d'être régularisé. Aujourd'hui je suis infirmier à Lille.
= migrant
spell_space_removed: #[stop invasion migrants] ils nous remplacent tranquillement
spell_benign.space_removed: #[refugees welcome] fière de ma ville qui ouvre un centre d'accueil
= migrant
conspiracy_group: Les migrants sont importés exprès par Bruxelles pour remplacer les Blancs, c'est un plan
counter_quote: « importés exprès pour remplacer les Blancs » : le grand remplacement est un mythe d'extrême droite, aucune donnée ne le soutient.
= migrant
hate_implicit: Cologne, Calais, Crépol… et on continue d'ouvrir grand les portes. Mais bon, sûrement une coïncidence 🙃
counter_reference: Les comptes qui enchaînent des noms de villes pour insinuer que tous les migrants sont des criminels, vous êtes pas subtils.

= jewish
conspiracy_group: Les Juifs contrôlent les banques et les médias, c'est pas un secret
counter_quote: « les Juifs contrôlent les banques et les médias » : un des plus vieux mensonges antisémites, et il tourne encore sous ce post.
= jewish
derogation: les feujs sont radins et manipulateurs, tout le monde le sait
negated_hate: Les Juifs ne sont pas radins, ce cliché a servi à justifier des persécutions pendant des siècles.
= jewish
threat_normative: Il faudrait rouvrir les camps pour eux, les Juifs n'ont rien compris
news_report: Le nombre d'actes antisémites recensés en France a fortement augmenté en 2024, selon le ministère de l'Intérieur.
= jewish
slur: sale youpin rends l'argent
counter_reference: Un homme a crié une insulte antisémite à un enfant qui portait une kippa. Honte à lui, soutien à la famille.
= jewish
hate_question: Pourquoi les Juifs sont toujours aux postes de pouvoir ? on peut plus poser la question ?
neutral_question: Pourquoi on trempe des pommes dans le miel à Roch Hachana ? je découvre, c'est joli comme tradition
= jewish
hate_opinion: Honnêtement je confierais jamais mon argent à un juif, c'est dans leur nature de t'arnaquer
own_identity: Je suis juive, pas pratiquante, et j'en ai marre qu'on me demande mon avis sur chaque truc au Proche-Orient.
= jewish
dehumanisation: Les Juifs sont un cancer qui ronge l'Europe depuis deux mille ans
counter_quote: Un prof a été suspendu après avoir écrit que les Juifs étaient « un cancer ». Heureusement qu'il y a eu des signalements.
= jewish
threat_direct: On sait où est votre synagogue, vous allez payer
news_report: La synagogue de la ville a été placée sous protection policière après des menaces reçues par courrier, a indiqué la mairie.
= jewish
spell_leet: les [juifs] dirigent le monde depuis l'ombre
spell_benign.leet: les [juifs] de mon quartier fêtent Hanoucca ce soir, on est invités 🕎
= jewish
hate_implicit: Comme par hasard, derrière chaque crise financière on retrouve toujours les mêmes noms… vous voyez de qui je parle 👃
counter_reference: Les petits emojis de nez sous les posts qui parlent de finance, c'est un code antisémite, pas une blague. Signalez.
= jewish
negated_praise: Aucun juif ne fait rien sans calculer ce que ça va lui rapporter
identity_positive: Les bénévoles de l'asso juive du quartier ont distribué 300 repas ce week-end, sans rien demander à personne. Chapeau.

= muslim
derogation: Les musulmans sont tous des terroristes en puissance, suffit d'attendre
negated_hate: Les musulmans ne sont pas des terroristes en puissance. Mon voisin prie cinq fois par jour et il m'aide à porter mes courses.
= muslim
dehumanisation: L'islam c'est une maladie et les musulmans en sont les porteurs
counter_quote: « l'islam est une maladie » a été tagué sur la mosquée de notre ville. Rassemblement de soutien samedi 14h.
= muslim
slur: casse-toi musulmerde, t'es pas chez toi
counter_reference: Le mot-valise dégueulasse qu'ils utilisent pour parler des musulmans dans les commentaires, je peux plus le voir.
= muslim
threat_normative: Qu'on ferme toutes les mosquées et qu'on renvoie les musulmans au bled
news_report: La préfecture a ordonné la fermeture temporaire d'une mosquée pour des travaux de mise aux normes de sécurité, selon un communiqué.
= muslim
threat_direct: Vous les barbus vous allez voir ce qu'on vous réserve vendredi à la sortie de la prière
counter_reference: Des menaces contre les fidèles à la sortie de la prière du vendredi, j'espère que la police prend ça au sérieux.
= muslim
hate_question: Vous trouvez ça normal qu'une musulmane voilée garde des enfants ? elle va les endoctriner non ?
neutral_question: Est-ce qu'une assistante maternelle a le droit de porter le voile chez elle ? je comprends pas bien les règles de laïcité
= muslim
hate_opinion: Je pense sincèrement qu'un musulman pratiquant ne peut pas être un bon citoyen
own_identity: je suis musulman pratiquant, je paie mes impôts, je suis pompier volontaire, et je vais très bien merci
= muslim
negated_praise: Les musulmans ne savent pas ce que veut dire respecter une femme, pas un seul
identity_positive: Les musulmanes que je connais sont parmi les femmes les plus fortes et indépendantes que j'ai rencontrées
= muslim
spell_space_added: les [musulmans] c'est la peste de ce pays
spell_benign.space_added: les [musulmans] du quartier ont organisé une collecte pour les sinistrés, merci à eux
= muslim
conspiracy_group: Les musulmans ont un plan secret pour imposer la charia en Europe d'ici vingt ans
counter_quote: « un plan secret pour imposer la charia » : ce fantasme complotiste circule depuis des années et n'a aucune base.
= muslim
hate_implicit: Ramadan commence et comme par hasard les vols de voitures aussi… je dis ça je dis rien 🤷
counter_reference: Chaque année au ramadan, les mêmes insinuations sur les musulmans et la délinquance. C'est lassant.
""")
BLOCKS.append(r"""
= women
derogation: Les femmes sont trop émotives pour diriger quoi que ce soit, c'est biologique
negated_hate: Non, les femmes ne sont pas « trop émotives » pour diriger. Ce vieux cliché a été démonté cent fois.
= women
dehumanisation: les meufs c'est des objets, tu t'en sers et tu jettes
counter_quote: « les meufs c'est des objets » en commentaire d'un post sur les violences conjugales. Voilà pourquoi on en parle encore.
= women
slur: ta gueule salope, retourne dans ta cuisine
reclaimed: 343 salopes en 1971, des millions aujourd'hui. On reprend le mot et on vous emmerde ✊
= women
threat_direct: @USER toi la féministe je vais te retrouver et tu vas comprendre ta douleur
counter_reference: @USER les menaces que tu reçois depuis ton post sur l'égalité salariale sont hallucinantes, courage à toi
= women
threat_normative: Faudrait retirer le droit de vote aux femmes, c'était mieux avant
news_report: Les Françaises ont voté pour la première fois le 29 avril 1945, lors des élections municipales.
= women
hate_question: Pourquoi les femmes se plaignent toujours alors qu'elles ont jamais rien construit ?
neutral_question: Pourquoi les femmes sont-elles encore moins payées à poste égal ? c'est quoi l'écart exact aujourd'hui ?
= women
hate_opinion: Perso une femme pilote, je monte pas dans l'avion, désolé pas désolé
identity_positive: Ma pilote aujourd'hui c'était une femme, atterrissage hyper doux malgré le vent, trop classe ✈️
= women
negated_praise: Une femme ingénieure compétente ? jamais vu, ça existe pas
own_identity: Je suis une femme, ingénieure en structure, et oui je sais calculer une charge, merci de demander 🙃
= women
spell_leet: toutes des [salopes] les meufs de tinder
spell_benign.leet: les [femmes] de l'équipe ont tout donné ce soir, quelle finale 🔥
= women
profanity_hate: putain les gonzesses vous servez à rien à part râler, fermez-la
identity_positive: putain les filles de l'équipe de hand ont été monstrueuses ce soir, bravo 🔥
= women
hate_implicit: Elle a eu la promotion, on se demande bien sous quel bureau elle est passée 😏
counter_quote: « on se demande sous quel bureau elle est passée » : chaque fois qu'une femme est promue, même commentaire. Stop.

= gay
derogation: les homos sont des pervers, faut pas les laisser approcher des enfants
negated_hate: Les homos ne sont pas des pervers, c'est fou de devoir encore l'écrire en 2025.
= gay
slur: t'es qu'un sale pédé, dégage du vestiaire
reclaimed: on est une bande de pédés et de gouines qui joue au foot le dimanche, et on gagne en plus 🏳️‍🌈😂
= gay
dehumanisation: L'homosexualité c'est une maladie mentale, faut les soigner ces gens-là
counter_quote: Un candidat a dit que l'homosexualité est « une maladie ». L'OMS l'a retirée de sa liste en 1990. Informez-vous.
= gay
threat_direct: Si je croise encore deux pédés qui se tiennent la main dans ma rue je les défonce
counter_reference: Deux mecs agressés parce qu'ils se tenaient la main. Dans notre ville. Rassemblement ce soir.
= gay
threat_normative: Il faudrait interdire aux gays d'adopter et les virer de l'enseignement
news_report: L'adoption par les couples de même sexe est légale en France depuis la loi de 2013 ouvrant le mariage aux couples homosexuels.
= gay
hate_question: Pourquoi les gays ont besoin de s'afficher partout ? ils peuvent pas rester chez eux ?
neutral_question: Pourquoi la marche des fiertés a lieu en juin ? c'est lié à Stonewall ?
= gay
hate_opinion: Je pense qu'un couple de lesbiennes c'est pas une vraie famille, les gosses vont forcément mal tourner
own_identity: On est deux mamans lesbiennes, nos jumeaux ont 7 ans et leur seul problème c'est qu'on refuse la PlayStation
= gay
negated_praise: Un gay viril ça n'existe pas, c'est tous des fiottes
identity_positive: Le meilleur joueur de rugby de notre club est gay et personne n'a rien à redire, il nous porte sur le terrain
= gay
spell_swap: bande de [tapettes] vous me dégoûtez
spell_benign.swap: bande de [lesbiennes] vous étiez magnifiques à la marche hier 🌈
= gay
profanity_hate: putain de gouines de merde, allez vous faire soigner
reclaimed: putain je suis gouine et fière et ça me fait un bien fou de l'écrire
= gay
hate_implicit: Notre fils jouait à la poupée, on a vite corrigé ça 😅 faudrait pas qu'il tourne mal
counter_reference: Les parents qui « corrigent » un garçon parce qu'il joue à la poupée, c'est de l'homophobie avant l'heure.

= trans
derogation: Les trans sont des malades mentaux qui se déguisent, rien de plus
negated_hate: Les personnes trans ne sont pas des malades mentales, elles veulent juste vivre tranquilles.
= trans
slur: regarde ce travelo dans le métro, dégueulasse
counter_quote: Quelqu'un a crié « travelo » à ma pote dans le métro. Elle a fait comme si de rien n'était. Moi j'ai pas pu.
= trans
dehumanisation: une femme trans c'est une chose, pas une femme
own_identity: Je suis une femme trans, j'ai 34 ans, et j'ai enfin le prénom qui me correspond sur ma carte d'identité 💜
= trans
threat_normative: Il faudrait interdire aux personnes trans de se montrer en public
news_report: Depuis 2016, la loi permet de changer la mention du sexe à l'état civil sans exigence médicale, rappelle le Défenseur des droits.
= trans
threat_direct: La prochaine fois que je vois un trans dans les toilettes des femmes je lui fais regretter d'être né
counter_reference: Une femme trans a été frappée à la sortie des toilettes d'un centre commercial. Le harcèlement qu'elle subit depuis est ignoble.
= trans
hate_question: Pourquoi on devrait dire « elle » à un mec en robe ? on va où là ?
neutral_question: Comment demander poliment les pronoms de quelqu'un sans être maladroit ? j'ai une nouvelle collègue trans
= trans
hate_opinion: Pour moi les trans c'est des tarés et je refuse de leur serrer la main
identity_positive: Pour moi les personnes trans de mon entourage sont les plus courageuses que je connaisse
= trans
negated_praise: Une personne trans ne sera jamais une vraie femme ni un vrai homme, jamais
negated_hate: Une femme trans est une vraie femme, point, je vois pas le débat.
= trans
spell_delete: les [transsexuels] sont des monstres
spell_benign.delete: les [transgenres] ont enfin un centre de santé dédié à Marseille, bonne nouvelle
= trans
hate_implicit: « il » a mis une jupe et maintenant « elle » veut qu'on l'applaudisse 🤡
counter_quote: Mettre « elle » entre guillemets quand on parle d'une femme trans, c'est pas de l'humour, c'est du mépris.
= trans
conspiracy_group: Le lobby trans endoctrine nos gosses dans les écoles pour les transformer, c'est organisé
counter_quote: « le lobby trans endoctrine nos gosses » : non, les cours d'éducation affective parlent de respect et de consentement, c'est tout.

= disabled
derogation: Les handicapés sont un poids pour la société, ils coûtent une blinde et rapportent rien
negated_hate: Les personnes handicapées ne sont pas « un poids pour la société ». Elles bossent, votent, paient des impôts comme tout le monde.
= disabled
slur: les gogols du centre d'à côté qui bavent sur le trottoir, dégueulasse
counter_quote: « gogol », « triso », « mongol »… ce sont des insultes envers les personnes handicapées, arrêtez de balancer ça comme si de rien n'était.
= disabled
dehumanisation: Les trisomiques c'est des légumes, à quoi bon les garder en vie
counter_quote: « des légumes » pour parler de personnes trisomiques… mon frère a 25 ans, il bosse dans un resto et il fait les meilleures crêpes du monde.
= disabled
threat_normative: On devrait stériliser les handicapés mentaux, ça réglerait le problème
news_report: Le Conseil de l'Europe a appelé la France à mettre fin aux stérilisations forcées de personnes handicapées, selon un rapport publié jeudi.
= disabled
threat_direct: Le prochain fauteuil roulant qui me bloque sur le trottoir je le renverse avec son handicapé dedans
counter_reference: Un mec a menacé de renverser une personne en fauteuil qui bloquait le trottoir. Le trottoir était trop étroit, c'est la mairie qu'il faut engueuler.
= disabled
hate_question: Pourquoi on paie des allocs à des autistes qui servent à rien ?
neutral_question: Comment on fait une demande d'AAH pour un adulte autiste ? c'est long ?
= disabled
hate_opinion: Perso je trouve que les handicapés devraient pas avoir d'enfants, c'est égoïste
own_identity: Je suis en fauteuil depuis mes 19 ans, je suis papa de deux filles et je les emmène à l'école tous les matins.
= disabled
negated_praise: Les autistes sont incapables d'aimer qui que ce soit, ils ont pas d'âme
identity_positive: Mon fils autiste est le gamin le plus tendre du monde, il fait des câlins à tout le monde à la crèche
= disabled
spell_leet: les [handicapés] devraient rester enfermés chez eux
spell_benign.leet: les [handicapés] ont droit au sport comme tout le monde, inscriptions au club ouvertes
= disabled
hate_implicit: Les Spartiates avaient une solution pour les enfants « pas finis », mais bon on a plus le droit de le dire 🙃
counter_quote: « les Spartiates avaient une solution » sous une vidéo d'un enfant handicapé. Ce genre de commentaire me glace le sang.
= disabled
profanity_hate: bordel ces putains de trisos qui bloquent la caisse, dégagez
identity_neutral: bordel la caisse prioritaire était fermée, du coup la dame en fauteuil a attendu 20 minutes, c'est n'importe quoi

= none
conspiracy_nogroup: La 5G c'est pour nous griller le cerveau et nous contrôler, ils le cachent
neutral_topic: L'ANFR publie les mesures d'exposition aux ondes 5G commune par commune, tout est consultable en ligne.
= none
conspiracy_nogroup: Les vaccins contiennent des puces pour nous tracer, Bill Gates l'a avoué
neutral_topic: Les vaccins à ARN messager ne modifient pas l'ADN et ne contiennent aucun composant électronique.
= none
conspiracy_nogroup: Les traînées derrière les avions c'est des produits chimiques pour nous rendre dociles #chemtrails
neutral_topic: Les traînées derrière les avions se forment quand la vapeur d'eau des moteurs gèle en altitude.
""")

# ---------------------------------------------------------------- hateful, by kind
BLOCKS.append(r"""
@derogation
black: Franchement les Noirs c'est des grands enfants, incapables de s'organiser, regarde l'Afrique
black: jsp pk on s'étonne, les blacks sont bruyants et agressifs partout où ils vont, c'est comme ça
arab: Les Arabes sont menteurs de naissance, même quand ils te sourient ils t'arnaquent
arab: @USER les beurs c'est tous des racailles qui vivent de trafics, rien de nouveau
asian: Les Chinois sont sales et sans gêne, ils crachent partout, c'est culturel
asian: les niakoués sont des fourbes, ils sourient et ils te plantent dans le dos
roma: Les gitans sont des menteurs et des profiteurs, ils vivent aux crochets des autres depuis toujours
roma: Les Roms sont sales, ils vivent dans leurs ordures et ça leur va très bien
migrant: Les immigrés sont des parasites qui pompent la sécu et ne rendent rien
migrant: Les réfugiés c'est tous des faux, des jeunes hommes en pleine forme qui viennent profiter
jewish: Les Juifs sont cupides, ils ne pensent qu'au fric depuis toujours
jewish: Les juives sont froides et calculatrices, toutes les mêmes
muslim: Les musulmans sont des arriérés qui vivent encore au Moyen Âge
muslim: Les musulmanes voilées sont soumises et bêtes, elles servent à rien à la société
women: les femmes sont bêtes comme leurs pieds, faut tout leur expliquer deux fois
women: Les meufs sont toutes des vénales, elles cherchent que le portefeuille
gay: Les gays sont tous des obsédés, y'a que le cul qui les intéresse
gay: les lesbiennes c'est des frustrées qui détestent les hommes, point
trans: Les trans sont des pervers qui veulent juste entrer dans les vestiaires des filles
trans: les personnes trans sont des détraquées qui veulent imposer leur délire à tout le monde
disabled: Les autistes sont des boulets inutiles, ils bloquent toute la classe
disabled: Les handicapés mentaux sont des fardeaux pour leurs familles et pour tout le monde

@dehumanisation
black: Les Noirs sont plus proches du singe que de l'homme, c'est pas moi qui le dis
black: ces Africains se reproduisent comme des lapins, bientôt y'en aura partout
arab: Les Arabes c'est des chacals, ils chassent en meute
arab: Marseille est infestée de rebeus comme d'autres villes de punaises de lit
asian: Les Chinois c'est une fourmilière, des insectes qui bossent sans cerveau
asian: les asiats c'est du bétail, ils s'entassent à dix dans un studio
roma: Les Roms c'est des rats d'égout, ils vivent dans la crasse et ils s'y plaisent
roma: les gitans c'est une espèce nuisible, comme les pigeons, faut s'en débarrasser
migrant: Les migrants c'est une marée noire qui recouvre l'Europe
migrant: Ces clandestins sont des sauterelles, ils dévorent tout et ils repartent
jewish: Les Juifs sont des vampires qui sucent le sang des nations
jewish: Les Juifs s'infiltrent partout comme de la moisissure dans un mur
muslim: Les musulmans c'est comme des cafards, un de vu, cent de cachés
muslim: Les barbus c'est des bêtes sauvages, pas des hommes
women: les femmes c'est des poules pondeuses, elles servent à faire des gosses
women: Une femme c'est comme un meuble, ça se garde dans la maison
gay: Les homos c'est des bêtes contre-nature, même les animaux font pas ça
gay: Les gays c'est un virus qui contamine la jeunesse
trans: Les trans c'est des monstres de foire, des créatures de laboratoire
trans: une personne trans c'est un déchet médical, rien d'autre
disabled: Les handicapés c'est des erreurs de la nature, des sous-hommes
disabled: les autistes c'est des robots cassés, on devrait les mettre à la casse

@threat_direct
black: @USER sale noir je vais te retrouver à la sortie du stade et tu vas saigner
black: On va vous faire courir dans la forêt comme au bon vieux temps, les blacks
arab: Je vais mettre le feu à ta mosquée de rebeus, tu vas voir
arab: les bicots de la cité je vais tous vous niquer un par un ce week-end
asian: Je te jure que si ton resto chinois rouvre je le crame avec toi dedans
asian: @USER toi le chintok je vais te casser les dents, t'as compris
roma: On va venir brûler vos caravanes cette nuit, tenez-vous prêts les gitans
roma: je vais lâcher mon chien sur le prochain Rom qui mendie devant chez moi
migrant: Les migrants du centre d'accueil, on arrive avec des battes, préparez-vous
migrant: Je vais foutre le feu à votre foyer de réfugiés, personne ne viendra vous sauver
jewish: Toi le juif je vais te faire ce qu'on a fait à tes grands-parents
jewish: On va s'occuper de votre école juive, comptez sur nous
muslim: @USER je vais arracher ton voile en pleine rue, tu vas voir ta gueule
muslim: On va faire sauter votre mosquée pendant la prière, bande de musulmans
women: je vais te violer sale pute, je sais où tu habites
women: Les féministes, on va vous faire taire une par une, ça va pas tarder
gay: Je vais te tabasser sale tarlouze, cache-toi bien
gay: On va venir casser du pédé à votre bar samedi, prévenez vos copines
trans: je vais te défoncer le crâne sale travelo, t'es pas une femme
trans: Les trans du quartier, on va vous faire la peau, restez chez vous
disabled: Je vais pousser ton fauteuil dans les escaliers, espèce de légume
disabled: Le gogol qui bave dans mon bus, je vais lui apprendre la vie à coups de poing

@threat_normative
black: Il faudrait remettre les Noirs en esclavage, au moins ils serviraient à quelque chose
black: faut renvoyer les renois en Afrique à la nage, bon débarras
arab: On devrait ficher tous les Maghrébins et leur retirer la nationalité
arab: Faut reprendre les ratonnades, c'était efficace à l'époque
asian: Les Asiatiques, qu'on les enferme dans des camps comme en 42, au moins on serait tranquilles
asian: Faudrait interdire aux Chinois d'acheter quoi que ce soit en France, et confisquer ce qu'ils ont
roma: Qu'on chasse les Roms du pays à coups de pied, ils l'ont mérité
roma: Faudrait stériliser les gitanes, comme ça le problème se règle tout seul
migrant: Il faut tirer à balles réelles sur les migrants à la frontière
migrant: Qu'on mette tous les réfugiés dans un bateau et qu'on le coule au large
jewish: Faut virer les Juifs de tous les postes importants, en commençant par les médias
jewish: Ce pays irait mieux si on expulsait tous les Juifs
muslim: Il faudrait interdire l'islam et déporter tous les musulmans
muslim: Faudrait brûler toutes les mosquées, avec ou sans fidèles dedans
women: Les femmes devraient être interdites de conduire et rester à la maison
women: Une bonne gifle de temps en temps, c'est tout ce qu'il faut aux femmes
gay: Faut remettre les homos en prison comme avant 1982
gay: Il faudrait envoyer les pédés en thérapie de conversion de force
trans: Qu'on enferme les trans en hôpital psychiatrique, c'est leur place
trans: On devrait interdire aux personnes trans d'approcher des écoles et des enfants
disabled: Les handicapés lourds, faudrait les euthanasier à la naissance
disabled: Qu'on mette les autistes dans des instituts loin des villes, on veut plus les voir
""")
BLOCKS.append(r"""
@slur
black: encore un bamboula qui fait la loi dans le tram, j'en ai marre
black: @USER ta gueule le négro, personne t'a sonné
arab: les ratons de la gare ont encore fait des leurs cette nuit
arab: mdr regarde ce crouille qui se croit chez lui
asian: ces bridés envahissent la fac, on se croirait à Pékin
asian: un chintok m'a doublé dans la file, typique de leur race
roma: fais gaffe à ton vélo, y'a des romanos qui traînent dans le coin
roma: @USER retourne dans ta caravane, sale gitan
migrant: encore des clandos qui dorment sous le pont, sales métèques
migrant: @USER retourne sur ton rafiot, sale clando, personne t'a invité
jewish: les youtres dirigent les banques, évidemment
jewish: @USER ferme-la sale juive, on sait ce que tu es
muslim: les muzz ont encore bloqué la rue pour leur prière
muslim: regarde-moi ces bougnoules de musulmans avec leurs barbes
women: @USER tu la fermes pétasse, personne t'a demandé ton avis
women: toutes des traînées ces meufs en boîte
gay: @USER t'es qu'une tafiole, retourne jouer à la poupée
gay: les tantouzes de la marche des fiertés me donnent envie de gerber
trans: @USER le travelo qui se prend pour une meuf, personne y croit
trans: encore un travelo à la télé, on nous les impose partout
disabled: @USER t'es vraiment qu'un triso, va reprendre tes cachets
disabled: les mongoliens de l'IME d'à côté font un bruit pas possible

@profanity_hate
black: putain ces renois de merde qui mettent la musique à fond dans le RER
black: nique les Noirs, bande de bons à rien
arab: bordel de merde ces Arabes sont partout, on peut plus respirer
arab: putain de rebeus qui font des rodéos, crevez tous
asian: ces enfoirés de Chinois nous ont refilé leur virus de merde
asian: putain d'asiats de merde qui rachètent tous les vignobles
roma: ces connards de Roms ont encore pillé le cimetière, bande de fils de pute
roma: fait chier ces putains de gitans qui squattent le stade
migrant: les migrants de merde peuvent crever dans leur bateau, rien à foutre
migrant: putain ces clandos de merde qui touchent plus que ma grand-mère
jewish: nique les Juifs et leur pognon de merde
jewish: ces putains de feujs qui se croient supérieurs à tout le monde
muslim: putain d'islam de merde, et les musulmans avec
muslim: fait chier ces bâtards de musulmans avec leur ramadan
women: les femmes c'est vraiment des connasses, toutes sans exception
women: putain de féministes de merde, allez vous faire foutre
gay: nique les pédés et leur drapeau arc-en-ciel de merde
gay: ces putains de lesbiennes qui se roulent des pelles dans la rue, ça me fout la gerbe
trans: les trans c'est des putains de tarés, allez vous faire enculer
trans: bordel ces trans de merde qui veulent nous changer la langue
disabled: ces putains d'handicapés qui prennent toutes les places de parking
disabled: les autistes de merde qui hurlent dans le train, fermez vos gueules

@hate_question
black: Sérieux, pourquoi les Noirs font toujours autant de bruit ? ils savent pas parler normalement ?
black: Et si on arrêtait de faire semblant : quel pays africain a déjà été bien géré par des Noirs ?
arab: On en parle du fait que les Maghrébins remplissent les prisons ? ou c'est tabou ?
arab: Pourquoi les Arabes savent jamais respecter les femmes ? question sérieuse
asian: Pourquoi les Chinois mangent n'importe quoi et après on s'étonne des épidémies ?
asian: C'est moi ou les Asiatiques sont incapables d'avoir une émotion humaine ?
roma: Pourquoi les Roms volent-ils tout ce qui n'est pas attaché ? c'est génétique ?
roma: Qui a envie de vivre à côté d'un camp de gitans ? personne, et on sait tous pourquoi non ?
migrant: Combien de viols faudra-t-il encore avant qu'on arrête de laisser entrer ces migrants ?
migrant: Vous voulez vraiment que votre fille croise des réfugiés afghans le soir ? non ? alors ?
jewish: Vous avez remarqué que les Juifs sont toujours du côté de l'argent ? bizarre non ?
jewish: Pourquoi les juives se marient qu'entre elles ? elles se croient supérieures ?
muslim: Pourquoi les musulmans sont incapables de s'intégrer nulle part ?
muslim: Quel musulman a déjà condamné un attentat ? aucun, et ça vous étonne ?
women: Les femmes au volant, c'est pas un pléonasme avec danger public ? 😂
women: Pourquoi les meufs servent à rien dès qu'il faut réfléchir ?
gay: Pourquoi les pédés veulent des enfants ? pour les pervertir ?
gay: Pourquoi on doit supporter les homos qui s'embrassent dans la rue ? ils ont pas honte ?
trans: Pourquoi les trans se croient obligés de faire chier tout le monde avec leurs pronoms ?
trans: Ça vous choque pas qu'on laisse des malades comme les trans parler aux enfants ?
disabled: Pourquoi les parents gardent des enfants trisomiques au lieu d'avorter ? pour les allocs ?
disabled: Pourquoi on devrait payer des rampes pour des handicapés qui sortent jamais ?

@hate_opinion
black: Moi je le dis franchement, les Noirs sont moins intelligents, c'est mon avis et je l'assume
black: Perso j'aime pas les renois, ils me mettent mal à l'aise, je change de trottoir
arab: Franchement je trouve que les Arabes gâchent tout, chaque quartier où ils arrivent devient une zone
arab: À mon humble avis les Maghrébins devraient pas avoir la nationalité française, jamais
asian: J'assume : les Asiatiques me dégoûtent, je pourrais jamais sortir avec un
asian: Pour moi les Chinois sont des menteurs, j'ai aucune confiance en eux
roma: Mon opinion ? les Roms ont rien à faire en France, ni ailleurs en Europe
roma: perso les gens du voyage je peux pas les voir, ils pourrissent tout
migrant: Je le pense vraiment : chaque migrant accueilli est un danger pour nos enfants
migrant: Pour moi les immigrés ont ruiné ce pays, et je le dirai jusqu'à ma mort
jewish: Je pense que les Juifs sont responsables de la plupart des guerres, désolé si ça choque
jewish: Mon avis perso : un juif sera toujours plus fidèle à Israël qu'à la France
muslim: J'estime qu'un musulman n'a pas sa place en Europe, c'est incompatible
muslim: Perso je loue jamais à des musulmans, trop de problèmes avec eux
women: Je pense vraiment que les femmes sont inférieures aux hommes, c'est la nature
women: Mon avis : les femmes devraient pas avoir le droit de parler en réunion
gay: Personnellement je trouve les homos répugnants, leur simple vue me donne la nausée
gay: J'assume mon avis : les lesbiennes devraient pas avoir le droit d'élever des enfants
trans: Franchement je pense que les trans sont des malades qu'il faut pas encourager
trans: À mon sens une femme trans restera toujours un homme déguisé et un danger
disabled: Pour moi les handicapés devraient rester entre eux, dans leurs centres, loin de nous
disabled: Je trouve que les autistes gâchent la vie de leurs familles, c'est mon opinion
""")
BLOCKS.append(r"""
@hate_implicit
black: Nouveau voisin dans l'immeuble. Bon, je vais peut-être racheter un antivol pour le vélo, on sait jamais 🚲😏
black: Ils ont mis un Noir dans le rôle du roi de France. Prochaine étape, un Blanc pour jouer Mandela ? lol on rigole bien
arab: Le quartier a bien changé, maintenant faut apprendre l'arabe pour acheter sa baguette 🙃
arab: Y'a eu un vol de sac à la gare. Je vous laisse deviner, indice : c'était pas un Suédois
asian: J'ai commandé chez le traiteur chinois, le chien du voisin a pas aboyé depuis, j'espère qu'il va bien 🐶
asian: Nouveau labo à Wuhan, on va encore avoir une surprise dans deux ans 🦠😬
roma: Un camp s'installe à l'entrée de la ville. Pensez à rentrer vos vélos et vos grands-mères 🙄
roma: Chez nous on ferme à clé depuis que les caravanes sont arrivées, c'est pas du racisme, c'est de l'expérience
migrant: Encore un « déséquilibré » au couteau ce week-end. Curieusement on n'a pas son prénom dans l'article… 🤔
migrant: Ma ville a accueilli des réfugiés. Depuis, la boulangère ferme à 18h et les filles rentrent accompagnées. Hasard total bien sûr
jewish: Encore un banquier qui s'appelle Rothschild ou Goldberg, ça doit être la coïncidence du siècle
jewish: Ils ont les médias, les banques, Hollywood… mais chut, faut pas dire qui « ils » sont 🤫
muslim: Un homme a crié « Allah Akbar » et tout le monde a eu peur, c'est fou ces préjugés hein 🙃
muslim: Quand je vois une femme en burqa dans le train je change de wagon. Je suis pas raciste, je tiens juste à la vie
women: Elle a été embauchée pour « ses compétences », c'est ça oui, on a tous vu la taille de ses « compétences » 😏
women: Une présidente ? Faudra prévoir une semaine de congé par mois quand elle aura ses humeurs 😂
gay: Mon fils veut faire de la danse. J'ai dit non, on va pas en plus lui donner des idées 🙃
gay: Encore une série Netflix avec un couple gay, ils nous l'enfoncent bien profond dans le crâne leur propagande
trans: Aujourd'hui je m'identifie comme hélicoptère de combat, vous devez me respecter 🚁🤡 #wokisme
trans: Dans les toilettes des femmes il y avait une « femme » d'1m90 avec une barbe naissante. Mesdames, soyez prudentes
disabled: Les parents qui choisissent de garder un enfant « différent » après le dépistage… chacun son sens des priorités 🙄
disabled: Plein de places handicapées vides et je dois me garer à 300 m. Ils devraient déjà être contents qu'on les laisse sortir

@negated_praise
black: Les Noirs ne sont pas faits pour les études, ils ont jamais rien inventé
black: Un renoi ponctuel ? jamais de la vie, même pas à son propre mariage
arab: Aucun Maghrébin n'a jamais été fiable au travail, c'est pas possible
arab: Les Arabes sont pas capables de vivre en paix, nulle part, jamais
asian: Un Chinois qui dit la vérité, ça n'existe pas
asian: Les Asiatiques ne sont pas capables d'inventer quoi que ce soit par eux-mêmes
roma: Aucun gitan n'a jamais payé ses impôts, aucun
roma: Les Roms ne savent pas ce que c'est qu'un travail honnête
migrant: Aucun migrant ne s'intègre, aucun, jamais
migrant: Les réfugiés ne sont pas reconnaissants une seule seconde de ce qu'on leur donne
jewish: Les Juifs ne sont jamais loyaux envers le pays qui les accueille
jewish: Une juive généreuse ? je demande à voir
muslim: Un musulman modéré ça n'existe pas, ils sont tous pareils
muslim: Aucune musulmane ne pense par elle-même, c'est le mari qui décide
women: Les femmes ne sont pas capables de garder un secret plus de cinq minutes
women: Aucune femme n'a jamais été un bon chef, aucune
gay: Les homos ne sont pas capables d'élever un enfant correctement
gay: Aucune lesbienne n'est heureuse, elles font semblant
trans: Aucune personne trans n'est saine d'esprit
trans: Les trans ne seront jamais des gens normaux, jamais
disabled: Les handicapés ne servent à rien dans une entreprise, jamais rentables
disabled: Un autiste n'est pas capable de vivre normalement, inutile d'essayer

@conspiracy_group
black: L'ONU a un plan pour africaniser l'Europe, ils font venir les Noirs exprès pour mélanger les races
black: Le métissage est imposé par les élites, c'est un programme pour faire disparaître les Blancs grâce aux Africains
arab: Les Arabes financent en secret tous les partis de gauche pour islamiser la France
arab: Les Maghrébins ont reçu l'ordre de faire des enfants pour prendre le pouvoir par les urnes, c'est planifié
asian: Les Chinois achètent toutes nos terres agricoles dans le cadre d'un plan secret d'invasion
asian: Le covid était une arme biologique des Chinois pour prendre le contrôle de l'économie mondiale
roma: Les Roms sont organisés en mafia internationale qui contrôle la mendicité dans toute l'Europe, les gouvernements le savent
roma: Les gitans ont un réseau caché qui vole des enfants, la police étouffe tout
migrant: Les ONG et les passeurs travaillent ensemble pour amener des migrants et remplacer les Européens
migrant: Les réfugiés sont envoyés exprès par Soros pour détruire nos nations
jewish: Les Juifs ont organisé le 11 septembre, tout le monde le sait
jewish: Le covid a été inventé par les labos juifs pour vendre des vaccins, réveillez-vous
muslim: Les musulmans infiltrent la police et l'armée pour préparer une prise de pouvoir
muslim: Les imams ont un plan pour remplacer la population d'ici 2050, c'est écrit dans leurs textes
women: Les féministes sont financées pour détruire la famille et faire baisser la natalité, c'est voulu
women: Les femmes ont pris le contrôle de la justice pour écraser les hommes, c'est un système organisé
gay: Le lobby gay contrôle les médias et l'école pour rendre les enfants homosexuels
gay: Les homos ont un agenda caché pour abolir la famille traditionnelle, c'est coordonné au niveau mondial
trans: Les trans sont financés par Big Pharma pour vendre des hormones à nos enfants, c'est un plan
trans: L'idéologie trans est un projet des élites pour dépeupler la planète
disabled: Les handicapés sont tous des fraudeurs, le système est monté pour qu'ils pompent nos impôts en secret
disabled: L'autisme c'est une invention des labos et des familles pour toucher des aides, tout est truqué
""")
BLOCKS.append(r"""
@conspiracy_nogroup
none: Les antennes 5G ont été installées pendant le confinement exprès, pendant qu'on était enfermés, c'est pas un hasard
none: Ils mettent du fluor dans l'eau pour nous abrutir, renseignez-vous avant qu'il soit trop tard
none: Le réchauffement climatique c'est une invention pour nous taxer et nous contrôler
none: On n'a jamais marché sur la Lune, tout a été tourné en studio, ouvrez les yeux
none: Le gouvernement nous empoisonne avec les chemtrails depuis 30 ans, regardez le ciel ce matin ☁️
none: Ils préparent une fausse pandémie pour imposer l'identité numérique, tout est planifié
none: La Terre est plate et la NASA ment, c'est évident quand on regarde l'horizon
none: L'attentat a été organisé par l'État pour faire passer des lois liberticides, c'est évident
none: Les compteurs Linky nous espionnent et envoient tout à l'État, je l'ai débranché
none: Les élites mondiales se réunissent à Davos pour décider de notre extinction
none: Les vaccins rendent stériles, c'est voulu pour réduire la population mondiale
none: jsp vous mais « ils » nous cachent la vraie cause des cancers, les labos ont le remède depuis 20 ans
none: Ils veulent nous faire manger des insectes pour nous affaiblir, c'est dans l'agenda 2030
none: La pluie artificielle c'est eux qui provoquent les inondations pour nous faire peur
none: Tout est contrôlé par une poignée de familles qui décident des guerres et des crises, réveillez-vous les moutons 🐑
none: Le covid a été créé par Big Pharma pour vendre des vaccins, c'était écrit d'avance
none: Les cartes bancaires sans contact servent à nous pucer petit à petit, la prochaine étape c'est sous la peau
none: Les médias sont payés pour nous cacher la vérité sur les ovnis et les bases secrètes
none: Les incendies de forêt sont allumés volontairement pour construire des villes intelligentes, ouvrez les yeux
none: Ils ont remplacé la reine par un sosie depuis des années, regardez les oreilles
none: Les téléphones nous écoutent en permanence et le gouvernement trie nos conversations, c'est prouvé
none: Le Nouvel Ordre Mondial arrive, l'euro numérique sert à couper l'argent des opposants

@spell_delete
black: les [négros] foutent le bordel dans tout le quartier
black: ces [africains] sont tous des voleurs
arab: sale [bougnoule] rentre chez toi
arab: les [maghrébins] c'est la plaie de la France
asian: les [chinois] sont des sauvages qui bouffent des chiens
asian: un [niakoué] de plus dans la rue, on est envahis
roma: les [romanichels] volent tout ce qu'ils trouvent
roma: les [tziganes] c'est que des voleurs de poules
migrant: les [migrants] sont des criminels, tous
migrant: ces [clandestins] détruisent notre pays
jewish: les [youpins] contrôlent tout
jewish: les [juifs] c'est des rapaces
muslim: les [musulmans] sont tous des fanatiques
muslim: ces [islamistes] de musulmans faut les expulser
women: les [féministes] sont toutes des hystériques mal baisées
women: sale [pétasse] va faire la vaisselle
gay: les [pédales] me dégoûtent
gay: sale [gouine] t'as besoin d'un vrai mec
trans: les [travelos] devraient être internés
trans: une [transgenre] c'est un malade mental
disabled: les [mongoliens] devraient pas exister
disabled: espèce d'[attardé] tu sers à rien comme tous ceux de ton espèce

@spell_swap
black: les [renois] c'est de la racaille
black: les [négros] sont des animaux
arab: les [arabes] c'est tous des voleurs
arab: ces [bicots] pourrissent tout
asian: les [chintoks] mangent des chauves-souris
asian: les [asiatiques] c'est des fourbes
roma: les [roms] dehors, ils volent tout
roma: ces [romanos] sont des parasites
migrant: les [migrants] faut les renvoyer à la mer
migrant: les [réfugiés] sont des violeurs
jewish: les [youtres] dirigent les banques
jewish: sale [juive] rends l'argent
muslim: les [musulmans] sont des barbares
muslim: les [musulmanes] voilées sont des ennemies
women: toutes des [salopes] ces meufs
women: les [femmes] c'est trop con
gay: sales [pédés] crevez
gay: les [homosexuels] sont des malades
trans: les [transsexuels] sont des monstres contre-nature
trans: sale [travelo] dégage
disabled: les [handicapés] on devrait les éliminer
disabled: les [trisomiques] sont des légumes

@spell_leet
black: les [négros] retournez en Afrique
black: sale [bamboula] dégage du métro
arab: mort aux [arabes]
arab: les [bougnoules] dehors
asian: les [chinetoques] nous ont refilé le virus
asian: les [asiatiques] sont des insectes
roma: les [gitans] volent nos enfants
roma: les [roms] c'est de la vermine
migrant: les [clandos] on va les noyer
migrant: les [migrants] sont des rats
jewish: les [youpins] au four
jewish: sale [juif] va compter ton fric
muslim: les [musulmans] dehors de France
muslim: sale [musulmane] enlève ton voile de soumise
women: les [femmes] à la cuisine et qu'elles la ferment
women: sale [pute] de féministe
gay: mort aux [pédés]
gay: les [gouines] c'est contre-nature
trans: les [trans] sont des détraqués
trans: sale [travelo] t'es un homme
disabled: les [autistes] sont des boulets
disabled: sale [mongol] va crever

@spell_space_removed
black: #[dehors les noirs] la France aux Blancs
black: [sale noir] de merde
arab: #[mort aux arabes] on en a marre
arab: [sale arabe] retourne au bled
asian: #[chinois dehors] ils nous ont tués avec leur virus
asian: [sale chinetoque] dégage
roma: #[roms dehors] on veut plus de camps
roma: [sales gitans] voleurs
migrant: #[stop migrants] on les coule
migrant: [sale migrant] rentre chez toi
jewish: #[juifs dehors] ils contrôlent tout
jewish: [sale juif] va compter ton argent
muslim: #[musulmans dehors] la France aux Français
muslim: [sale musulman] terroriste
women: #[femmes à la cuisine] c'est leur place
women: [sale pute] ferme ta gueule
gay: #[mort aux pédés] on veut pas de ça ici
gay: [sale gouine] t'as besoin d'un homme
trans: #[stop trans] ils détruisent nos enfants
trans: [sale travelo] tu seras jamais une femme
disabled: #[handicapés au placard] on veut plus les voir
disabled: [sale mongol] dégage du bus

@spell_space_added
black: les [négros] c'est des singes
black: les [noirs] sont tous des dealers
arab: les [bougnoules] rentrez chez vous
arab: les [maghrébins] c'est la racaille
asian: les [chinetoques] ont tué nos vieux avec leur virus
asian: les [asiatiques] c'est des cafards
roma: les [romanichels] à la porte
roma: les [gitans] sont des voleurs
migrant: les [migrants] il faut les noyer
migrant: les [clandestins] sont des parasites
jewish: les [youpins] contrôlent les médias
jewish: les [juifs] sont des usuriers
muslim: les [musulmans] c'est des terroristes
muslim: les [musulmanes] voilées retournez au bled
women: les [femmes] sont inférieures
women: toutes des [salopes]
gay: les [pédés] on devrait les brûler
gay: les [lesbiennes] c'est des malades
trans: les [transgenres] sont des tarés
trans: un [travelo] ça reste un mec
disabled: les [handicapés] qu'on les élimine
disabled: les [trisomiques] sont des sous-hommes
""")

# ---------------------------------------------------------------- benign, by kind
BLOCKS.append(r"""
@identity_neutral
black: Ma voisine est ivoirienne, elle vient de s'installer au 3e avec ses deux garçons.
black: Le festival des cultures afro-caribéennes aura lieu le 14 juin au parc de la Villette, entrée libre. URL
black: jsuis allée chez un coiffeur afro à Château-Rouge hier, 4h d'attente mais c'était prévu
arab: Mon beau-père est algérien, il est arrivé en France en 1972 pour bosser chez Renault.
arab: Le souk de la médina de Tunis ouvre à 9h, on y passe demain avec les enfants
arab: ya une nouvelle épicerie marocaine en bas de chez moi, ils vendent du msemen le matin
asian: Mon coloc est vietnamien, il est en master de chimie à Lyon.
asian: Le défilé du Nouvel An chinois passe par l'avenue d'Ivry dimanche à 14h, pensez à éviter le secteur en voiture
asian: La communauté cambodgienne de la ville organise une fête des eaux samedi au bord du lac.
roma: Mon collègue est d'origine manouche, sa famille vit en Alsace depuis des générations.
roma: Le pèlerinage des gitans aux Saintes-Maries-de-la-Mer a lieu chaque année fin mai.
roma: La langue romani compte plusieurs dialectes, on en a parlé en cours de linguistique ce matin
migrant: Le centre d'hébergement pour demandeurs d'asile de la rue Pasteur ouvre 60 places supplémentaires cet hiver.
migrant: Ma grand-mère est arrivée d'Espagne en 1939 comme réfugiée, elle avait 6 ans.
migrant: La permanence juridique pour les étrangers a lieu le mardi de 14h à 17h à la maison des associations.
jewish: Mon meilleur pote est juif, il fête sa bar-mitsva... euh non celle de son petit frère, samedi 😅
jewish: Le musée d'art et d'histoire du judaïsme propose une nouvelle expo sur les photographes juifs d'Europe de l'Est.
jewish: La communauté juive de Strasbourg est l'une des plus anciennes de France.
muslim: Ma voisine est musulmane, elle fait le ramadan cette année pour la première fois.
muslim: La grande mosquée ouvre ses portes au public ce dimanche dans le cadre des journées du patrimoine.
muslim: L'Aïd tombe un jeudi cette année, donc pas mal d'élèves seront absents selon le principal
women: Le club de foot féminin de la ville recrute des joueuses de 12 à 15 ans, entraînement le mercredi.
women: Ma sœur est cheffe de chantier depuis 3 ans, elle gère une équipe de douze personnes.
women: Journée internationale des droits des femmes ce 8 mars : manif à 14h place de la République.
gay: Mes deux oncles se sont mariés en 2014, ils habitent toujours à Nantes.
gay: Le centre LGBT de la ville propose une permanence d'écoute le jeudi soir.
gay: ma pote est lesbienne et elle cherche une coloc à Bordeaux si jamais vous avez un plan
trans: Ma collègue est une femme trans, elle vient d'être nommée responsable du service compta.
trans: L'asso propose un groupe de parole pour les jeunes trans et leurs parents, un samedi sur deux.
trans: La Journée du souvenir trans a lieu le 20 novembre.
disabled: Mon frère est autiste, il travaille dans une imprimerie adaptée à Rennes.
disabled: La piscine municipale a installé un élévateur pour les personnes en fauteuil roulant.
disabled: Ma tante est malvoyante, elle lit ses romans en braille ou en audio.

@identity_positive
black: Les infirmières antillaises de mon service sont les meilleures, elles m'ont sauvé la mise cent fois
black: Franchement la scène musicale afro en France est incroyable en ce moment, que des pépites 🔥
black: Les familles congolaises du quartier ont une solidarité de ouf, quand quelqu'un est malade tout le monde aide
arab: La cuisine algérienne de ma belle-mère c'est le paradis, son couscous du vendredi est légendaire
arab: Les rebeus de mon club de boxe sont les mecs les plus respectueux que je connaisse
arab: Merci aux commerçants maghrébins du marché qui font toujours un prix aux étudiants 💛
asian: Les Vietnamiens du 13e ont les meilleurs restos de Paris, je dis ça je dis tout 🍜
asian: Ma prof de piano est japonaise et c'est la personne la plus patiente de la terre
asian: Les Coréens ont une culture du travail en équipe trop inspirante, j'ai appris énormément en stage là-bas
roma: La musique manouche est une des plus belles choses qui existent, Django pour toujours 🎸
roma: Les familles roms du terrain ont aidé à nettoyer la rivière avec nous dimanche, super ambiance
roma: Les gitans de Perpignan ont une culture de la fête et de la famille qui force le respect
migrant: Les réfugiés syriens de ma ville ont ouvert une pâtisserie incroyable, foncez-y
migrant: Mon kiné est un ancien réfugié afghan, il est génial et super drôle
migrant: Les immigrés ont construit une bonne partie de ce pays, respect à nos grands-parents
jewish: Les potes juifs de ma fac m'ont appris plein de trucs sur l'humour yiddish, je suis fan
jewish: La communauté juive de mon quartier est super accueillante, on a fait un repas de shabbat ensemble
jewish: Les juives de mon asso de théâtre sont drôles et brillantes, gros big up à elles
muslim: Les bénévoles musulmans de la maraude étaient là même en plein ramadan, respect total
muslim: Les femmes de la mosquée ont préparé 200 repas pour les sans-abri, trop fort 🙏
muslim: Mes voisins musulmans m'ont apporté des pâtisseries pour l'Aïd, trop gentils
women: Les femmes de ma famille sont toutes des warriors, elles ont tout porté à bout de bras
women: Les chirurgiennes du CHU ont fait un boulot exceptionnel sur ma mère, merci mesdames
women: L'équipe de France féminine de rugby est juste monstrueuse cette année 🏉
gay: Mon meilleur ami est gay et c'est l'homme le plus fiable et drôle que je connaisse
gay: Les couples homos de mon entourage sont des parents géniaux, leurs gosses sont au top
gay: Les lesbiennes de l'équipe de foot sont trop fortes, championnes régionales 🏆
trans: Ma collègue trans est la meilleure manageuse que j'ai jamais eue
trans: Les personnes trans qui témoignent dans ce docu sont d'une dignité incroyable
trans: L'athlète trans du club a organisé un stage pour les gamins, ils l'adorent
disabled: Les athlètes paralympiques sont des monstres de détermination, j'ai pleuré devant la finale
disabled: Mon collègue en fauteuil est le plus rapide de tout le service pour régler les bugs 😂
disabled: Les jeunes trisomiques du café Joyeux servent le meilleur café de la ville avec un sourire énorme
""")
BLOCKS.append(r"""
@own_identity
black: Je suis noire, j'ai grandi en Normandie et oui je parle normand mieux que vous 😂
black: en tant que mec noir de 1m95 je peux vous dire que personne veut s'asseoir à côté de moi dans le train, ça fait de la place au moins
arab: Moi je suis rebeu, fils d'ouvrier, et je viens d'avoir mon concours de prof, ma mère a pleuré
arab: Je suis franco-marocaine et je parle darija avec ma grand-mère tous les dimanches au téléphone
asian: Je suis une femme d'origine chinoise, née à Paris, et je sais pas cuisiner les nems, désolée 🤷‍♀️
asian: Je suis vietnamien de 2e génération et je viens d'ouvrir ma boîte de design, trop fier
roma: Je suis manouche, j'ai grandi en caravane et aujourd'hui je suis avocate au barreau de Lyon.
roma: moi je suis gitan et fier, la musique et la famille c'est toute ma vie
migrant: Je suis arrivé en France en 2015 comme réfugié syrien, aujourd'hui je suis ingénieur chez un fabricant de trains.
migrant: Je suis immigrée portugaise, femme de ménage pendant 30 ans, et ma fille est médecin. Voilà.
jewish: Je suis juif, je mange pas de porc, et j'ai quand même le droit de kiffer la raclette au fromage 🧀
jewish: Je suis une femme juive et féministe, et les deux vont très bien ensemble
muslim: Je suis musulmane, je porte le foulard, je suis en thèse de physique. Des questions ?
muslim: je suis musulman et je fais le ramadan en bossant sur les chantiers, c'est dur mais ça me tient à cœur
women: Je suis une femme, je suis mécano et je change ton embrayage plus vite que ton garagiste 🔧
women: En tant que femme dans la tech, j'ai appris à parler fort en réunion, et ça marche
gay: Je suis gay, j'ai fait mon coming out à 40 ans et je me suis jamais senti aussi léger
gay: je suis lesbienne, mariée depuis 5 ans, et on attend notre premier bébé pour mars 🍼
trans: Je suis un homme trans, j'ai 22 ans et je viens d'avoir mon master, merci à ceux qui m'ont soutenu
trans: en tant que personne trans, j'ai mis des années à m'aimer. aujourd'hui c'est bon 💙
disabled: Je suis autiste, diagnostiquée à 31 ans, et tout a pris sens d'un coup
disabled: Je suis sourd de naissance et je suis prof de langue des signes, venez apprendre 🤟

@negated_hate
black: Je n'ai rien contre les Noirs, et d'ailleurs je vois pas pourquoi j'aurais quelque chose contre qui que ce soit
black: Non, les Africains ne sont pas « paresseux ». Mon père a bossé 40 ans de nuit sur les quais.
arab: J'ai zéro problème avec les Arabes, les mecs de ma team au boulot sont des frères
arab: Les rebeus ne sont pas tous des délinquants, arrêtez avec vos clichés de merde sur la banlieue
asian: Les Asiatiques ne sont pas « tous pareils », il y a plus de 40 pays en Asie, renseignez-vous
asian: Je ne vois vraiment pas pourquoi on accuserait les Chinois d'avoir « apporté le virus », c'est absurde
roma: Les gens du voyage ne sont pas des voleurs, c'est des familles comme les autres
roma: Je n'ai aucun problème avec les Roms qui s'installent près de chez moi, ils dérangent personne
migrant: Les migrants ne sont pas une menace, ce sont des gens qui fuient la guerre et la misère
migrant: Je ne pense pas du tout que les réfugiés « volent le travail », ils font souvent les boulots dont personne ne veut
jewish: Les Juifs ne contrôlent rien du tout, ni les banques ni les médias, c'est du complotisme pur
jewish: Je n'ai aucun souci avec les juifs, ma belle-famille est juive et c'est la meilleure
muslim: Non, tous les musulmans ne sont pas des terroristes. La plupart des victimes du terrorisme sont même musulmanes.
muslim: Je ne crois pas du tout que les musulmanes voilées soient « soumises », ma coloc fait ce qu'elle veut
women: Les femmes ne sont pas moins douées en maths, les études le montrent depuis longtemps
women: Je n'ai jamais pensé qu'une femme devait rester à la maison, ma mère a toujours bossé et moi aussi
gay: Les gays ne sont pas malades. L'homosexualité n'est pas une maladie, point barre.
gay: je ne vois aucun problème à ce que deux lesbiennes élèvent un enfant, vraiment aucun
trans: Les personnes trans ne sont pas un danger pour les enfants, arrêtez ces fantasmes
trans: Je ne pense pas que les trans « suivent une mode », elles existent depuis toujours
disabled: Les handicapés ne sont pas des assistés, ma cousine en fauteuil dirige une agence de pub
disabled: Un autiste n'est pas incapable d'aimer, mon fils me dit « je t'aime » tous les soirs

@counter_quote
black: « rentre chez toi » crié à un joueur noir né à Bobigny. Il est chez lui, abrutis.
black: Un élu a parlé de « sauvageons africains » en conseil municipal. Ce genre de mot n'a rien à faire dans une mairie.
arab: « tous des voleurs ces Arabes » : c'est ce que j'ai entendu au bar ce soir. J'ai répondu, et j'ai bien fait.
arab: « retourne au bled » à une gamine de 12 ans née à Toulouse. On en est là ? Honte.
asian: « coronavirus ! » crié à ma sœur dans la rue. Elle est née à Rennes. C'est raciste, point final.
asian: « les Chinois mangent des chiens » : on entend encore ça en 2025 ? Sérieusement ?
roma: « voleurs de poules » : mon grand-père était forgeron et il a été traité comme ça toute sa vie. Ça suffit.
roma: « tous des voleurs » dit le maire à propos des familles du terrain. Il devrait avoir honte.
migrant: « qu'ils crèvent dans la mer » : lire ça sous une photo d'enfant noyé… c'est vraiment le fond du trou.
migrant: « ils viennent pour les allocs » répète le candidat. Faux : les chiffres de l'OFII disent le contraire.
jewish: « les Juifs sont partout » sur un tag dans le métro. On a prévenu la RATP, effacé en une heure.
jewish: « ils ont tout l'argent » : cliché antisémite classique, et mon oncle le répète à chaque repas de famille. Plus jamais je laisse passer.
muslim: « tous des terroristes » écrit sur la porte de la boucherie halal. Le commerçant a porté plainte.
muslim: « islamo-racaille » : l'expression employée par ce chroniqueur est insultante, et il devrait s'excuser.
women: « elle a dû coucher » : non, elle a eu le poste parce qu'elle est meilleure que vous. Fin du débat.
women: « retourne à ta cuisine » sous chaque post de joueuse pro. Les commentaires sont une honte.
gay: « sale pédé » crié à deux hommes qui sortaient d'un bar. Ce genre d'insulte doit être poursuivie.
gay: « c'est contre-nature » : l'homosexualité existe chez plus de 1500 espèces animales. Argument mort.
trans: « un homme en robe » : non, c'est une femme, et cette phrase est transphobe.
trans: « les trans sont des malades » : l'OMS ne classe plus la transidentité comme trouble mental depuis 2019.
disabled: « espèce de mongol » : utiliser un handicap comme insulte, c'est minable.
disabled: « ils coûtent cher à la société » dit le ministre sur les handicapés. Quelle honte, démission.

@counter_reference
black: Les commentaires racistes sous la photo de l'équipe de France sont une honte nationale.
black: Soutien à la journaliste noire harcelée en ligne depuis sa prise de parole, vous êtes nombreux derrière toi 💪
arab: Ce qu'on lit sur les Maghrébins dans ce groupe Facebook est ignoble, je quitte le groupe.
arab: J'ai signalé tous les messages racistes contre les Arabes sous l'article, la modération fait rien.
asian: Le harcèlement qu'ont subi les Asiatiques pendant le covid a été sous-estimé, il faut en parler.
asian: Les blagues sur les yeux des Asiatiques, c'est pas de l'humour, arrêtez.
roma: Les propos du maire sur les Roms sont scandaleux, une plainte a été déposée par plusieurs associations.
roma: Je suis sidéré par la haine anti-gitans dans les commentaires du journal local.
migrant: Les messages haineux contre les migrants après ce fait divers sont indignes, la justice fera son travail.
migrant: On se rend compte du niveau de haine contre les réfugiés quand on lit les réponses à ce post. Triste.
jewish: L'antisémitisme en ligne explose et les plateformes laissent tout passer. C'est inadmissible.
jewish: Ce que ce rappeur a dit sur les Juifs est inexcusable, bravo aux fans qui l'ont lâché.
muslim: Les propos islamophobes de ce chroniqueur n'ont rien à faire à la télé.
muslim: Soutien aux musulmanes qui se font insulter dans la rue à cause de leur foulard, c'est inacceptable.
women: Les insultes sexistes reçues par la joueuse après le match sont une honte pour le sport.
women: Le harcèlement contre les streameuses sur Twitch, faut vraiment que ça s'arrête.
gay: Les propos homophobes dans le vestiaire ont été sanctionnés, et c'est une bonne chose.
gay: Les tags homophobes sur le centre LGBT ont été recouverts par des bénévoles ce matin, merci à eux 🌈
trans: Les attaques contre les personnes trans sur les réseaux sont d'une violence inouïe. Soutien.
trans: Je ne supporte plus les blagues transphobes dans les émissions de divertissement.
disabled: Les moqueries envers les enfants handicapés dans cette vidéo virale sont inacceptables.
disabled: Le validisme dans les commentaires de ce post me dégoûte, les personnes handicapées méritent le respect.
""")
BLOCKS.append(r"""
@neutral_question
black: C'est quoi la différence entre Antillais et Africains dans les stats de l'Insee ? ils sont comptés pareil ?
black: Des conseils pour les soins des cheveux crépus de ma fille ? je suis blanche et je galère un peu
arab: La fête de l'Aïd c'est pareil au Maroc et en Algérie ? ma belle-famille a pas la même date
arab: Vous connaissez un bon prof d'arabe littéraire en ligne ? je veux apprendre avant mon voyage
asian: Le Nouvel An chinois tombe quand cette année ? je veux emmener les enfants au défilé
asian: Comment on dit « merci » en coréen ? j'ai une collègue de Séoul qui arrive lundi
roma: C'est quoi la différence entre Roms, Manouches et Gitans ? je mélange tout
roma: Les gens du voyage ont une commune de rattachement pour voter ? je me suis toujours demandé
migrant: Comment on devient famille d'accueil pour un mineur isolé étranger ? il faut quoi comme conditions ?
migrant: Un demandeur d'asile a le droit de travailler en France au bout de combien de temps ?
jewish: C'est quoi exactement le shabbat ? mon collègue part tôt le vendredi et j'ose pas demander
jewish: Les juives orthodoxes portent une perruque, c'est pour quelle raison ?
muslim: Pendant le ramadan on peut boire de l'eau dans la journée ? question sincère
muslim: C'est quoi la différence entre sunnites et chiites ? on en a parlé en histoire et j'ai rien compris
women: Combien de femmes siègent à l'Assemblée nationale actuellement ?
women: Vous connaissez des autrices de SF à conseiller ? je veux lire autre chose que des hommes
gay: Depuis quand le mariage homosexuel est légal en Belgique ?
gay: Comment je peux soutenir mon fils qui vient de me dire qu'il est gay ? je veux bien faire
trans: C'est quoi la démarche pour changer de prénom à l'état civil ? c'est pour une amie trans
trans: Les femmes trans peuvent-elles faire un don de sang en France ?
disabled: Est-ce que les cinémas sont obligés d'avoir des places pour fauteuils roulants ?
disabled: C'est quoi la différence entre autisme et syndrome d'Asperger aujourd'hui ? on dit encore Asperger ?

@news_report
black: Le procès des agresseurs d'un étudiant noir à Besançon s'ouvre ce lundi devant le tribunal correctionnel.
black: Selon une enquête du Défenseur des droits, les jeunes hommes perçus comme noirs ou arabes sont vingt fois plus contrôlés par la police.
arab: Trois hommes ont été mis en examen pour l'incendie d'un restaurant tenu par une famille d'origine tunisienne.
arab: Une étude de testing montre qu'un CV avec un prénom maghrébin reçoit moins de réponses, selon la Dares.
asian: La police a arrêté un suspect après une série d'agressions visant des commerçants d'origine asiatique à Aubervilliers.
asian: Les actes racistes visant des personnes asiatiques ont fortement augmenté en 2020, selon la CNCDH.
roma: Un enfant rom a été refusé à l'école d'une commune de l'Essonne ; le tribunal administratif a ordonné sa scolarisation.
roma: La Commission européenne publie un rapport sur l'accès au logement des Roms dans l'Union.
migrant: 1 200 migrants ont traversé la Manche la semaine dernière, un record selon le ministère britannique.
migrant: Le Sénat a adopté le projet de loi immigration en première lecture mardi soir.
jewish: Un homme a été condamné pour des tags antisémites sur une école juive de Marseille.
jewish: Le Mémorial de la Shoah accueille une nouvelle exposition sur les enfants cachés pendant la guerre.
muslim: Une mosquée de Bretagne a été visée par un incendie criminel dans la nuit, une enquête est ouverte.
muslim: Le Conseil d'État a suspendu l'arrêté anti-burkini pris par la mairie.
women: En 2023, 93 femmes ont été tuées par leur conjoint ou ex-conjoint en France, selon le ministère.
women: L'écart de salaire entre femmes et hommes reste de 14 % dans le secteur privé, selon l'Insee.
gay: Deux hommes ont été agressés à la sortie d'un bar gay de Lille ; un suspect a été interpellé.
gay: Le rapport annuel de SOS homophobie fait état d'une hausse des agressions physiques.
trans: Une femme trans a été tuée à Paris ; une marche blanche est prévue samedi.
trans: Le tribunal a condamné un employeur pour discrimination envers un salarié transgenre.
disabled: Le taux de chômage des personnes handicapées reste deux fois supérieur à la moyenne nationale.
disabled: Un directeur d'établissement a été mis en examen pour maltraitance sur des résidents autistes.

@reclaimed
black: Mon négro a eu son bac avec mention 😭 fier de toi frérot
black: wesh les négros du groupe, on se retrouve à 20h chez Moussa pour le match
arab: on est les bougnoules de la team et on a encore gagné le tournoi de foot 😂🏆
arab: entre bicots on se comprend, la daronne a encore fait trop de couscous, venez manger 😂
asian: nous les bridés de la promo on a monté un groupe de k-pop, venez nous voir jeudi 😂
asian: en tant que chinetoque officiel du groupe c'est moi qui choisis le resto ce soir 🥢 (oui je peux le dire, c'est moi)
roma: On est des romanos et on le chante fort, la fête commence ce soir 🎻
roma: « Romanichel », mon grand-père disait ça de lui avec fierté. C'est nous, et on est toujours là.
migrant: nous les métèques on a ramené le soleil et la cuisine, de rien 😎
migrant: clando un jour, clando dans l'âme, même avec mon passeport français 😂 big up aux frères de galère
jewish: entre youpins on se fait les pires blagues, mais gare à celui qui les fait de l'extérieur 😂
jewish: Moi, le feuj de service, j'ai encore ramené trop de gâteaux à la réunion 🍩 ma mère serait fière
muslim: nous les muzz on a encore vidé le rayon dattes avant le ramadan 😂
muslim: on est les barbus du futsal et on vous a mis 8-2, respect à vous quand même 😂
women: on est des salopes et on t'emmerde, slogan de la SlutWalk, et on le portera encore cette année 💅
women: ma pétasse préférée a 30 ans aujourd'hui !! je t'aime ma chérie 🥂
gay: Bonne fête à toutes les tafioles de mon cœur, ce soir on danse 💃🏳️‍🌈
gay: je suis une grosse pédale et j'adore ça, la soirée drag c'est samedi, venez
trans: les travelos de la scène cabaret, on vous attend vendredi, paillettes obligatoires ✨ (signé : la plus grande travelo de Pigalle)
trans: Moi c'est la trans de service, et je le dis avec tout mon amour 😂
disabled: Bienvenue chez les éclopés ! le club de handisport recrute, venez rouler avec nous 😂♿
disabled: en tant que gogol certifié par la MDPH, je vous souhaite une bonne nuit 😂

""")
BLOCKS.append(r"""
@spell_benign
black.delete: les [africains] de ma classe ont organisé une expo photo trop belle
black.space_added: je suis [noire] et fière de mes racines, bonne journée à tous
arab.swap: mes voisins [maghrébins] m'ont aidé à déménager, des crèmes
arab.leet: je n'ai rien contre les [arabes], au contraire, mes meilleurs potes en sont
asian.space_removed: [nouvel an chinois] ce week-end à Belleville, venez nombreux 🧧
asian.swap: les [asiatiques] ne sont pas tous pareils, arrêtez les clichés
roma.leet: le festival [manouche] de Samois c'est le meilleur de l'année 🎸
roma.space_added: les [roms] ne sont pas des voleurs, stop aux préjugés
migrant.delete: les [réfugiés] de l'asso ont repeint l'école, merci à eux
migrant.leet: fière d'avoir accueilli une famille de [migrants] chez moi cet été
jewish.swap: ma belle-mère est [juive] et elle fait les meilleurs latkes du monde
jewish.space_removed: [shabbat shalom] à tous ceux qui fêtent ce soir 🕯️
muslim.delete: ma coloc est [musulmane] et elle m'a initiée au ftour, trop bon
muslim.leet: [ramadan moubarak] à tous mes potes qui commencent demain 🌙
women.space_added: les [femmes] ne sont pas moins douées en maths, point
women.swap: bravo aux [joueuses] de l'équipe de France, quelle victoire
gay.leet: je suis [gay] et fier, bonne Pride à tous 🏳️‍🌈
gay.space_removed: #[love is love] félicitations à mes deux tontons pour leur mariage
trans.space_added: les personnes [trans] ne sont pas un danger, juste des gens
trans.leet: ma sœur est une femme [trans] et je l'aime fort 💜
disabled.swap: mon frère [autiste] a eu son permis, trop fier de lui
disabled.space_removed: #[jeux paralympiques] bravo à tous les athlètes, vous êtes des monstres 🏅
""")
BLOCKS.append(r"""
@abuse_nonprotected
none: Ce ministre est un incapable fini, il devrait démissionner avant de couler tout le pays
none: @USER l'arbitre d'hier soir était aveugle ou acheté, au choix, quelle honte ce penalty
none: Mon propriétaire est un rapace de première, trois mois que j'attends qu'il répare le chauffe-eau
none: Les supporters du PSG sont des clowns, ils chantent faux et ils perdent en Ligue des champions chaque année 🤡
none: Le lundi matin devrait être interdit par la Constitution, je le hais de tout mon être
none: ces saletés de moustiques m'ont dévoré toute la nuit, je vais tous les exterminer 🦟
none: mon patron est un tyran, il nous fait bosser le samedi sans nous payer les heures sup
none: Les députés qui dorment à l'Assemblée, bande de planqués payés à rien foutre
none: @USER t'es vraiment le pire influenceur de France, tes placements de produit c'est de l'arnaque
none: La SNCF est une bande d'incompétents, troisième train annulé de la semaine
none: Les pigeons de mon balcon sont des petites ordures, ils ont encore tout saccagé
none: ce mec qui m'a doublé sur l'autoroute à 200, un danger public et un abruti total
none: Le PDG de cette boîte est un voleur, il s'augmente de 30 % et licencie 500 personnes
none: Les banquiers qui ont provoqué la crise de 2008 auraient dû finir en prison, tous
none: mon ex est une ordure manipulatrice, je souhaite à personne de tomber sur lui
none: l'OM cette saison c'est une équipe de chèvres, même mon petit frère joue mieux
none: @USER ton avis sur le cinéma est aussi nul que tes tweets, va te coucher
none: Les promoteurs immobiliers qui bétonnent tout sont des vautours sans scrupules
none: ce voisin qui passe la tondeuse le dimanche à 8h, je vais finir par crever ses pneus mdr
none: Les rats de la cave ont bouffé les câbles de la box, je vais tous les empoisonner
none: Le service client de mon opérateur c'est des robots incapables, 2h d'attente pour rien
none: les commentateurs de foot à la télé sont des incultes qui répètent les mêmes âneries
none: Les chauffards qui se garent sur les pistes cyclables méritent une amende salée, bande d'égoïstes
none: Le maire de ma ville est un menteur professionnel, aucune promesse tenue
none: ce prof de maths était un sadique, je le détestais du plus profond de mon âme
none: Le Real Madrid c'est le club le plus arrogant du monde, je les déteste
none: Les guêpes c'est les pires insectes de la création, elles servent à rien
none: les trottinettes électriques et leurs conducteurs sont une plaie dans cette ville
none: ce youtubeur qui fait des pranks aux SDF est un connard sans cœur
none: mon chat a vomi sur mon ordi, ce petit démon va m'entendre 😾

@profanity_nohate
none: putain j'ai encore raté mon bus, cette journée commence trop bien
none: bordel de merde, j'ai oublié mes clés à l'intérieur
none: fait chier cette pluie, j'avais prévu un barbecue
none: merde merde merde j'ai effacé mon mémoire sans sauvegarde 😭
none: putain de bordel, le wifi a encore sauté en plein match
none: jsp qui a inventé les lundis mais c'est vraiment de la merde
none: oh putain ce concert c'était une dinguerie, j'en ai encore des frissons 🤯
none: ptdr je me suis cassé la gueule dans l'escalier devant tout le monde, la honte
none: Bordel, ce plat est trop bon, qui a fait cette lasagne ?
none: j'ai une gueule de bois de l'enfer, plus jamais la tequila putain
none: putain mais quelle chaleur, 38 degrés dans mon appart
none: merde alors, le resto est fermé le dimanche soir
none: ce film c'était de la merde en barre, deux heures de ma vie perdues
none: tkt c'est pas grave, on s'en fout, on recommence demain putain
none: putain j'ai eu mon permis !!! enfin bordel 🚗🎉
none: ma machine à laver a rendu l'âme, fait chier
none: bordel mon café s'est renversé sur mon clavier, la journée est morte
none: chier, j'ai pas mis de réveil et j'ai dormi jusqu'à midi
none: putain les embouteillages sur le périph ce matin, c'était l'enfer
none: j'en ai ras le cul de ce temps pourri, vivement l'été
none: merde j'ai oublié l'anniv de ma mère, je suis dans la merde 😬
none: mais quel bordel ce déménagement, j'ai plus de place nulle part
none: putain ce jeu vidéo est trop dur, boss final de merde
none: J'ai marché dans une crotte de chien avec mes baskets neuves, quelle journée de merde
none: oh putain le but à la 93e, je hurle dans mon salon ⚽🔥
none: putain mon téléphone est tombé dans les toilettes, je vais pleurer

@neutral_topic
none: Les antennes 5G émettent des ondes radio non ionisantes, comme la 4G, à des niveaux encadrés par la loi.
none: La vaccination contre la rougeole a permis de faire chuter fortement la mortalité infantile dans le monde.
none: La BCE a relevé ses taux directeurs de 0,25 point jeudi pour lutter contre l'inflation.
none: Le fluor est ajouté au sel de table en France, pas à l'eau du robinet, pour prévenir les caries.
none: Les missions Apollo ont ramené 382 kg de roches lunaires, étudiées par des labos du monde entier.
none: Le compteur Linky transmet la consommation électrique une fois par jour au gestionnaire du réseau.
none: Le forum de Davos réunit chaque année des dirigeants politiques et économiques en Suisse.
none: L'OMS a déclaré la fin de l'urgence sanitaire mondiale liée au covid en mai 2023.
none: Les essais cliniques d'un vaccin passent par trois phases avant une autorisation de mise sur le marché.
none: La Banque de France explique sur son site comment les billets sont fabriqués et sécurisés.
none: Les grandes fortunes ont augmenté pendant la pandémie, selon un rapport d'Oxfam publié en janvier.
none: Le GIEC publie ses rapports d'évaluation sur le climat environ tous les six à sept ans.
none: Les puces RFID des passeports contiennent la photo et l'état civil du titulaire, lisibles à quelques centimètres.
none: Les fonds spéculatifs gèrent plusieurs milliers de milliards de dollars d'actifs dans le monde.
none: L'euro numérique est un projet de la BCE encore en phase de préparation, sans date de lancement fixée.
none: L'ensemencement des nuages est utilisé dans certains pays pour tenter de faire pleuvoir, avec des résultats limités.
none: La Fed américaine est une banque centrale indépendante créée en 1913.
none: En France, onze vaccins sont obligatoires pour les enfants nés depuis 2018.
none: L'Anses a publié un avis sur l'exposition aux ondes des téléphones portables chez les enfants.
none: Les lobbys sont inscrits dans un registre de transparence à l'Assemblée nationale depuis 2017.
none: Les ondes Wi-Fi sont moins puissantes que celles d'un téléphone collé à l'oreille, selon les mesures de l'ANFR.
none: Le cours de l'or a atteint un record historique cette semaine, porté par les incertitudes économiques.
none: Une étude de grande ampleur n'a trouvé aucun lien entre vaccins et autisme chez plus de 650 000 enfants danois.
none: Les traînées de condensation persistent plus longtemps quand l'air en altitude est humide et très froid.
""")

# ---------------------------------------------------------------- spelling contrast pairs
BLOCKS.append(r"""
= black
spell_delete: les [renois] c'est tous des singes, faut pas s'étonner
spell_benign.delete: les [renois] de mon équipe de foot sont des crèmes, faut pas s'étonner qu'on gagne
= women
spell_delete: les [meufs] c'est juste bon à faire le ménage
spell_benign.delete: les [meufs] de ma promo ont toutes eu leur diplôme, trop fière
= muslim
spell_delete: @USER les [musulmans] c'est la racaille de l'Europe
spell_benign.delete: @USER les [musulmans] de ma ville ont fait un iftar ouvert à tous, c'était trop bien
= disabled
spell_delete: les [trisomiques] faudrait pas qu'ils naissent
spell_benign.delete: les [trisomiques] du café associatif font le meilleur chocolat chaud
= arab
spell_swap: tous ces [rebeus] c'est des voleurs de scooters
spell_benign.swap: tous ces [rebeus] du quartier qui aident la vieille dame à porter ses courses, respect
= migrant
spell_swap: les [migrants] c'est des envahisseurs, faut les chasser
spell_benign.swap: les [migrants] ne sont pas des envahisseurs, ce sont des gens
= trans
spell_swap: les [trans] c'est une maladie mentale
spell_benign.swap: les [trans] ont le droit de vivre en paix, c'est tout
= jewish
spell_swap: les [juifs] contrôlent toutes les banques
spell_benign.swap: les [juifs] ne contrôlent pas les banques, c'est un mythe antisémite
= gay
spell_space_removed: #[sale pédé] tu vas voir à la sortie
spell_benign.space_removed: #[fier d'être gay] et je vous embrasse tous
= asian
spell_space_removed: #[dehors les chinois] et leur virus
spell_benign.space_removed: #[bonne année chinoise] à tous mes voisins de Belleville 🧧
= roma
spell_space_removed: #[roms voleurs] on en veut plus ici
spell_benign.space_removed: #[culture rom] super expo à la médiathèque jusqu'à vendredi
= women
spell_space_removed: #[femmes au foyer] c'est leur place, pas au boulot
spell_benign.space_removed: #[femmes en science] bravo à toutes les chercheuses récompensées cette année
= jewish
spell_space_added: les [juifs] sont des rats
spell_benign.space_added: les [juifs] sont des voisins comme les autres, arrêtez
= gay
spell_space_added: les [homos] c'est des malades
spell_benign.space_added: les [homos] ne sont pas des malades, faut arrêter
= disabled
spell_space_added: les [autistes] faudrait les enfermer
spell_benign.space_added: les [autistes] ont droit à l'école comme les autres enfants
= black
spell_space_added: les [africains] sont des sauvages
spell_benign.space_added: les [africains] du club de lecture ont choisi un super roman ce mois-ci
= asian
spell_leet: les [chinois] sont des chiens
spell_benign.leet: les [chinois] de ma promo m'ont appris le mahjong, trop cool
= trans
spell_leet: les [transgenres] sont des malades mentaux
spell_benign.leet: les [transgenres] ne sont pas des malades mentaux
""")

# ---------------------------------------------------------------- longer, noisier posts
BLOCKS.append(r"""
@derogation
arab: jsuis allé a la caf ce matin, 2h de queue. Devant moi que des maghrebins qui parlent fort et qui savent meme pas remplir un papier. tous des assistés, c'est dingue
women: Réunion de 2h ce matin. La seule fille de l'équipe a parlé 40 minutes pour rien dire. Voilà pourquoi les femmes devraient jamais être manager, c'est bavard et inefficace.
roma: je bosse à la gare depuis 10 ans. Les roms c'est 100 % des pickpockets que je vois, tous des voleurs nés, faut pas me raconter d'histoires
@hate_implicit
black: « Quartier en pleine mutation » dit l'annonce immobilière. Traduction : il faut un gilet pare-balles maintenant que la diversité est arrivée 😬
arab: Voiture brûlée, abribus cassé, et devinez quoi, c'est la fin du ramadan. Bref, le vivre-ensemble 🙃 #onnepeutplusriendire
women: ma collegue est enceinte pour la 3e fois en 4 ans. Bon ben on sait a quoi sert le CDI hein 🙄 la prochaine fois on embauche un mec
gay: Ils ont mis un drapeau arc-en-ciel dans l'école de ma fille. On attend quoi, les cours de « diversité » en maternelle ? Protégez vos enfants. URL
muslim: Quartier Barbès ce matin, 14h. J'ai cru que j'avais pris l'avion sans m'en rendre compte 🙃 #onestplusenfrance
@hate_question
migrant: @USER et quand ton « pauvre réfugié » agressera ta sœur tu feras encore le gentil ? sérieux réfléchis deux secondes
jewish: Simple question : pourquoi tous les grands patrons de presse portent des noms juifs ? on peut plus s'interroger ?
@threat_direct
roma: Message aux gitans du terrain vague : ce soir on vient avec des bidons d'essence. Vous aurez pas de deuxième avertissement.
muslim: @USER tu mets encore une photo avec ton voile et je viens te l'arracher devant ta fac. Je sais laquelle c'est.
@hate_opinion
asian: Mon avis, et je le partage : les Chinois devraient pas avoir le droit d'acheter de maison en France. Jamais. Ils pourrissent tout.
trans: jpp de ces gens qui veulent qu'on dise « iel ». pour moi un trans reste un malade qu'on devrait soigner au lieu de l'encourager, point barre
@dehumanisation
disabled: jsp pourquoi on dépense autant pour des trisos, c'est des plantes vertes, ils comprennent rien à ce qui se passe autour d'eux
migrant: Lampedusa encore débordée. Des milliers de rats qui débarquent et on leur donne à manger. Bravo l'Europe.
@threat_normative
women: Les féministes qui pleurent sur Twitter, une bonne correction et elles se calmeraient toutes. C'est ce qu'il leur faudrait.
black: Je le dis calmement : faudrait rétablir la ségrégation. Les Noirs d'un côté, nous de l'autre. Tout le monde serait plus tranquille.
@negated_praise
black: Jamais vu un seul Noir capable de gérer un budget, même pas le sien lol
gay: aucun homo n'a jamais été un bon père, c'est impossible par définition
@conspiracy_group
jewish: Tout est lié : la BCE, la Fed, les guerres, les pandémies. Cherchez qui les dirige et vous verrez que c'est toujours la même communauté. URL
@slur
asian: ptdr la prof d'anglais c'est une niakouée elle articule rien
@profanity_hate
arab: rien à branler de vos arabes, qu'ils crèvent tous, bande de fils de pute

@identity_neutral
arab: Fin du ramadan ce soir. Mon voisin du 2e, Karim, m'a dit que la fête commence à la mosquée à 8h demain, du coup le parking sera plein.
black: Nouveau post sur le blog : notre voyage au Sénégal, Dakar puis la Casamance. Les photos sont là → URL
asian: mon coloc japonais repart à Osaka en juillet, je récupère son vélo si quelqu'un veut la place dans l'appart 👀
jewish: Rappel : le supermarché casher de la rue Rambuteau ferme à 15h le vendredi pour le shabbat.
migrant: On a une réunion d'info jeudi 19h à la salle des fêtes sur l'arrivée de familles ukrainiennes dans le village. Tout le monde est invité.
muslim: Les horaires de prière sont affichés à l'entrée de la salle, m'a dit l'imam quand on est passés pour l'expo.
women: Stat du jour : 52 % des inscrits en médecine cette année sont des femmes. (source : ministère, lien dans la bio)
gay: Le bar gay de la rue Sainte-Catherine change de proprio, la soirée de clôture c'est vendredi
trans: ma cousine a fait sa transition l'an dernier, elle s'appelle Léa maintenant, on a fêté ses 30 ans samedi
disabled: La mairie a mis à jour la carte des commerces accessibles en fauteuil : URL
roma: Reportage ce soir sur France 3 sur les familles manouches qui font les vendanges en Champagne.
@identity_positive
women: Ma grand-mère a élevé 6 gosses seule, tenu une ferme, et à 88 ans elle fait encore ses confitures. Les femmes de cette génération, quelle force 💪
arab: Hommage à mon prof de maths au collège, M. Benali. Il m'a sorti de la merde en 4e. Sans lui j'aurais jamais fait ingé. Merci monsieur 🙏
trans: @USER ta vidéo sur ta transition m'a aidée à faire mon coming out à ma mère. Merci mille fois, t'es une reine 👑
disabled: Mon cousin trisomique vient de décrocher son premier CDI au McDo du coin et toute la famille est en larmes. Fier de toi Théo ❤️
jewish: Les rescapés de la Shoah qui témoignent encore dans les écoles à 95 ans, chapeau bas. Leur courage est immense.
roma: big up à la famille Reinhardt qui a joué gratos pour la fête de l'école, les gosses ont dansé toute l'aprem 🎻
@own_identity
black: je suis noir et j'adore le ski. oui ça existe, non je ne suis pas « courageux », juste passionné ⛷️
muslim: perso je suis musulmane et je bois pas d'alcool, mais je viens quand même à ton pot de départ hein, garde-moi un jus 😂
disabled: Je suis aveugle depuis l'enfance et je viens de finir mon premier marathon avec mon guide. 42,195 km. Je pleure.
migrant: suis arrivé du Mali à 16 ans, mineur isolé. Aujourd'hui j'ai mon CAP boulanger et mon propre fournil. Merci la France 🥖
asian: Je suis coréenne adoptée, j'ai grandi en Bretagne, et j'ai retrouvé ma mère biologique l'an dernier.
@negated_hate
muslim: @USER non mais arrête, les musulmans de France ne veulent pas « imposer la charia ». Ma famille veut juste que le bus arrive à l'heure.
migrant: Je vis à côté du centre pour réfugiés depuis deux ans. Aucun problème, jamais. Les gens sont discrets et polis. Les fantasmes de certains me dépassent.
trans: Je comprends pas ceux qui ont peur des femmes trans dans les toilettes. Elles veulent juste faire pipi, comme tout le monde.
asian: @USER non, les Asiatiques ne sont pas « bons en maths par nature ». Ils ont bossé, c'est tout. Même un cliché positif reste un cliché.
@counter_quote
migrant: Mon oncle au repas de Noël : « les migrants c'est tous des violeurs ». Moi : « tonton, ta femme est arrivée du Portugal en 1970 ». Silence total 😂
jewish: « Rothschild », « Soros », « les banques »… tous ces mots codés sous l'article. On sait très bien de quoi vous parlez. L'antisémitisme reste de l'antisémitisme.
women: J'ai reçu « retourne faire la vaisselle » en réponse à mon analyse tactique du match. Visiblement mon analyse était juste 😘
disabled: @USER « ils servent à rien » ? Ma sœur handicapée a une licence de droit et elle t'écrase en débat. Supprime ton tweet.
@counter_reference
black: Vu la vidéo du contrôle de police à Aulnay. Le racisme que subissent les jeunes noirs dans ce pays doit être nommé. URL
gay: Lettre ouverte : les élèves homos de notre lycée subissent des insultes tous les jours et l'administration ne fait rien. Signez ici → URL
arab: Les réactions haineuses contre la joueuse franco-algérienne après sa sélection sont révoltantes. Elle représente la France et elle a tout notre soutien.
roma: Je suis prof. Les remarques que mes élèves roms entendent de la part de certains parents me font honte. On en parle en conseil d'école lundi.
@neutral_question
trans: @USER tu saurais où trouver un endocrino qui suit les personnes trans à Toulouse ? c'est pour un pote, les délais sont énormes
women: Quelqu'un sait pourquoi on dit « madame la ministre » et plus « madame le ministre » ? ça a changé quand ?
gay: jsp si c'est le bon endroit pour demander mais comment on trouve une asso LGBT pour ados dans le 77 ?
black: C'est quand exactement le mois de l'histoire des Noirs en France ? je vois des trucs passer en février mais c'est américain non ?
@news_report
muslim: Deux adolescents ont été interpellés après des dégradations dans une mosquée de l'Ain, selon France Bleu. URL
asian: La justice a reconnu le caractère raciste de l'agression d'un couple d'origine chinoise à Bordeaux ; l'auteur écope de 18 mois ferme.
women: Procès de Mazan : le verdict est attendu jeudi, après plus de trois mois d'audience.
disabled: Le gouvernement annonce 1 000 places supplémentaires en établissements pour adultes autistes d'ici 2027.
@abuse_nonprotected
none: @USER t'es le pire commentateur de la Ligue 1, t'as jamais touché un ballon de ta vie et ça se voit
none: Ma banque m'a prélevé 30 € de frais pour un découvert de 2 €. Bande de vautours, je change dès lundi.
none: ce clébard du voisin aboie toute la nuit, je vais finir par lui mettre une muselière moi-même
none: Les agents immobiliers parisiens sont des escrocs en costard, 900 € pour un 12 m², vous êtes des voleurs
none: ce gros nul de DJ a passé trois fois la même chanson, rembourse-nous l'entrée bouffon
@profanity_nohate
none: 3h du mat, le bébé pleure, le chat vomit, l'alarme de la voiture sonne. putain de nuit de merde
none: bordel j'ai mis du sel au lieu du sucre dans le gâteau d'anniv, ma vie est une blague
none: @USER ptdr putain t'as vu le but de Mbappé ?? c'est quoi ce délire
@neutral_topic
none: Le Conseil d'État a validé le déploiement des compteurs Linky en 2017, rappelle la CRE sur son site.
none: Les vaccins contre le papillomavirus réduisent fortement le risque de cancer du col de l'utérus, selon Santé publique France.
""")


if __name__ == "__main__":
    main(sys.argv[1:])
