"""Second held-out evaluation set for the Vigie French functional suite.

Written from the taxonomy alone (kinds, labels, targets), without looking at the
training half or at the first evaluation half.  Standard library only; seeded,
so every run writes the same bytes.

    python3 models/suite/make_eval_second.py            # writes eval_second.csv
    python3 models/suite/make_eval_second.py --stats    # counts per kind, target, pairs
    python3 models/suite/make_eval_second.py --check    # format and coverage checks
"""

import argparse
import collections
import csv
import io
import random
import re
import sys
from pathlib import Path

SEED = 20261205
OUT = Path(__file__).with_name("eval_second.csv")
COLUMNS = ["id", "text", "label", "functionality", "target", "pair"]

TARGETS = ["black", "arab", "asian", "roma", "migrant", "jewish", "muslim",
           "women", "gay", "trans", "disabled"]

LABEL = {
    "derogation": 1, "dehumanisation": 1, "threat_direct": 1, "threat_normative": 1,
    "slur": 1, "profanity_hate": 1, "hate_question": 1, "hate_opinion": 1,
    "hate_implicit": 1, "negated_praise": 1, "conspiracy_group": 1,
    "conspiracy_nogroup": 1, "spell_swap": 1, "spell_delete": 1,
    "spell_space_removed": 1, "spell_space_added": 1, "spell_leet": 1,
    "negated_hate": 0, "counter_quote": 0, "counter_reference": 0, "news_report": 0,
    "identity_neutral": 0, "identity_positive": 0, "neutral_question": 0,
    "own_identity": 0, "reclaimed": 0, "profanity_nohate": 0,
    "abuse_nonprotected": 0, "neutral_topic": 0, "spell_benign": 0,
}
NO_GROUP_KINDS = {"conspiracy_nogroup", "abuse_nonprotected", "neutral_topic"}
MANY_FRAMES = {"hate_implicit", "abuse_nonprotected", "hate_question", "negated_hate",
               "identity_neutral", "identity_positive"}
SPELL_KINDS = ["spell_swap", "spell_delete", "spell_space_removed",
               "spell_space_added", "spell_leet"]
HOWS = [k[len("spell_"):] for k in SPELL_KINDS]

# Group names: (plural noun, singular noun, feminine?, "de" + plural with elision).
VARIANTS = {
    "black": [("Noirs", "Noir", False, "de Noirs"), ("Blacks", "Black", False, "de Blacks")],
    "arab": [("Arabes", "Arabe", False, "d'Arabes"),
             ("Maghrébins", "Maghrébin", False, "de Maghrébins")],
    "asian": [("Asiatiques", "Asiatique", False, "d'Asiatiques"),
              ("Chinois", "Chinois", False, "de Chinois")],
    "roma": [("Roms", "Rom", False, "de Roms"), ("Gitans", "Gitan", False, "de Gitans"),
             ("Tsiganes", "Tsigane", False, "de Tsiganes")],
    "migrant": [("migrants", "migrant", False, "de migrants"),
                ("réfugiés", "réfugié", False, "de réfugiés")],
    "jewish": [("Juifs", "Juif", False, "de Juifs")],
    "muslim": [("musulmans", "musulman", False, "de musulmans")],
    "women": [("femmes", "femme", True, "de femmes")],
    "gay": [("homos", "homo", False, "d'homos"), ("gays", "gay", False, "de gays"),
            ("lesbiennes", "lesbienne", True, "de lesbiennes")],
    "trans": [("personnes trans", "personne trans", True, "de personnes trans")],
    "disabled": [("handicapés", "handicapé", False, "de handicapés"),
                 ("personnes handicapées", "personne handicapée", True,
                  "de personnes handicapées")],
}

ORIGIN = ["black", "arab", "asian", "roma", "migrant", "jewish", "muslim"]
NOT_WOMEN = [t for t in TARGETS if t != "women"]

# Everyday sentences put around some rows, so that not every post is one bare line.
PREFIXES = [
    "Bon, journée de dingue au taf. ",
    "Je sors de chez le dentiste, j'ai encore la joue qui pique. ",
    "Café, croissant, et direct sur le fil 😅 ",
    "Retour de vacances, la pluie nous attendait évidemment. ",
    "Le match commence dans dix minutes, je fais vite. ",
    "Ma fille a perdu sa première dent ce matin 🦷 ",
]
SUFFIXES = [
    " Bref, bonne soirée à tous.",
    " Allez, je vais promener le chien.",
    " Sinon quelqu'un a une bonne série à conseiller ?",
    " Bon, je retourne à mes lasagnes 🍝",
    " Sur ce, dodo.",
    " Et il pleut encore, évidemment.",
]

# ---------------------------------------------------------------------------
# Templates.  Placeholders: {G} "les N", {Gc} "Les N", {N}, {Nc}, {des} "des N",
# {aux} "aux N", {de} "de N"/"d'N", {ces} "ces N", {sg} singular noun,
# {ils}/{Ils}/{eux} pronouns.  "[m|f]" picks by the group's grammatical gender.
# "<...>" marks the key word that the spelling kinds alter.
# A template is a string or (string, allowed targets).
# ---------------------------------------------------------------------------

T = {}

T["derogation"] = [
    "{Gc} sont [tous des <incapables>|toutes des <incapables>], point final.",
    "Franchement {G}, c'est la <lie> de la société.",
    "@USER t'as raison, {G} sont [sales, menteurs et voleurs|sales, menteuses et voleuses].",
    "Ce que j'ai appris en vivant à côté {des} : {ils} sont incapables de se tenir comme des gens normaux.",
    "Les pires collègues que j'ai eus ? Toujours {des}. [Nuls et fiers de l'être|Nulles et fières de l'être].",
    "{Gc}, c'est une <plaie> pour ce pays, faut arrêter de faire semblant.",
    "Moi je dis ce que tout le monde pense : {G} sont [des ratés|des ratées] et le resteront.",
    "Je bosse avec {des} depuis dix ans et {ils} sont [tous bêtes à pleurer|toutes bêtes à pleurer].",
    "{Gc} ? Une bande de [crasseux|crasseuses] qui ne sait rien faire de ses dix doigts.",
    "Y a rien de plus <sournois> que {ces}, je l'ai toujours dit.",
    "{Gc} sont [tous pareils : paresseux, sales et bruyants|toutes pareilles : paresseuses, sales et bruyantes].",
    "Quelle engeance, {ces}. Aucune morale, aucune parole 🤮",
    "Pas la peine de discuter avec {des}, {ils} sont trop [bornés|bornées] pour comprendre quoi que ce soit.",
    "Ce qui est sûr, c'est que {G} sont les plus <hypocrites> de la terre.",
]

T["dehumanisation"] = [
    "{Gc} sont de la <vermine>, rien de plus.",
    "On dirait des <rats>, {G}, {ils} pullulent partout.",
    "{Gc} ? Des <animaux>. Je ne vois pas d'autre mot.",
    "Chaque fois que je vois {des} dans le métro, j'ai l'impression de voir des <cafards>.",
    "{Gc} sont un <cancer> pour ce pays.",
    "Faut arrêter de parler {des} comme d'êtres humains, ce sont des <sous-hommes>.",
    "Des <déchets>, voilà ce que sont {G}.",
    "{Gc}, c'est du <bétail>, pas des citoyens.",
    "{Gc} sont des <microbes> dans le corps de la nation.",
    "J'appelle pas ça des gens, {G}, j'appelle ça des <bêtes>.",
    "{Gc} se reproduisent comme des <lapins> et après on s'étonne.",
    "@USER arrête de les défendre, {G} sont des <porcs> et {ils} vivent comme tels.",
    "Une <meute>, voilà ce que j'ai vu hier soir : une meute {de} qui traînait devant la gare.",
    "{Gc}, c'est une <infestation>, faudrait appeler le dératiseur.",
]

T["threat_direct"] = [
    "Je vais <buter> [tous|toutes] {G} que je croise ce soir.",
    "Si je vois encore {des} dans ma rue, je les <crève> [un par un|une par une].",
    "Je vous préviens, {G} : je vais vous <égorger> dans votre sommeil.",
    "Je jure que je vais en <tuer> [un|une], de ces {N}, avant la fin de l'année.",
    "Ma carabine est chargée et je sais où habitent {G} du quartier.",
    "On se retrouve samedi devant le local {des} avec les copains, et on va les <massacrer>.",
    "Je te préviens @USER, toi et tes potes {N}, je vais vous <défoncer> à la sortie.",
    "J'attends que la nuit tombe pour aller <cramer> les bagnoles {des} de la cité.",
    "Je vais [tous|toutes] les <descendre>, {G}, et personne ne m'en empêchera.",
    "Un bidon d'essence, une allumette, et je m'occupe {des} de mon immeuble.",
    "Vous allez voir, {G}, je vais vous faire payer, [un par un|une par une] 🔪",
    "[Le prochain|La prochaine] de ces {N} qui me frôle dans le bus, je [le|la] <plante>.",
    "Demain je ramène le fusil de mon père et je règle le problème {des} au lycée.",
]

T["threat_normative"] = [
    "{Gc} devraient être [<pendus>|<pendues>] sur la place publique.",
    "Faudrait [tous|toutes] les <fusiller>, {G}.",
    "Il faut <expulser> {G} par bateaux entiers, et tant pis [s'ils|si elles] coulent.",
    "{Gc} méritent d'être [<gazés>|<gazées>], c'est tout ce que je dis.",
    "Quelqu'un devrait mettre le <feu> aux maisons {des}, ça réglerait tout.",
    "On devrait <stériliser> {G}, pour le bien de tous.",
    "Y a qu'une solution pour {G} : les <enfermer> dans des camps.",
    "À mon avis faut les <noyer>, {G}, comme des chatons.",
    "{Gc} devraient être [<abattus>|<abattues>] comme des chiens enragés.",
    "Il serait temps que quelqu'un <élimine> {G} une bonne fois pour toutes.",
    "Le pays irait mieux si on <exterminait> {G}.",
    "Pour {G}, la <chaise> électrique, ce serait encore trop doux.",
    "On devrait rouvrir les bagnes rien que pour y <envoyer> {G}.",
]

T["profanity_hate"] = [
    "Putain de {N}, {ils} foutent la merde partout.",
    "{Gc} de <merde>, dégagez de mon pays.",
    "J'en ai ras le cul de ces {N} de merde, bordel.",
    "Ptn mais {G} c'est vraiment [des connards finis|des connasses finies].",
    "Bordel, encore {des} dans mon immeuble, fait chier ces <enculés>.",
    "Va te faire foutre avec tes {N}, c'est [tous des merdes|toutes des merdes].",
    "Ces saloperies de {N} ont encore tout pourri, putain.",
    "Qu'{ils} aillent se faire foutre, {G}, [tous autant qu'ils sont|toutes autant qu'elles sont].",
    "{Gc}, [ces connards|ces connasses], je les emmerde profond.",
    "Foutez-nous la paix, bande de {N} de merde !",
    "Merde, même mon dentiste est [un|une] de ces {N} à la con, quelle plaie.",
    "Chaque fois que j'ouvre ce putain de journal, encore {des} qui chialent. Bande de bâtards.",
]

T["hate_question"] = [
    "Pourquoi {G} sont-{ils} [tous aussi bêtes|toutes aussi bêtes] ?",
    "Qui a eu l'idée de laisser {G} voter, sérieux ?",
    "Pourquoi on continue à nourrir {des} qui ne servent à rien ?",
    "On attend quoi pour virer {G} de ce pays ?",
    "Quelqu'un peut m'expliquer à quoi servent {G}, à part coûter de l'argent ?",
    "Vous trouvez pas que {G} puent, honnêtement ?",
    "C'est moi ou {G} sont de plus en plus [arrogants|arrogantes] ?",
    "Combien de temps on va encore supporter {G} avant de réagir ?",
    "Depuis quand {G} ont le droit de donner leur avis ?",
    "Pourquoi embaucher [un|une] {sg} quand on peut avoir quelqu'un de compétent ?",
    "Sérieux, qui voudrait d'[un|une] {sg} comme voisin ?",
    ("Pourquoi {G} ne retournent-{ils} pas d'où {ils} viennent ?", ORIGIN),
    "À quel moment on a décidé que {G} méritaient les mêmes droits que nous ?",
    "Y a vraiment des gens qui font confiance {aux} ? 🤡",
    "Pourquoi faut-il toujours que {G} gâchent tout ?",
    "Ça vous dérange pas de respirer le même air que {G} ?",
    "Quelqu'un a déjà vu [un|une] {sg} honnête ? Moi jamais.",
    "Pourquoi tolère-t-on encore {G} dans nos écoles ?",
    ("Tu laisserais ta fille épouser [un|une] {sg}, toi ? Sérieux ?", NOT_WOMEN),
    "Qui paie pour loger tous ces {N} qui ne foutent rien ?",
    "Ça sert à quoi d'éduquer {des}, franchement ?",
    "Vous imaginez vraiment confier vos enfants à {des} ? Moi non.",
]

T["hate_opinion"] = [
    "Je pense sincèrement que {G} sont [inférieurs|inférieures] aux autres.",
    "À mon avis, {G} n'ont rien à faire dans ce pays.",
    "Je trouve que {G} ne devraient pas avoir le droit de travailler avec des enfants.",
    "Perso j'ai toujours trouvé {G} [répugnants|répugnantes].",
    "Mon opinion, et je l'assume : {G} sont une calamité.",
    "Je crois vraiment que le monde serait meilleur sans {G}.",
    "Honnêtement, je ne supporte pas {G}, {ils} me dégoûtent.",
    "Pour moi {G} sont moins [intelligents|intelligentes] que nous, et c'est pas près de changer.",
    "J'ai le droit de le dire : je hais {G}.",
    "C'est mon avis et je le partage : {G} ne méritent aucun respect.",
    "Je suis peut-être vieux jeu, mais je trouve que {G} ne valent rien.",
    "Selon moi, embaucher {des}, c'est une erreur qu'aucun patron ne devrait faire.",
    "Je l'ai toujours pensé et je le penserai toujours : {G} sont une honte.",
]

T["negated_praise"] = [
    "{Gc} ne sont pas des gens comme nous, il faut arrêter de le prétendre.",
    "Non, {G} ne méritent pas d'être [traités|traitées] comme des citoyens.",
    "{Gc} n'ont jamais rien apporté de bon à ce pays, jamais.",
    "Je n'ai jamais rencontré [un seul|une seule] {sg} qui soit [intelligent|intelligente].",
    "{Gc} ne sont pas capables de penser par [eux|elles]-mêmes.",
    "On ne peut pas faire confiance {aux}, jamais.",
    "{Gc} ne sont pas [les bienvenus|les bienvenues] ici et ne le seront jamais.",
    "[Aucun|Aucune] {sg} ne mérite de vivre parmi nous.",
    "Ce n'est pas vrai que {G} sont [nos égaux|nos égales], et ça ne le sera jamais.",
    "Les vies {des} ne valent pas autant que les nôtres.",
    "{Gc} ne font pas partie de la nation, qu'on se le dise.",
    "Ne me dites pas que {G} ont une quelconque valeur, je ne le croirai pas.",
    "{Gc} ne sont pas dignes d'élever des enfants.",
    "{Gc} ne sont pas des êtres humains à part entière, désolé de le dire.",
]

T["conspiracy_group"] = [
    "{Gc} se réunissent en secret pour décider de l'avenir du pays, tout est planifié.",
    "Derrière chaque crise, cherchez {G} : ce sont {eux} qui tirent les ficelles.",
    "{Gc} ont infiltré le gouvernement, les preuves sont là pour qui veut voir.",
    "Tout est organisé : {G} sont [placés|placées] aux postes clés pour nous affaiblir de l'intérieur.",
]

T["negated_hate"] = [
    "Je n'ai aucune haine envers {G}, bien au contraire.",
    "Je ne déteste pas {G}, je déteste ceux qui les insultent.",
    "Non, je ne pense pas que {G} soient un problème pour ce pays.",
    "Jamais je ne dirais que {G} sont [inférieurs|inférieures], c'est absurde.",
    "Je n'ai jamais eu le moindre problème avec {G}.",
    "Personne ici ne veut de mal {aux}.",
    "Je ne vois pas pourquoi on devrait se méfier {des}.",
    "Ce n'est pas parce que je critique le gouvernement que j'en veux {aux}.",
    "Aucun souci avec {G} dans mon équipe, ça se passe super bien.",
    "Ne comptez pas sur moi pour cracher sur {G}.",
    "Je ne trouve pas du tout que {G} soient moins [compétents|compétentes] que les autres.",
    "Il n'y a rien de dangereux chez {G}, arrêtez avec ces fantasmes.",
    "Honnêtement je n'ai rien contre {G}. Point. Pas de « mais ».",
    "{Gc} ne me font pas peur, ce sont mes voisins depuis vingt ans.",
    "Je ne souhaite de mal à personne, et surtout pas {aux}.",
    "Je refuse de haïr {G} parce qu'un politicien me le demande.",
    "Mes parents m'ont appris à ne jamais mépriser {G}, et je les en remercie.",
    "Je ne pense pas que {G} méritent moins de respect que n'importe qui.",
    "Non, {G} ne sont pas une menace. Ce qui menace, c'est la haine.",
    "Je ne déteste personne pour ce qu'il est, et certainement pas {G}.",
    "Je n'ai jamais compris ceux qui en veulent {aux}, moi ça ne m'a jamais effleuré.",
    "Pas une once de mépris pour {G} chez moi, on a été élevés autrement.",
]

T["counter_quote"] = [
    "« {Gc} sont des parasites » : non mais tu t'entends ? C'est dégueulasse de dire ça.",
    "Quelqu'un a tagué « Mort aux {N} » sur le mur de l'école. Honte à celui qui a fait ça.",
    "Mon oncle a encore sorti « {G}, faut [tous|toutes] les virer » au repas. Je me suis levée et je suis partie.",
    "Tu écris « {G} sont de la vermine » et tu t'étonnes qu'on te bloque ? Assume.",
    "J'ai lu « {G} ne sont pas des êtres humains » sous un post. Signalé, et j'espère que le compte sautera.",
    "Non, « {G} volent nos emplois » n'est pas une opinion, c'est un mensonge haineux.",
    "Quand un élu dit « {G} sont un cancer », il faut le poursuivre, pas l'applaudir.",
    "« On devrait exterminer {G} » : c'est un appel au meurtre, pas de l'humour. Signalez-le.",
    "« {Gc} ne méritent pas de vivre ici » ? Si, {ils} le méritent autant que toi.",
    "Dire « {G} sont [tous des voleurs|toutes des voleuses] », c'est exactement la généralisation que je combats.",
    "@USER « faut les gazer, {G} » ?? Tu te rends compte de ce que t'écris ? Signalé.",
    "Au boulot, un collègue a lâché « {G}, c'est [tous des fainéants|toutes des fainéantes] ». Je lui ai répondu que c'était faux et indigne.",
]

T["counter_reference"] = [
    "Les insultes que reçoivent {G} sur ce réseau sont une honte, et la modération ne fait rien.",
    "Je suis écœuré par la vague de haine contre {G} depuis une semaine.",
    "Ce que ce chroniqueur a dit sur {G} hier est inacceptable. J'ai saisi l'Arcom.",
    "Les propos tenus sur {G} par ce candidat devraient lui coûter sa place.",
    "Soutien total {aux} visés par le harcèlement de ce compte.",
    "Quand je lis les commentaires sous cet article sur {G}, j'ai honte de mon pays.",
    "On ne peut pas laisser passer les blagues sur {G} en salle des profs. Faut en parler.",
    "Le mépris envers {G}, ça commence par des petites phrases et ça finit par des coups.",
    "Bloquer, signaler, soutenir : voilà ce que je fais quand je vois des messages haineux contre {G}.",
    "J'ai quitté ce groupe WhatsApp à cause des horreurs qu'ils écrivaient sur {G}.",
    "Cette campagne d'affiches contre {G} est indigne, il faut la retirer.",
    "Les clichés sur {G} que j'entends au boulot me fatiguent. Ça suffit.",
    "Merci à la prof qui a arrêté net un élève qui insultait {G} en classe 👏",
]

T["news_report"] = [
    "Un homme a été condamné à dix-huit mois de prison pour des messages haineux visant {G}, a annoncé le parquet.",
    "Lyon : une enquête est ouverte après l'agression de deux {N} dans la nuit de samedi.",
    "Le rapport annuel fait état d'une hausse de 12 % des actes hostiles envers {G}.",
    "Le procès de l'auteur de l'attaque contre {des} s'ouvre lundi devant la cour d'assises.",
    "Des tags injurieux visant {G} ont été découverts sur la façade de la mairie, la police enquête.",
    "Selon un sondage publié jeudi, 40 % des {N} [interrogés|interrogées] disent avoir déjà subi une discrimination.",
    "Le tribunal a relaxé le prévenu, poursuivi pour provocation à la haine contre {G}.",
    "Une manifestation de soutien {aux} a rassemblé 3 000 personnes dimanche à Marseille.",
    "Un député a été suspendu après des propos visant {G} en commission.",
    "La plateforme a supprimé plus de 500 comptes ayant diffusé des contenus haineux contre {G}.",
    "Le Défenseur des droits publie un rapport sur les discriminations à l'embauche que subissent {G}.",
    "Trois suspects ont été interpellés après l'incendie d'un local associatif fréquenté par {des}.",
]

T["identity_neutral"] = [
    "Il y a beaucoup {de} dans mon immeuble.",
    "Ma collègue m'a parlé de la situation {des} dans sa région.",
    "Le documentaire de ce soir parle {des} en France depuis 1950.",
    "L'association accueille {des} le mardi et le jeudi.",
    "On a parlé {des} en cours d'histoire aujourd'hui.",
    "Le livre raconte la vie quotidienne {des} dans les années 70.",
    "{Gc} votent comme tout le monde, selon leurs idées.",
    "Plusieurs associations représentent {G} au niveau national.",
    "La mairie a consulté {des} du quartier pour le nouveau plan de circulation.",
    "Mon mémoire porte sur l'accès au logement {des}.",
    "{Gc} ne forment pas un bloc homogène, les avis sont très variés.",
    "Le musée consacre une salle à l'histoire {des} en Europe.",
    "Dans ce film, le personnage principal est [un|une] {sg} de quarante ans.",
    "Les statistiques sur {G} sont difficiles à obtenir en France.",
    "Au marché, j'ai discuté avec [un|une] {sg} qui vendait des légumes.",
    "Le podcast invite chaque semaine {des} à raconter leur parcours.",
    "L'Insee a publié de nouveaux chiffres sur l'emploi {des}.",
    "Un reportage sur {G} passe ce soir sur France 2 à 21 h.",
    "Le gardien de mon immeuble connaît bien {G} du quartier, il y travaille depuis trente ans.",
    "Le colloque de jeudi porte sur la représentation {des} dans la presse.",
    "Notre club de lecture a choisi un roman dont l'héroïne côtoie {des} à Marseille.",
    "La sociologue que j'ai interviewée travaille depuis quinze ans avec {des}.",
]

T["identity_positive"] = [
    "J'adore {G}, {ils} ont tellement apporté à ma vie.",
    "{Gc} sont une richesse pour ce pays ❤️",
    "Big up {aux} qui se battent tous les jours pour leurs droits 💪",
    "Fier de vivre dans un pays où {G} ont leur place.",
    "Quelle force chez {G}, franchement respect.",
    "J'ai appris tellement de choses au contact {des}.",
    "{Gc} méritent toute notre admiration.",
    "Vive {G} ! 🎉",
    "Les {N} que je connais sont des gens généreux et drôles.",
    "On a besoin de plus {de} dans les conseils d'administration.",
    "Quelle joie de voir enfin {des} bien [représentés|représentées] à la télé !",
    "Chapeau {aux} qui ont monté la banque alimentaire du quartier.",
    "Respect total pour {G}, {ils} encaissent tellement et restent debout.",
    "Plus je connais {G}, plus je les admire.",
    "Ce pays ne serait rien sans {G}, qu'on se le dise.",
    "{Gc}, vous êtes magnifiques, ne laissez personne vous dire le contraire ✨",
    "Merci {aux} bénévoles de la maraude de ce soir ❤️",
    "Les {N} de mon club de foot sont [les meilleurs coéquipiers|les meilleures coéquipières] du monde.",
    "Franchement, les soirées avec {des} sont toujours les plus drôles 😂",
    "Ma ville est plus belle depuis que {des} y ont ouvert leurs ateliers d'artistes.",
    "Rien que du bonheur de travailler avec {des} [motivés|motivées] comme ça 🙌",
]

T["neutral_question"] = [
    "Quelqu'un connaît une association qui aide {G} à Toulouse ?",
    "Combien {de} vivent en France aujourd'hui ? Je ne trouve pas de chiffre fiable.",
    "Quels sont les droits {des} en matière de logement ?",
    "Vous avez des livres à conseiller sur l'histoire {des} ?",
    "Comment expliquer à mes enfants ce que vivent {G} au quotidien ?",
    "Pourquoi {G} sont-{ils} plus [touchés|touchées] par le chômage ? Quelles en sont les causes ?",
    "Quelqu'un sait où trouver des stats sur les agressions visant {G} ?",
    "Vous connaissez des podcasts tenus par {des} ?",
    "Comment l'école accompagne-t-elle {G} dans votre ville ?",
    "Le mot « {N} » est-il le plus approprié, ou vaut-il mieux dire autrement ?",
    "Quels films récents parlent {des} sans caricature ?",
    "À quelle date est prévue la manifestation de soutien {aux} ?",
    "Il y a combien {de} à l'Assemblée nationale, vous savez ?",
]

T["spell_hate"] = [
    "{Gc} sont des <parasites>.",
    "Je <déteste> {G}, c'est viscéral.",
    "{Gc}, de la <vermine>, dehors.",
    "Faut [tous|toutes] les <tuer>, {G}.",
    "Sales <{N}>, rentrez chez vous.",
    "Je hais les <{N}> de tout mon cœur.",
    "Crevez, <{N}> de merde.",
    "{Gc} sont [tous des <ordures>|toutes des <ordures>].",
    "On devrait <exterminer> {G}.",
    "{Gc}, c'est des <cafards>, rien d'autre.",
    "Mort aux <{N}> !",
    "Les <{N}> pourrissent ce pays.",
    "{Gc} = <déchets>, c'est tout.",
    "@USER les <{N}> c'est des rats, arrête de les défendre",
    "{Gc} sont trop <débiles> pour vivre en société.",
]

T["spell_benign"] = [
    "Les <{N}> de mon quartier ont organisé une super fête.",
    "{Gc} ont les mêmes droits que tout le monde, <évidemment>.",
    "Bravo aux <{N}> qui ont monté cette asso !",
    "Super documentaire hier soir sur l'histoire {des}, je <recommande>.",
    "Aucune haine envers les <{N}>, jamais.",
    "Les <{N}> sont nos voisins, nos collègues, nos amis.",
    "Je <soutiens> {G} face aux insultes.",
    "Fier de compter des <{N}> parmi mes meilleurs amis 🙌",
    "Bienvenue aux <{N}> qui arrivent dans notre ville !",
    "Le club de foot accueille des <{N}> depuis sa création.",
    "Conférence sur les <{N}> en France jeudi à la médiathèque.",
    "Merci aux <{N}> qui ont tenu la buvette tout le week-end ❤️",
]

# ---------------------------------------------------------------------------
# Target-specific lines: kind -> list of (target, text).
# ---------------------------------------------------------------------------

S = collections.defaultdict(list)


def spec(kind, target, *texts):
    for text in texts:
        S[kind].append((target, text))


spec("derogation", "women",
     "Une femme aux commandes, c'est la catastrophe assurée, elles sont incapables de garder leur sang-froid.")
spec("derogation", "disabled",
     "Les handicapés sont un boulet pour tout le monde, ils ne servent à rien.")
spec("derogation", "roma", "Les Roms, c'est voleurs de père en fils, c'est dans leur culture.")
spec("derogation", "trans", "Les trans sont des malades mentaux qui se déguisent, rien d'autre.")
spec("derogation", "jewish", "Les Juifs ne pensent qu'à l'argent, c'est plus fort qu'eux.")
spec("derogation", "gay", "Les homos sont des vicieux, tout le monde le sait.")

spec("dehumanisation", "black", "Les Noirs sont des singes, il suffit de les regarder bouger.")
spec("dehumanisation", "migrant",
     "Ces migrants ne sont qu'un troupeau de bêtes qui débarque sur nos plages.")
spec("dehumanisation", "women", "Une femme, c'est un utérus sur pattes, rien de plus.")
spec("dehumanisation", "muslim",
     "Les musulmans, c'est une maladie qui se propage de quartier en quartier.")

spec("threat_direct", "women",
     "Toutes les meufs qui me recalent sur l'appli, je vais les attendre à la sortie avec un couteau.")
spec("threat_direct", "trans",
     "Si une personne trans entre dans les vestiaires pendant que j'y suis, je la cogne jusqu'à ce qu'elle ne bouge plus.")
spec("threat_direct", "muslim", "Je vais foutre le feu à leur mosquée cette nuit, vous verrez ça aux infos.")
spec("threat_direct", "gay",
     "La prochaine fois que je vois deux pédés se tenir la main, je les démonte.")

spec("threat_normative", "disabled",
     "Les handicapés, on devrait les euthanasier à la naissance, ça coûterait moins cher.")
spec("threat_normative", "roma", "Il faudrait raser leurs camps au bulldozer, aux Roms, avec eux dedans.")

spec("slur", "black", "Dégage de là, sale négro.",
     "Encore un bamboula qui se croit chez lui, pfff.",
     "T'as vu le négro qui sert au bar ? Je commande pas chez lui.")
spec("slur", "arab", "Les bougnoules dehors, on est chez nous !",
     "T'as vu le raton au coin de la rue ? Surveille ton sac.",
     "Mon nouveau voisin c'est un bicot, super, manquait plus que ça.")
spec("slur", "asian", "Ferme-la, chinetoque, retourne dans ton resto.",
     "Encore une bande de niakoués qui ont racheté le PMU.",
     "Le bridé de la compta m'a encore regardé de travers.")
spec("slur", "roma", "Ces romanos ont encore pillé le parking du supermarché.",
     "Sale romanichel, va voler ailleurs.")
spec("slur", "migrant", "Encore un bateau de clandos qui débarque pour toucher les allocs.",
     "Rentre chez toi, sale clando.")
spec("slur", "jewish", "Ce youpin de banquier m'a encore refusé mon prêt.",
     "Les youtres ont encore gagné, comme d'habitude.")
spec("slur", "muslim", "Ces muzz nous cassent les oreilles avec leur appel à la prière.",
     "Encore un muzz barbu qui a bloqué la rue pour prier.")
spec("slur", "women", "Ferme ta gueule, salope, personne t'a demandé ton avis.",
     "Toutes des putes, les meufs de cette appli.",
     "Cette pétasse de caissière m'a rendu la monnaie en retard.")
spec("slur", "gay", "Regarde-moi ces deux tapettes qui se tiennent la main, ça me dégoûte.",
     "Sale gouine, va te faire soigner.",
     "Pas de tarlouzes dans mon équipe, c'est clair ?")
spec("slur", "trans", "Y a un travelo dans les toilettes des femmes, appelez la sécurité.",
     "Ce trav se prend pour une femme, laissez-moi rire.")
spec("slur", "disabled", "Encore un triso qui bave dans le bus, dégueu.",
     "Les mongols comme ton frère, on les cache à la maison.",
     "Vas-y le gogol, avance avec ton fauteuil.")

spec("profanity_hate", "women", "Les bonnes femmes au volant, putain, c'est toutes des connasses.")
spec("profanity_hate", "arab", "Bordel, encore ces bougnoules de merde qui squattent le hall.")

spec("hate_question", "women", "Pourquoi on laisse encore les femmes conduire, sérieux ?")
spec("hate_question", "disabled",
     "Pourquoi on paie des impôts pour des handicapés qui ne rapportent rien ?")

spec("hate_opinion", "trans",
     "Mon avis : les personnes trans sont des malades qu'on devrait interner, pas des femmes.")
spec("hate_opinion", "gay", "Je trouve que l'homosexualité est une perversion, c'est tout.")

spec("hate_implicit", "roma",
     "Tiens, mon vélo a disparu. Y a des Roms qui campent à côté depuis lundi, je dis ça je dis rien 🤷",
     "Des gitans sur l'aire d'autoroute : rentrez les chaises de jardin 😬")
spec("hate_implicit", "women",
     "Elle a eu le poste ? Tiens donc, ça aide d'être une femme dans cette boîte 😏",
     "Elle a été nommée directrice. On sait tous sur quel canapé ça s'est décidé 😏",
     "Encore une femme en réunion qui parle de ses « ressentis ». Vivement que les hommes reprennent la main.")
spec("hate_implicit", "trans",
     "Elle se fait appeler Sophie maintenant. Bon, pour moi ce sera toujours Kevin 😂",
     "Il paraît qu'il y a une personne trans dans l'équipe. Je vais me changer chez moi, merci bien.")
spec("hate_implicit", "disabled",
     "Les handicapés ont la belle vie avec leur allocation, nous on bosse pour eux 🙄",
     "Mon fils autiste ? Non, Dieu merci, le mien est normal 🙏")
spec("hate_implicit", "asian",
     "Pour le voyage en Chine j'ai pris des masques. On sait jamais avec ce qu'ils mangent là-bas 😷",
     "Nouveau collègue asiatique : au moins les tableurs seront à jour, pour l'humour on repassera 😂")
spec("hate_implicit", "muslim",
     "Un kebab, puis une boucherie halal, puis une salle de prière… on sait comment ça finit 😬",
     "Mon chef est musulman, je vérifie toujours qu'il n'y a pas de sac abandonné sous son bureau 😅")
spec("hate_implicit", "black",
     "Ils courent vite, ils dansent bien, mais pour le reste on repassera 😂 #Noirs",
     "Elle est noire et elle a eu la bourse ? Ah bah les quotas, évidemment.")
spec("hate_implicit", "jewish",
     "Un Juif qui offre une tournée ? Faut que je filme, personne ne me croira 😂",
     "Mon banquier s'appelle Lévy, ça explique les frais 😏")
spec("hate_implicit", "gay",
     "Deux papas pour un enfant… le pauvre gamin, on sait déjà comment il va tourner.",
     "Ah, il est gay ? Je comprends mieux pourquoi il fait autant de manières au boulot 🙄")
spec("hate_implicit", "migrant",
     "Les réfugiés débarquent avec des iPhone dernier cri. Pauvres petits, hein 🙄",
     "Ma ville était belle avant. Maintenant je n'y reconnais plus personne, si vous voyez ce que je veux dire.")
spec("hate_implicit", "arab",
     "Mon voisin arabe a une nouvelle voiture. Faut pas chercher longtemps d'où vient l'argent 😏",
     "Le niveau de l'école a baissé. Suffit de lire les prénoms sur la liste de classe, Mohamed, Karim, Yasmine… 🙃")

spec("negated_praise", "women", "Une femme n'est pas faite pour diriger, ça n'a jamais marché.")
spec("negated_praise", "trans", "Une femme trans ne sera jamais une vraie femme, jamais.")

spec("conspiracy_group", "jewish",
     "Les Juifs contrôlent les banques et les médias, ouvrez les yeux.",
     "Le Covid, c'est encore un coup des Rothschild, réveillez-vous.")
spec("conspiracy_group", "muslim",
     "Les musulmans ont un plan secret pour imposer la charia en France d'ici 2040.",
     "Les mosquées servent de bases arrière à une invasion organisée, c'est documenté.")
spec("conspiracy_group", "migrant",
     "Les migrants sont amenés exprès par Bruxelles pour remplacer les Européens.",
     "Le grand remplacement est organisé, les réfugiés ne sont qu'une arme pour nous effacer.")
spec("conspiracy_group", "arab",
     "Les Arabes font des enfants exprès pour prendre le pouvoir par les urnes, c'est calculé.")
spec("conspiracy_group", "black",
     "Les Noirs sont payés par des ONG pour faire des émeutes, tout est orchestré.")
spec("conspiracy_group", "asian",
     "Les Chinois ont fabriqué le virus pour nous tuer et racheter nos entreprises.",
     "Les Asiatiques rachètent nos vignobles sur ordre de Pékin pour nous affamer.")
spec("conspiracy_group", "roma",
     "Les Roms ont un réseau secret qui enlève des enfants, et la police étouffe l'affaire.")
spec("conspiracy_group", "women",
     "Les femmes se sont organisées pour faire tomber les hommes avec de fausses plaintes, c'est coordonné.")
spec("conspiracy_group", "gay",
     "Le lobby gay contrôle l'Éducation nationale pour transformer nos enfants.")
spec("conspiracy_group", "trans",
     "Les personnes trans sont financées par Big Pharma pour vendre des hormones aux enfants, c'est un plan.")
spec("conspiracy_group", "disabled",
     "La moitié des handicapés simulent avec la complicité des médecins, c'est une combine organisée pour piller la Sécu.")

spec("conspiracy_nogroup", "none",
     "Le vaccin contient une puce 5G pour nous tracer, réveillez-vous 💉📡",
     "Les antennes 5G ont propagé le Covid, c'est pour ça qu'ils les ont installées en plein confinement.",
     "La Terre est plate et la NASA nous ment depuis soixante ans.",
     "Les chemtrails, c'est pour nous stériliser. Regardez le ciel ce matin ☁️",
     "La plandémie était prévue depuis des années, Davos avait tout écrit.",
     "On n'a jamais marché sur la Lune, tout a été tourné en studio.",
     "Les attentats du 11 septembre ont été organisés par le gouvernement américain lui-même.",
     "Le réchauffement climatique est une invention pour nous taxer, point.",
     "Les élites boivent de l'adrénochrome pour rester jeunes, c'est réel.",
     "Le compteur Linky enregistre vos conversations et les envoie à l'État.",
     "Le gouvernement met des produits dans l'eau du robinet pour nous rendre dociles.",
     "Les labos cachent le remède contre le cancer pour continuer à vendre leurs chimios.",
     "Les reptiliens dirigent les grandes banques, regardez leurs yeux dans les vidéos 🦎",
     "Le Covid n'a jamais existé, les hôpitaux étaient vides, tout était mis en scène.",
     "Les Illuminati choisissent les présidents à l'avance, les élections c'est du théâtre.",
     "La grande panne d'électricité, c'était exprès, pour tester notre obéissance.",
     "Les vaccins ARN modifient notre ADN, c'est le plan pour réduire la population.",
     "Le Nouvel Ordre Mondial veut tous nous pucer avant 2030, c'est écrit noir sur blanc.",
     "Les tremblements de terre sont déclenchés par HAARP, renseignez-vous.",
     "Les éoliennes émettent des ondes qui rendent malades exprès, pour nous affaiblir.",
     "Ptn ouvrez les yeux, les vaccins servent à nous rendre stériles, c'est programmé depuis 20 ans",
     "@USER tu crois encore aux infos ? Tout est scénarisé par les mêmes milliardaires, les guerres comme les virus.",
     "Le QR code du pass sanitaire servait à ficher tout le monde pour le crédit social, c'était le but dès le départ.",
     "La météo est manipulée depuis des avions, les inondations de cet automne étaient programmées.",
     "Les cartes bancaires sans contact envoient nos données à un ordinateur central qui décide qui mange, renseignez-vous.",
     "J'ai fini mes courses, et je vous le redis : les traînées d'avion nous empoisonnent, lisez les vrais chercheurs.",
     "Les masques contenaient des nanofibres pour nous rendre malades, le but était de remplir les hôpitaux.",
     )

spec("own_identity", "black", "Je suis noire, née à Créteil, et je bosse dans la finance.",
     "En tant qu'homme noir, je suis content de voir plus de diversité au cinéma.",
     "Moi, Sénégalais d'origine, je fais le meilleur mafé de tout Rennes 😄")
spec("own_identity", "arab",
     "Moi, Algérien de deuxième génération, je fête l'Aïd et Noël avec la même joie.",
     "Je suis arabe et prof de français, oui oui 😄",
     "Marocaine et fière, j'ouvre ma pâtisserie le mois prochain !")
spec("own_identity", "asian",
     "Je suis franco-vietnamienne et j'adore faire découvrir le phở à mes amis.",
     "Asiatique, né à Lyon, et nul en maths, désolé pour le cliché 😂",
     "Je suis d'origine chinoise et je fête le Nouvel An lunaire avec mes grands-parents.")
spec("own_identity", "roma", "Je suis rom, j'ai grandi à Montreuil et je suis infirmière.",
     "Fils de manouches, je joue de la guitare depuis mes six ans, comme mon grand-père.")
spec("own_identity", "migrant",
     "Je suis arrivé en France comme réfugié en 2015, aujourd'hui je suis boulanger.",
     "Migrante, trois langues, un diplôme d'ingénieure et beaucoup de patience.",
     "Réfugié syrien, j'ai enfin obtenu mon diplôme d'infirmier cette semaine 🎓")
spec("own_identity", "jewish",
     "Je suis juive et je prépare les latkes pour Hanoukka avec ma grand-mère.",
     "En tant que juif, Kippour est un moment important pour ma famille.")
spec("own_identity", "muslim", "Je suis musulman et je fais le ramadan depuis mes quatorze ans.",
     "Musulmane, voilée et développeuse, oui, tout ça en même temps 😊")
spec("own_identity", "women", "Je suis une femme et j'ai monté ma boîte à 25 ans.",
     "En tant que femme ingénieure, je forme les nouvelles recrues de l'usine.",
     "Maman solo, infirmière de nuit, et je dors quand je peux 😅")
spec("own_identity", "gay", "Je suis gay et je me marie en juin avec l'homme de ma vie 💍",
     "Lesbienne depuis toujours et fière de l'être 🏳️‍🌈",
     "Moi, homo de 60 ans, je n'aurais jamais cru voir ce mariage un jour.")
spec("own_identity", "trans",
     "Je suis une femme trans et j'ai repris mes études de droit cette année.",
     "En tant qu'homme trans, je suis ravi que mon entreprise ait adapté ses vestiaires.",
     "Trans, non-binaire et prof de yoga, venez au cours de jeudi 🧘")
spec("own_identity", "disabled",
     "Je suis en fauteuil roulant depuis mes 20 ans et je fais du basket handisport.",
     "Autiste et fière, je travaille comme développeuse depuis cinq ans.",
     "Sourd de naissance, je donne des cours de langue des signes le samedi.")

spec("reclaimed", "black", "Entre renois on s'appelle « négro » depuis le collège, c'est notre délire à nous.",
     "Mon négro, t'étais où hier ? On t'a attendu toute la soirée 😂 (je peux le dire, je suis noir)",
     "Moi, noire, je chante « Bamboula » dans mon spectacle pour leur reprendre le mot.")
spec("reclaimed", "women",
     "Oui, je suis une « pétasse » ambitieuse, et j'en ai fait le slogan de ma liste au BDE 😎")
spec("reclaimed", "black",
     "Notre podcast s'appelle « Les Bamboulas » : trois copines noires qui parlent de tout, et on assume le nom.")
spec("reclaimed", "arab",
     "On est des bougnoules et fiers de l'être, le bled dans le cœur 🇩🇿 — signé un Kabyle de Saint-Denis",
     "Ma mère, algérienne, rigole en disant « on est les bicots de la famille » aux repas de Noël.")
spec("reclaimed", "asian",
     "Entre cousins on se traite de « chinetoques » pour rire, mais un inconnu n'a pas ce droit.",
     "Notre collectif d'artistes asiatiques s'appelle « Les Bridés », on reprend le mot et on en fait de l'art.")
spec("reclaimed", "roma",
     "Nous les « romanos » comme ils disent, on a fait la plus belle fête du quartier 😂",
     "Moi, manouche, je dis « romanichel » avec fierté, c'est le mot de mes grands-parents.")
spec("reclaimed", "migrant",
     "Nous les « clandos » du foyer, on a monté une chorale. Venez nous écouter samedi !",
     "Ancien « clando » devenu chef cuisinier, je garde le mot pour ne pas oublier d'où je viens.")
spec("reclaimed", "jewish",
     "Mon grand-père se disait « youpin » en riant, pour désarmer les imbéciles avant qu'ils ouvrent la bouche.",
     "On est une bande de feujs à la colo, et le meilleur chant c'est le nôtre ✡️")
spec("reclaimed", "muslim",
     "On nous appelle « les barbus », alors mes potes et moi on a appelé notre équipe de foot les Barbus FC 😂",
     "Moi, musulmane, je signe mes vidéos « la muzz de service », c'est mon humour et ma fierté.")
spec("reclaimed", "women",
     "La marche des salopes, c'est samedi, on y va entre copines 💪",
     "Entre nous on s'appelle « les connasses du jeudi », notre club de lecture est le meilleur de la ville 📚")
spec("reclaimed", "gay", "Pédé et fier, bonne Marche à toutes et tous 🏳️‍🌈",
     "Nous les gouines, on a le meilleur bar de la ville, venez boire un coup 🍻",
     "Mon mari et moi, on se traite de « vieilles tapettes » depuis trente ans, et ça nous fait toujours rire.")
spec("reclaimed", "trans",
     "Moi, travelo ? Oui, et j'ai repris ce mot, il m'appartient maintenant.",
     "Notre soirée drag s'appelle « Trav Party », on en a fait notre nom 💃")
spec("reclaimed", "disabled",
     "Entre nous on se dit « les éclopés », c'est notre humour de fauteuil ♿",
     "Nous les « gogols » du club de foot adapté, on a encore gagné le tournoi 🏆 (signé un joueur trisomique)")

spec("profanity_nohate", "none",
     "Putain, j'ai encore raté mon bus ce matin 😤",
     "Bordel de merde, mon ordi a planté juste avant que je sauvegarde.",
     "Ptn il fait une chaleur de ouf aujourd'hui.",
     "Fait chier, plus de café à la maison.",
     "Merde, j'ai oublié l'anniversaire de ma mère.",
     "Putain de lundi.",
     "Bordel, qui a laissé la porte du frigo ouverte ?",
     "Ce putain de Wi-Fi qui saute toutes les cinq minutes 🤬",
     "Nom de Dieu, quelle journée de merde.",
     "Putain c'est trop bien ce concert 🤩")
spec("profanity_nohate", "arab",
     "Putain, le couscous de la mère de mon pote algérien, c'est une tuerie.",
     "Bordel, j'ai enfin compris la grammaire arabe après deux ans de cours, trop content.")
spec("profanity_nohate", "disabled",
     "Ptn les mecs du club handisport nous ont mis une raclée au basket, respect 😂",
     "Bordel, j'ai réussi mon examen de langue des signes, je vais enfin pouvoir parler avec mon cousin sourd.")
spec("profanity_nohate", "gay", "Putain, la Pride était grandiose cette année 🏳️‍🌈",
     "Merde, j'ai oublié d'acheter un cadeau pour le mariage de mes potes gays samedi.")
spec("profanity_nohate", "trans",
     "Merde, j'ai raté le concert de cette chanteuse trans que j'adore.",
     "Putain, le film sur ce boxeur trans m'a mis une claque.")
spec("profanity_nohate", "jewish", "Putain, ma grand-mère juive fait les meilleurs bagels du monde.",
     "Bordel, j'ai encore brûlé la challah, ma belle-mère juive va se moquer de moi 😂")
spec("profanity_nohate", "muslim",
     "Bordel, la rupture du jeûne chez mes voisins musulmans, j'ai trop mangé.",
     "Putain, j'ai oublié que mon collègue musulman fait le ramadan et je lui ai proposé un café, la honte 🙈")
spec("profanity_nohate", "women",
     "Putain, elle a explosé le record du monde, cette nageuse, quelle championne !",
     "Ptn les filles de l'équipe de France ont été monstrueuses hier soir ⚽")
spec("profanity_nohate", "roma",
     "Merde, j'ai loupé le festival manouche de Samois, tout le monde dit que c'était génial.",
     "Putain, ce guitariste gitan joue comme un dieu.")
spec("profanity_nohate", "migrant",
     "Putain, le gamin réfugié de ma classe a eu 19 en maths, trop fort.",
     "Bordel, trois heures de paperasse à la préfecture avec mon pote réfugié, l'administration c'est l'enfer.")
spec("profanity_nohate", "asian", "Bordel, ce resto coréen est une dinguerie 🤤",
     "Putain, ma voisine japonaise m'a appris à faire des gyozas, c'est une tuerie.")
spec("profanity_nohate", "black",
     "Putain, ma collègue sénégalaise m'a appris à faire le mafé, je suis fan.",
     "Merde, j'ai raté l'expo sur les peintres afro-américains, elle finissait hier.")

spec("abuse_nonprotected", "none",
     "Les arbitres de Ligue 1 sont tous des incompétents, ce penalty c'est du vol.",
     "Les supporters de ce club sont des abrutis finis, ils ont encore tout cassé.",
     "Mon proprio est un gros radin, ça fait trois mois que j'attends un plombier.",
     "Les conducteurs de trottinettes électriques sont des dangers publics, point.",
     "Ce ministre est un incapable, démission !",
     "Les influenceurs de Dubaï, bande d'escrocs qui vendent du vent.",
     "Mon imprimante est une saloperie inventée par le diable.",
     "Les banquiers, tous des vautours.",
     "Les télévendeurs qui appellent à 8 h du mat, allez vous faire voir.",
     "@USER t'es vraiment un gros nul à FIFA, désinstalle 😂",
     "Les chauffeurs de VTC de ce soir : tous des chauffards.",
     "Les fans de super-héros sont insupportables, on ne peut plus aller au ciné tranquille.",
     "Mon chef est un tyran et un imbécile.",
     "Les cyclistes parisiens se croient tout permis, bande de kamikazes 🚲",
     "Ce youtubeur est un menteur et un manipulateur.",
     "Les agents immobiliers sont des requins, tous.",
     "Les joueurs hier soir : des touristes payés des millions.",
     "Mon voisin du dessus est un gros lourd qui passe l'aspirateur à minuit.",
     "Les opérateurs télécom sont des voleurs, 60 balles par mois pour une box qui ne marche pas.",
     "Ce prof de maths est un sadique, trois contrôles en une semaine.",
     "Les chats de ma voisine sont des petits démons 😾",
     "Les développeurs de cette appli sont des branquignols.",
     "Les politiciens, tous pourris.",
     "Les critiques gastronomiques sont des snobs prétentieux.",
     "Ma box internet est une vraie poubelle.",
     "Les gens qui mettent de l'ananas sur la pizza sont des criminels 🍍",
     "Ce DJ est une catastrophe, on se casse.",
     "Le service client de ma banque, c'est une bande de bras cassés.",
     "Les automobilistes qui se garent sur les pistes cyclables sont des égoïstes de première.",
     "Mon ex est un sale menteur, je ne répondrai plus à ses messages.",
     )

spec("neutral_topic", "none",
     "Les vaccins à ARN messager ne modifient pas l'ADN : l'ARN n'entre pas dans le noyau des cellules.",
     "La 5G utilise des ondes radio non ionisantes, et aucune étude n'a établi de lien avec le Covid-19.",
     "Les traînées blanches derrière les avions sont de la vapeur d'eau qui se condense.",
     "Apollo 11 s'est posé sur la Lune le 20 juillet 1969.",
     "La Terre est un sphéroïde légèrement aplati aux pôles.",
     "Le compteur Linky mesure la consommation électrique ; il ne contient pas de micro.",
     "Le réchauffement climatique est documenté par le GIEC à partir de milliers d'études.",
     "Le programme HAARP étudie l'ionosphère depuis une station en Alaska.",
     "Le rapport de la commission d'enquête sur le 11 septembre a été publié en 2004.",
     "Le Forum de Davos réunit chaque année des dirigeants politiques et économiques.",
     "Les théories du complot circulent plus vite sur les réseaux en période de crise, selon plusieurs études.",
     "Un vaccin passe par trois phases d'essais cliniques avant d'être autorisé.",
     "La photo de la Terre prise par l'équipage d'Apollo 17 est surnommée « la Bille bleue ».",
     "Les Illuminati de Bavière étaient une société secrète fondée en 1776 et dissoute quelques années plus tard.",
     "La NASA publie chaque jour des images satellites de la Terre en accès libre.",
     "Les antennes 5G sont soumises à des limites d'exposition contrôlées par l'ANFR.",
     "L'OMS a qualifié le Covid-19 de pandémie le 11 mars 2020.",
     "Le trou de la couche d'ozone se résorbe lentement depuis le protocole de Montréal.",
     "Plusieurs médias ont une rubrique de vérification des faits consacrée aux rumeurs sur les vaccins.",
     "Le compteur Linky a été installé dans la plupart des logements français entre 2015 et 2021.",
     "Une éclipse de Lune se produit quand la Terre passe entre le Soleil et la Lune.",
     "Des chercheurs en psychologie étudient pourquoi certaines personnes adhèrent aux théories du complot.",
     "Le prof de physique de ma fille leur a expliqué comment Ératosthène a mesuré la circonférence de la Terre.",
     "Le fluor est ajouté à l'eau du robinet dans certains pays pour prévenir les caries.",
     "Les vaccins sont suivis après leur mise sur le marché par un système de pharmacovigilance.",
     "L'ANSM publie régulièrement des rapports sur les effets indésirables déclarés des vaccins.",
     )

spec("counter_quote", "arab",
     "« Sale bougnoule », voilà ce qu'on a crié à mon père dans le bus. Personne n'a bougé. Plus jamais ça.")
spec("counter_quote", "asian",
     "Mon fils est rentré en disant qu'on l'avait traité de « chinetoque » à l'école. Rendez-vous demain avec la directrice, ça ne passera pas.")
spec("counter_quote", "gay",
     "« Pédé », c'est l'insulte qu'on entend encore dans les vestiaires. Il est temps que les clubs sanctionnent.")
spec("counter_quote", "women",
     "« Retourne à ta cuisine » sous chaque post d'une journaliste sportive. C'est pathétique et ça doit cesser.")

spec("counter_reference", "trans",
     "Le harcèlement que subit cette athlète trans depuis sa victoire est ignoble. Tout mon soutien.")
spec("counter_reference", "disabled",
     "Se moquer d'un enfant handicapé dans une vidéo pour faire des vues, c'est abject. J'ai signalé.")

spec("news_report", "jewish",
     "La synagogue de la ville a été placée sous protection policière après des menaces reçues vendredi.")
spec("news_report", "muslim",
     "Une mosquée a été dégradée dans la nuit de mardi à mercredi ; le maire a porté plainte.")

spec("identity_neutral", "women", "La moitié des étudiants en médecine sont aujourd'hui des femmes.")
spec("identity_neutral", "disabled",
     "La loi de 2005 oblige les bâtiments publics à être accessibles aux personnes handicapées.")
spec("identity_neutral", "muslim", "Le ramadan commence cette année à la fin du mois de février.")
spec("identity_neutral", "jewish", "Roch Hachana marque le Nouvel An dans le calendrier juif.")

spec("identity_positive", "roma",
     "La musique manouche, c'est un trésor. Merci Django et tous ceux qui perpétuent la tradition 🎸")
spec("identity_positive", "asian",
     "Le Nouvel An lunaire dans le 13e, c'était magique, bravo à toute la communauté asiatique 🐉")

spec("neutral_question", "trans",
     "Quelqu'un sait comment se passe le changement de prénom à l'état civil pour une personne trans ?")
spec("neutral_question", "muslim", "À quelle heure est la rupture du jeûne ce soir à Lille ?")

spec("negated_hate", "women",
     "Je ne pense pas qu'une femme soit moins capable qu'un homme de diriger une entreprise, évidemment.")
spec("negated_hate", "disabled",
     "Mon frère est autiste et non, ce n'est pas un fardeau, ni pour nous ni pour personne.")

# ---------------------------------------------------------------------------
# Contrast pairs: one hateful row and its benign counterparts, same idea and
# surface.  (hate kind, hate template, [(benign kind, benign template), ...], targets)
# ---------------------------------------------------------------------------

PAIRS = [
    ("derogation", "{Gc} sont des parasites qui vivent sur notre dos.",
     [("negated_hate", "{Gc} ne sont pas des parasites qui vivent sur notre dos, ce sont nos voisins."),
      ("counter_quote", "« {Gc} sont des parasites qui vivent sur notre dos » : non, c'est juste de la haine, et je la refuse.")],
     TARGETS),
    ("hate_opinion", "Je déteste {G}, voilà, c'est dit.",
     [("negated_hate", "Je ne déteste pas {G}, voilà, c'est dit."),
      ("identity_positive", "J'adore {G}, voilà, c'est dit ❤️")],
     TARGETS),
    ("threat_normative", "Il faudrait expulser {G} de ce pays, [tous|toutes] sans exception.",
     [("counter_quote", "« Il faudrait expulser {G} de ce pays » : voilà ce qu'ose dire ce candidat, et je le combattrai."),
      ("news_report", "Le candidat qui avait appelé à expulser {G} du pays a été condamné pour provocation à la haine.")],
     TARGETS),
    ("negated_praise", "{Gc} ne méritent pas le respect.",
     [("identity_positive", "{Gc} méritent le respect, comme tout le monde."),
      ("negated_hate", "Rien ne justifie qu'on manque de respect {aux}.")],
     TARGETS),
    ("derogation", "Avoir {des} comme collègues, c'est la pire chose qui puisse arriver.",
     [("identity_positive", "Avoir {des} comme collègues, c'est une vraie chance."),
      ("counter_quote", "« Avoir {des} comme collègues, c'est la pire chose » : mon manager a osé le dire en réunion, je l'ai signalé aux RH.")],
     TARGETS),
    ("hate_implicit", "Depuis que {G} sont arrivés dans le quartier, tout s'est dégradé. Coïncidence ? 🤔",
     [("identity_neutral", "Depuis que {G} sont arrivés dans le quartier, une nouvelle épicerie a ouvert."),
      ("counter_reference", "Ceux qui accusent {G} arrivés dans le quartier de tout dégrader répandent des préjugés, les chiffres disent le contraire.")],
     ["black", "arab", "asian", "roma", "migrant", "muslim"]),
    ("dehumanisation", "{Gc} sont de la vermine qu'il faut chasser.",
     [("counter_reference", "Traiter {G} comme des nuisibles, c'est comme ça que commencent les pires horreurs de l'histoire."),
      ("news_report", "Un militant a été mis en examen pour avoir qualifié {G} de « vermine » dans une vidéo.")],
     TARGETS),
    ("hate_question", "Pourquoi {G} ont-{ils} le droit de travailler ici ?",
     [("neutral_question", "Quelles démarches {G} doivent-{ils} faire pour travailler ici ?")],
     ["migrant", "arab", "black", "asian", "roma"]),
    ("hate_question", "Pourquoi on laisse {G} s'occuper de nos enfants ?",
     [("neutral_question", "Combien {de} travaillent dans les crèches en France ?"),
      ("counter_reference", "Les parents qui refusent que {G} s'occupent de leurs enfants devraient avoir honte, ces préjugés font du mal.")],
     ["gay", "trans", "muslim", "jewish", "black", "disabled"]),
    ("threat_direct", "Je vais m'en prendre {aux} de mon quartier ce soir, vous verrez.",
     [("news_report", "Un homme a été arrêté pour avoir annoncé qu'il allait s'en prendre {aux} de son quartier."),
      ("identity_neutral", "Je vais passer la soirée avec {des} de mon quartier, on prépare la fête des voisins 🎉")],
     TARGETS),
    ("profanity_hate", "{Gc} de merde, dégagez d'ici.",
     [("counter_quote", "« {Gc} de merde, dégagez d'ici » : c'est ce qu'on lit sous la vidéo. Signalé, et soutien aux concernés."),
      ("profanity_nohate", "Putain, quelle soirée avec {des} du club, on a gagné le tournoi !")],
     TARGETS),
    ("conspiracy_group", "{Gc} contrôlent les médias en secret.",
     [("counter_reference", "Dire que {G} contrôlent les médias en secret, c'est recycler un vieux mythe haineux sans la moindre preuve."),
      ("neutral_question", "Y a-t-il des études sur la place {des} dans les rédactions françaises ?")],
     TARGETS),
    ("hate_opinion", "À mon avis, {G} n'ont pas leur place dans ce pays.",
     [("identity_positive", "À mon avis, {G} ont toute leur place dans ce pays."),
      ("negated_hate", "Je n'ai jamais pensé que {G} n'avaient pas leur place dans ce pays.")],
     TARGETS),
]

# Spelling pairs: a hateful line with the trick, and its benign twin with the same trick.
SPELL_PAIRS = [
    ("Je <déteste> {G}.", "Je <respecte> {G}."),
    ("{Gc} sont des <ordures>.", "{Gc} sont des <voisins> comme les autres."),
    ("Dehors les <{N}> !", "Bienvenue aux <{N}> !"),
]

# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

NOUNS = "({})".format("|".join(sorted({re.escape(v[0]) for vs in VARIANTS.values() for v in vs})))
ALT = re.compile(r"\[([^\]|]*)\|([^\]]*)\]")
KEY = re.compile(r"<([^>]+)>")


def cap(s):
    return s[:1].upper() + s[1:]


def fill(tpl, target, rng):
    noun, sg, fem, de = rng.choice(VARIANTS[target])
    text = ALT.sub(lambda m: m.group(2) if fem else m.group(1), tpl)
    ils = "elles" if fem else "ils"
    subs = {
        "{Gc}": "Les " + noun, "{G}": "les " + noun, "{Nc}": cap(noun), "{N}": noun,
        "{des}": "des " + noun, "{aux}": "aux " + noun, "{de}": de, "{ces}": "ces " + noun,
        "{sg}": sg, "{Ils}": cap(ils), "{ils}": ils, "{eux}": "elles" if fem else "eux",
    }
    for k, v in subs.items():
        text = text.replace(k, v)
    return text


LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"], "s": ["$", "5"], "t": ["7"],
        "l": ["1"], "é": ["3"]}


def trick(text, how, rng):
    m = KEY.search(text)
    word = m.group(1)
    before, after = text[:m.start()], text[m.end():]
    core = word
    if how == "swap":
        spots = [i for i in range(1, len(core) - 2) if core[i] != core[i + 1] and core[i].isalpha()
                 and core[i + 1].isalpha()]
        i = rng.choice(spots)
        new = core[:i] + core[i + 1] + core[i] + core[i + 2:]
    elif how == "delete":
        spots = [i for i in range(1, len(core) - 1) if core[i].isalpha() and core[i] != core[i - 1]]
        i = rng.choice(spots)
        new = core[:i] + core[i + 1:]
    elif how == "space_added":
        letters = core.replace(" ", "")
        if len(letters) <= 9 and rng.random() < 0.5:
            new = " ".join(letters)
        else:
            i = rng.randrange(2, len(core) - 1)
            new = core[:i] + " " + core[i:]
    elif how == "leet":
        idx = [i for i, c in enumerate(core) if c.lower() in LEET]
        rng.shuffle(idx)
        chars = list(core)
        for i in idx[:max(2, len(idx) // 2)]:
            chars[i] = rng.choice(LEET[chars[i].lower()])
        new = "".join(chars)
    elif how == "space_removed":
        new = core.replace(" ", "")
        if before.endswith(" ") and before.strip():
            before = before[:-1]
        elif after.startswith(" "):
            after = after[1:]
        if rng.random() < 0.5 and after.startswith(" ") and after[1:2].isalpha():
            after = after[1:]
    else:
        raise ValueError(how)
    return before + new + after


def plain(text):
    return KEY.sub(lambda m: m.group(1), text)


class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.rows = []       # dicts with text, kind, target, pair, frame
        self.texts = set()
        self.npairs = 0

    def add(self, kind, target, text, frame, pair="", wrap=False):
        if wrap and self.rng.random() < 0.5:
            text = self.rng.choice(PREFIXES) + text
        elif wrap:
            text = text + self.rng.choice(SUFFIXES)
        if text in self.texts:
            return False
        self.texts.add(text)
        self.rows.append(dict(text=text, kind=kind, target=target, pair=pair, frame=frame))
        return True

    def count(self, kind, target=None):
        return sum(1 for r in self.rows if r["kind"] == kind and (target is None or r["target"] == target))

    def pairs(self):
        for pi, (hk, ht, benign, targets) in enumerate(PAIRS):
            if targets is TARGETS:
                # eight targets per frame, rotating, so that the pairs spread evenly
                targets = [TARGETS[(pi * 3 + k) % len(TARGETS)] for k in range(8)]
            for t in targets:
                self.npairs += 1
                pid = f"p{self.npairs}"
                self.add(hk, t, plain(fill(ht, t, self.rng)), ("pair", pi, 0), pid)
                for bi, (bk, bt) in enumerate(benign):
                    self.add(bk, t, plain(fill(bt, t, self.rng)), ("pair", pi, bi + 1), pid)
        spell_cycle = 0
        for pi, (ht, bt) in enumerate(SPELL_PAIRS):
            for t in TARGETS:
                kind = SPELL_KINDS[spell_cycle % len(SPELL_KINDS)]
                spell_cycle += 1
                how = kind[len("spell_"):]
                self.npairs += 1
                pid = f"p{self.npairs}"
                same = self.rng.random()
                hate = fill(ht, t, random.Random(same))
                benign = fill(bt, t, random.Random(same))
                self.add(kind, t, trick(hate, how, self.rng), ("spair", pi, 0), pid)
                self.add("spell_benign", t, trick(benign, how, self.rng), ("spair", pi, 1), pid)

    def fill_kind(self, kind, quota, templates, source_kind=None, how=None):
        for i, (t, text) in enumerate(S.get(kind, [])):
            self.add(kind, t, text, ("spec", kind, i), wrap=self.rng.random() < 0.1)
        if not templates:
            return
        norm = [(x, TARGETS) if isinstance(x, str) else x for x in templates]
        order = list(range(len(norm)))
        self.rng.shuffle(order)
        i = 0
        guard = 0
        used = set()
        while (self.count(kind) < quota or len(used) < len(norm)) and guard < 2000:
            guard += 1
            ti = order[i % len(order)]
            i += 1
            tpl, allowed = norm[ti]
            allowed = list(allowed)
            self.rng.shuffle(allowed)
            target = min(allowed, key=lambda a: self.count(kind, a))
            text = fill(tpl, target, self.rng)
            if how == "any":
                text = trick(text, self.rng.choice(HOWS), self.rng)
            elif how:
                text = trick(text, how, self.rng)
            else:
                text = plain(text)
            wrap = self.rng.random() < 0.12
            if self.add(kind, target, text, (source_kind or kind, ti), wrap=wrap):
                used.add(ti)


HATE_QUOTA = 27
BENIGN_QUOTA = 34


def build():
    b = Builder()
    b.pairs()
    for kind in LABEL:
        if kind in SPELL_KINDS:
            b.fill_kind(kind, HATE_QUOTA, T["spell_hate"], "spell_hate", kind[len("spell_"):])
        elif kind == "spell_benign":
            b.fill_kind(kind, BENIGN_QUOTA, T["spell_benign"], "spell_benign", "any")
        else:
            quota = HATE_QUOTA if LABEL[kind] else BENIGN_QUOTA
            b.fill_kind(kind, quota, T.get(kind, []))
    return b


# Removed by the lead after writing: ``check_apart.py`` found these five texts (or their template with another group)
# on the training side, written independently by other people; a row the models trained on measures memory.
SHARED_WITH_TRAINING = frozenset({
    "À mon avis, les musulmans n'ont rien à faire dans ce pays.",
    "La Terre est plate et la NASA nous ment depuis soixante ans.",
    "Mort aux Asiatqiues !",
    "Je n'ai jamais eu le moindre problème avec les handicapés.",
    "Les handicapés sont des p a r a s i t e s.",
})


def rows_out(b):
    rng = random.Random(SEED + 1)
    rows = [r for r in b.rows if r["text"] not in SHARED_WITH_TRAINING]
    rng.shuffle(rows)
    pair_ids = {}
    out = []
    for n, r in enumerate(rows, 1):
        pid = ""
        if r["pair"]:
            if r["pair"] not in pair_ids:
                pair_ids[r["pair"]] = f"sp{len(pair_ids) + 1:04d}"
            pid = pair_ids[r["pair"]]
        out.append({"id": f"s{n:05d}", "text": r["text"], "label": str(LABEL[r["kind"]]),
                    "functionality": r["kind"], "target": r["target"], "pair": pid,
                    "_frame": r["frame"]})
    return out


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([r[c] for c in COLUMNS])
    return buf.getvalue()


def stats(rows):
    kinds = collections.Counter(r["functionality"] for r in rows)
    targets = collections.Counter(r["target"] for r in rows)
    labels = collections.Counter(r["label"] for r in rows)
    pairs = {r["pair"] for r in rows if r["pair"]}
    frames = collections.defaultdict(set)
    for r in rows:
        frames[r["functionality"]].add(r["_frame"])
    lines = [f"rows: {len(rows)} (hateful {labels['1']}, not hateful {labels['0']}); "
             f"contrast pairs: {len(pairs)}", "",
             "| kind | label | rows | frames |", "|---|---|---|---|"]
    lines += [f"| {k} | {LABEL[k]} | {kinds[k]} | {len(frames[k])} |"
              for k in sorted(LABEL, key=lambda k: (-LABEL[k], k))]
    lines += ["", "| target | rows |", "|---|---|"]
    lines += [f"| {t} | {targets[t]} |" for t in TARGETS + ["none"]]
    return "\n".join(lines)


def check(rows, text):
    errors = []
    parsed = list(csv.reader(io.StringIO(text)))
    if parsed[0] != COLUMNS:
        errors.append(f"columns {parsed[0]!r}")
    if any(len(p) != len(COLUMNS) for p in parsed):
        errors.append("a row has the wrong number of fields")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids) or ids != [f"s{i:05d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not unique and consecutive")
    texts = [r["text"] for r in rows]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    for r in rows:
        if r["functionality"] not in LABEL:
            errors.append("unknown kind {}".format(r["id"]))
        elif str(LABEL[r["functionality"]]) != r["label"]:
            errors.append("label does not match kind: {}".format(r["id"]))
        if r["target"] not in TARGETS + ["none"]:
            errors.append("unknown target {}".format(r["id"]))
        if r["functionality"] in NO_GROUP_KINDS and r["target"] != "none":
            errors.append("{} must have target none: {}".format(r["functionality"], r["id"]))
        if re.search(r"[<>\[\]{}]", r["text"]):
            errors.append("unfilled template in {}: {}".format(r["id"], r["text"]))
        if re.search(rf"\b(que il|que elle|si ils?|de un|de une|de (les|le) {NOUNS}|à (les|le) {NOUNS})\b", r["text"], re.I):
            errors.append("elision/contraction in {}: {}".format(r["id"], r["text"]))
    kinds = collections.Counter(r["functionality"] for r in rows)
    cells = collections.Counter((r["functionality"], r["target"]) for r in rows)
    frames = collections.defaultdict(set)
    for r in rows:
        frames[r["functionality"]].add(r["_frame"])
    for k in LABEL:
        if kinds[k] < 25:
            errors.append(f"kind {k} has {kinds[k]} rows (< 25)")
        need = 20 if k in MANY_FRAMES else 12
        if len(frames[k]) < need:
            errors.append(f"kind {k} has {len(frames[k])} frames (< {need})")
        if k not in NO_GROUP_KINDS:  # 2 as written; 1 where a row went to SHARED_WITH_TRAINING
            errors += [f"cell {k}/{t} has {cells[(k, t)]} rows (< 1)"
                       for t in TARGETS if cells[(k, t)] < 1]
    pairs = collections.defaultdict(list)
    for r in rows:
        if r["pair"]:
            pairs[r["pair"]].append(r)
    if len(pairs) < 120:
        errors.append(f"only {len(pairs)} pairs (< 120)")
    for pid, members in pairs.items():
        labels = sorted(m["label"] for m in members)
        if labels[0] != "0" or labels[-1] != "1" or labels.count("1") != 1:
            errors.append(f"pair {pid} is not one hateful row plus benign rows")
        if len({m["target"] for m in members}) != 1:
            errors.append(f"pair {pid} mixes targets")
    n1 = sum(r["label"] == "1" for r in rows)
    if not 0.4 <= n1 / len(rows) <= 0.6:
        errors.append("hateful share %.2f is outside 0.4-0.6" % (n1 / len(rows)))
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stats", action="store_true", help="print counts per kind, target, pairs")
    ap.add_argument("--check", action="store_true", help="check format and coverage")
    ap.add_argument("--sample", type=int, default=0, help="print N random rows")
    args = ap.parse_args()
    rows = rows_out(build())
    text = to_csv(rows)
    OUT.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {OUT} ({len(rows)} rows)", file=sys.stderr)
    if args.stats:
        print(stats(rows))
    if args.sample:
        for r in random.Random(args.sample).sample(rows, args.sample):
            print("{} {} {} {} | {}".format(r["id"], r["functionality"], r["target"], r["pair"], r["text"]))
    if args.check:
        errors = check(rows, text)
        for e in errors:
            print("CHECK:", e)
        print("check: " + ("ok" if not errors else f"{len(errors)} problem(s)"))
        return 1 if errors else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
