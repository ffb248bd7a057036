"""Write ``models/suite/eval_opinions.csv``: a small hand-written French evaluation set on opinions about contested subjects.

What it measures. The moderation models flag legitimate opinions on contested subjects as hate, sometimes with high
confidence, because those subjects (immigration, Islam, the pass sanitaire, trans athletes...) mostly appear in
hateful posts of the training tweets. This set asks whether a model tells an opinion, a policy position, a criticism
of a government, a law, an institution or of a religion's ideas apart from hate on the same subject that targets a
protected group of people. Benign rows (label 0): positions for and against on immigration, asylum, borders,
integration, welfare or policing that attack no people (``opinion_policy``); criticism of health measures, without
conspiracy claims (``opinion_health``); laïcité, religious symbols, criticism of a religion's doctrine or institutions
as ideas (``opinion_secular``); disagreement with an activist position on a policy, without demeaning women, LGBT,
trans or disabled people (``opinion_society``); insults or harsh criticism of politicians, governments, parties, the
police as an institution or the media, which are not protected targets (``critique_power``); honest questions on
those subjects (``opinion_question``). Hateful rows (label 1): the same policy subject but dehumanising, derogating
or blaming a protected group as people (``hate_policy``); a protected group blamed for a virus or a health crisis,
or cast as the author or the victim of a vaccine plot (``hate_health``); hate of believers as people under cover of
laïcité (``hate_secular``); misogyny, homophobia, transphobia or ableism under cover of a policy debate
(``hate_society``). A ``pair`` (``op001``...) joins one hateful row to the benign row(s) on the same subject and
target; unpaired rows have an empty ``pair``. Eleven protected targets (black, arab, asian, roma, migrant, jewish,
muslim, women, gay, trans, disabled), each named in several ways, and ``none`` for rows that name no group (all
benign: criticism of governments, health measures, institutions).

Who and when. Written by hand, sentence by sentence, by a helper session on 2026-12-06. No slot-filling: every row is
its own sentence, in mixed registers (tweet with ``@USER``, hashtags, emoji, SMS spelling and typos, forum post,
op-ed sentence, reply), and no frame is repeated over targets by swapping the group name. No outside dataset, test
suite, corpus or web search was used; facts mentioned in passing were written from memory (the labels do not depend
on them). Labels follow one rule: a row is hateful when it dehumanises, derogates, blames, excludes or wishes harm on
a protected group as people; a position on a policy, a law, a state, a party, a religion's doctrine or an
institution is not hate, however harsh, as long as it attacks no protected group of people.

How it was kept apart. The writer did not open ``worker/``, ``models/suite/train*.py`` (nor the training batch on
the same theme written at the same time by another helper), ``models/suite/train.csv``, the data of
``make_train.py``, ``augment.py``, ``models/extra/written_examples.csv``, ``models/README.md``,
``docs/decision-policy.md``, nor the texts of the earlier evaluation sets (header lines only), and did not run the
moderation models on this set. ``check_apart.py`` checks this file against the training side and against the four
earlier evaluation sets (``eval.csv``, ``eval_second.csv``, ``eval_third.csv``, ``eval_facts.csv``).

It is an evaluation set: never train on it, never tune on it, never copy or paraphrase its sentences into training
data.

    python3 models/suite/make_eval_opinions.py            # writes models/suite/eval_opinions.csv
    python3 models/suite/make_eval_opinions.py --stats    # counts per kind, target and label
    python3 models/suite/make_eval_opinions.py --check    # validations (exit 1 on failure)

Standard library only, Python >= 3.11; the output is byte-identical on every run.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # evalset, run as a script
import evalset  # noqa: E402

OUT = Path(__file__).resolve().parent / "eval_opinions.csv"

BENIGN_KINDS = ("opinion_policy", "opinion_health", "opinion_secular", "opinion_society", "critique_power",
                "opinion_question")
HATEFUL_KINDS = ("hate_policy", "hate_health", "hate_secular", "hate_society")
LABEL = {**{k: 0 for k in BENIGN_KINDS}, **{k: 1 for k in HATEFUL_KINDS}}
TARGETS = ("black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled",
           "none")
PROTECTED = TARGETS[:-1]

# Each row: (pair tag within its target or "", kind, text). Rows with the same tag in one target form one pair.

BLACK = [
    ("a", "critique_power", "Je ne sais pas si les gendarmes sont coupables dans l'affaire Adama Traoré, mais une "
                            "instruction qui dure huit ans, c'est un déni de justice."),
    ("a", "hate_policy", "Adama, encore un nègre délinquant qu'on veut faire passer pour un saint. Bon débarras."),
    ("b", "opinion_policy", "Je suis contre les statistiques ethniques, même pour mesurer le racisme anti-Noirs : la "
                            "République ne doit pas compter ses citoyens par couleur de peau."),
    ("b", "hate_policy", "Pas besoin de stats, va faire un tour à Fleury-Mérogis : les Noirs sont des sauvages, "
                         "c'est comme ça et pas autrement."),
    ("c", "opinion_policy", "Supprimer le droit du sol à Mayotte ? Je comprends la détresse des Mahorais, mais je doute "
                            "que ça change grand-chose aux arrivées depuis les Comores."),
    ("c", "hate_policy", "Mayotte envahie par les Comoriens, des macaques qui pondent des gosses à la chaîne pour les "
                         "allocs 🐒"),
    ("d", "opinion_health", "Fermer les frontières à toute l'Afrique australe pour Omicron, c'était injuste : "
                            "l'Afrique du Sud a été punie pour avoir bien séquencé le virus."),
    ("d", "hate_health", "Ebola, le sida, maintenant la variole du singe… tout sort de chez les Noirs, cette race est "
                         "un nid à microbes."),
    ("e", "opinion_policy", "Je suis contre la discrimination positive à l'américaine, même pour réparer des "
                            "injustices bien réelles envers les Noirs : je préfère des critères sociaux."),
    ("e", "hate_policy", "Discrimination positive pour les blacks ? Ils ont pas le QI pour les grandes écoles, c'est "
                         "biologique, aucun quota n'y changera rien."),
    ("f", "opinion_policy", "Déboulonner la statue de Colbert ? Je suis contre, je préfère un panneau qui explique le "
                            "Code noir. L'histoire ne s'efface pas, elle s'enseigne."),
    ("f", "hate_policy", "Ces négros qui veulent déboulonner Colbert devraient lui dire merci, sans nous ils vivraient "
                         "encore dans les arbres"),
    ("g", "critique_power", "Les juntes du Sahel ont confisqué le pouvoir et muselé la presse ; les dénoncer n'a rien "
                            "de raciste."),
    ("g", "hate_policy", "Le Sahel, c'est ce qui arrive quand on laisse les Africains se gouverner tout seuls : le "
                         "chaos et la barbarie, rien d'autre."),
    ("h", "opinion_question", "Les contrôles au faciès visent surtout les jeunes Noirs, paraît-il. Est-ce que le "
                              "récépissé a marché dans les pays qui l'ont essayé ?"),
    ("h", "hate_policy", "Le contrôle au faciès c'est de la prévention. Un renoi en survêt, c'est un voleur jusqu'à "
                         "preuve du contraire."),
    ("i", "opinion_policy", "Je suis pour réduire l'aide au développement des pays qui refusent de reprendre leurs "
                            "ressortissants expulsés, Mali compris."),
    ("i", "hate_policy", "L'aide à l'Afrique, c'est de la confiture donnée aux cochons, ces gens-là n'ont jamais rien "
                         "construit de leurs mains."),
    ("j", "critique_power", "Le franc CFA est un reste de Françafrique, et les Africains qui veulent en sortir ont "
                            "bien raison. #FrancCFA"),
    ("j", "hate_policy", "Qu'ils sortent du franc CFA, ces Africains ont toujours été infoutus de gérer le moindre "
                         "sou, on rigolera bien dans cinq ans."),
    ("k", "critique_power", "@USER Dire que la police française a un problème de racisme envers les Noirs, c'est pas "
                            "« haïr les flics », c'est demander qu'on répare l'institution."),
    ("k", "hate_policy", "La police a aucun problème avec les Noirs, c'est les Noirs le problème, partout où ils "
                         "posent leurs valises."),
    ("", "opinion_society", "Le Mois de l'histoire des Noirs à l'école, j'ai des doutes : je préfère que cette "
                            "histoire soit intégrée aux programmes toute l'année."),
    ("", "opinion_question", "Est-ce que la discrimination à l'embauche contre les personnes noires a vraiment baissé "
                             "depuis les testings de l'État, ou on communique juste plus dessus ?"),
]

ARAB = [
    ("a", "opinion_policy", "Je suis pour le récépissé de contrôle d'identité : ça protégerait les jeunes Maghrébins "
                            "des contrôles à répétition et ça couperait court aux soupçons contre les policiers."),
    ("a", "hate_policy", "Les contrôles au faciès c'est du bon sens, les Arabes c'est 100% racaille, faut les "
                         "contrôler matin midi et soir."),
    ("b", "opinion_policy", "Réduire les visas pour pousser l'Algérie à reprendre ses ressortissants expulsés, je "
                            "trouve ça légitime sur le plan diplomatique."),
    ("b", "hate_policy", "Plus un seul visa pour ces bicots, l'Algérie n'a qu'à garder sa vermine chez elle."),
    ("c", "critique_power", "Le pouvoir algérien entretient la rente mémorielle contre la France pour faire oublier "
                            "ses propres échecs. Tebboune n'a aucun bilan."),
    ("c", "hate_policy", "Les Algériens sont un peuple de voleurs et de menteurs, pas étonnant que leur pays soit une "
                         "poubelle à ciel ouvert."),
    ("d", "opinion_policy", "Les émeutes de juin ne sont pas « une affaire d'Arabes » : ce sont des gamins de quartiers "
                            "abandonnés. Sanctionnons les casseurs, et réparons enfin ces quartiers."),
    ("d", "hate_policy", "Émeutes = Arabes, toujours la même histoire. Ces sauvages brûlent tout ce qu'ils touchent, "
                         "retour au bled à coups de matraque."),
    ("e", "opinion_policy", "La déchéance de nationalité pour les binationaux terroristes, j'étais contre : ça crée deux "
                            "catégories de Français."),
    ("e", "hate_policy", "Binationaux franco-maghrébins = traîtres en puissance. Un rebeu reste un rebeu, même avec un "
                         "passeport français dans la poche."),
    ("f", "critique_power", "La monarchie marocaine emprisonne des journalistes et personne n'ose rien dire à Paris. "
                            "Honteux."),
    ("f", "hate_policy", "Les Marocains sont tous des voleurs de portables, et leur roi est à leur image."),
    ("g", "opinion_question", "Pourquoi les médias précisent-ils « d'origine maghrébine » dans certains faits divers "
                              "et jamais l'origine des autres ? Vraie question de déontologie."),
    ("g", "hate_policy", "Ils disent « des jeunes », tout le monde a compris que c'était encore les bougnoules, cette "
                         "race de délinquants."),
    ("h", "opinion_policy", "Enseigner l'arabe à l'école publique comme n'importe quelle langue vivante, ça me semble "
                            "mieux que de le laisser aux seules associations."),
    ("h", "hate_policy", "L'arabe à l'école ?? la langue des égorgeurs ??? qu'ils apprennent d'abord à parler comme "
                         "des humains"),
    ("i", "critique_power", "Le Qatar achète des clubs, des hôtels et de l'influence. Dire que notre diplomatie est à "
                            "vendre, ce n'est pas du racisme."),
    ("i", "hate_policy", "Les Arabes du Golfe achètent tout, ces bédouins crasseux finiront par nous acheter nous "
                         "aussi."),
    ("j", "opinion_health", "Pendant le confinement, les jeunes de Seine-Saint-Denis, souvent d'origine maghrébine, "
                            "auraient reçu bien plus d'amendes qu'ailleurs. Il faudrait une vraie enquête là-dessus."),
    ("j", "hate_health", "Les clusters dans les cités c'est les Arabes, ils respectent rien et nous refilent le Covid "
                         "avec leurs mariages de 500 personnes."),
    ("k", "opinion_question", "Est-ce que des statistiques ethniques aideraient à mesurer les discriminations contre "
                              "les Maghrébins, ou ce serait dangereux ?"),
    ("k", "hate_policy", "Des stats ethniques ? On connaît déjà la conclusion : les Maghrébins pleurent la "
                         "discrimination alors qu'ils refusent de s'intégrer."),
    ("", "critique_power", "@USER Tu peux trouver le gouvernement algérien nul sans insulter 45 millions "
                           "d'Algériens, hein."),
    ("", "critique_power", "Marre que les chaînes d'info parlent des Arabes uniquement quand il y a des émeutes. "
                           "Montrez aussi les quartiers qui bossent et qui créent."),
]

ASIAN = [
    ("a", "critique_power", "Pékin a menti sur le début de l'épidémie à Wuhan et a fait taire les médecins lanceurs "
                            "d'alerte. Il faut le dire haut et fort."),
    ("a", "hate_health", "Les Chinois nous ont refilé leur virus à force de bouffer des chauves-souris, ces sales "
                         "bêtes."),
    ("b", "opinion_health", "Je pense qu'on aurait dû suspendre plus tôt les vols en provenance de Chine début 2020, "
                            "comme l'ont fait certains pays."),
    ("b", "hate_health", "Il fallait fermer les frontières ET foutre dehors tous les asiats de Paris, ils sont tous "
                         "porteurs"),
    ("c", "opinion_question", "Le vaccin chinois Sinovac était-il vraiment moins efficace que les autres, ou c'était "
                              "surtout de la propagande occidentale ?"),
    ("c", "hate_health", "Les vaccins chinois contiennent des puces pour nous pister, ce peuple de fourmis veut "
                         "contrôler la planète 🐜🐜"),
    ("d", "critique_power", "Le Parti communiste chinois enferme des centaines de milliers d'Ouïghours dans des camps. "
                            "Boycottons les marques qui profitent du travail forcé."),
    ("d", "hate_policy", "Les Chinois sont des robots sans âme, pas étonnant qu'ils enferment des gens, c'est dans "
                         "leur nature."),
    ("e", "opinion_policy", "Je suis pour limiter les rachats d'entreprises stratégiques par des groupes chinois. "
                            "C'est de la souveraineté, pas du racisme."),
    ("e", "hate_policy", "Les chinetoques rachètent tout, nos vignobles, nos ports, nos aéroports, une vraie invasion "
                         "de sauterelles."),
    ("f", "critique_power", "La chasse à la baleine « scientifique » du Japon est une hypocrisie, Tokyo doit y mettre "
                            "fin."),
    ("f", "hate_policy", "Les Japs massacrent les baleines pour le plaisir, ce peuple de sadiques n'a jamais eu "
                         "aucune pitié."),
    ("g", "opinion_policy", "Restreindre les visas d'étudiants chinois dans les labos sensibles, ça se défend si c'est "
                            "ciblé sur quelques domaines précis."),
    ("g", "hate_policy", "Tous les étudiants chinois sont des espions, ces bridés viennent piller nos labos et "
                         "repartir avec nos brevets."),
    ("h", "opinion_health", "Porter un masque quand on est enrhumé, comme au Japon ou en Corée, je trouve ça plutôt "
                            "civique. On pourrait s'en inspirer, sans obligation."),
    ("h", "hate_health", "Quand je vois un Asiatique masqué dans le métro je change de wagon, ces gens-là trimballent "
                         "toutes les épidémies du monde."),
    ("i", "critique_power", "@USER critiquer Xi Jinping n'a rien à voir avec le racisme anti-asiatique, et mélanger "
                            "les deux fait le jeu des deux camps"),
    ("i", "hate_policy", "Xi ou pas Xi, les Chinois sont des parasites qui copient tout et n'inventent rien."),
    ("", "opinion_question", "Pourquoi dit-on des Asiatiques qu'ils sont une « minorité modèle » ? Ce cliché fait du "
                             "tort aussi, non ?"),
    ("", "opinion_policy", "Je suis pour une réciprocité stricte avec la Chine : nos boîtes ne peuvent pas investir "
                           "librement là-bas, alors pourquoi l'inverse serait-il permis ?"),
]

ROMA = [
    ("a", "opinion_policy", "Évacuer un campement rom sans proposer de relogement, c'est juste déplacer le problème de "
                            "cinq cents mètres. Politique absurde et coûteuse."),
    ("a", "hate_policy", "Raser les camps de Roms, oui, et avec eux dedans idéalement 🔥"),
    ("b", "opinion_policy", "Les communes qui ne construisent pas les aires d'accueil obligatoires pour les gens du "
                            "voyage devraient être sanctionnées, comme pour les logements sociaux."),
    ("b", "opinion_policy", "Je comprends les maires qui râlent quand des caravanes s'installent sur le terrain de "
                            "foot : il faut des aires pour les gens du voyage, et des expulsions rapides quand c'est "
                            "illégal."),
    ("b", "hate_policy", "Pas d'aire d'accueil pour les gitans, c'est des voleurs de poules qui pillent tout sur leur "
                         "passage."),
    ("c", "opinion_policy", "Je suis pour interdire la mendicité avec enfants et poursuivre les réseaux qui exploitent "
                            "des familles roms, pas les mendiants eux-mêmes."),
    ("c", "hate_policy", "Les Roms font mendier leurs mômes parce qu'ils sont fainéants par nature, ce peuple a jamais "
                         "travaillé de sa vie."),
    ("d", "opinion_policy", "Scolariser les enfants roms des bidonvilles devrait être une priorité : les mairies qui "
                            "refusent leur inscription violent la loi."),
    ("d", "hate_policy", "Scolariser des petits Roms ? Ils vont piquer les trousses des autres gamins, c'est dans leurs "
                         "gènes."),
    ("e", "critique_power", "La Roumanie et la Bulgarie ont touché des fonds européens pour l'insertion des Roms et on "
                            "ne voit rien venir. Où est passé l'argent ?"),
    ("e", "hate_policy", "Fonds européens ou pas, les Tsiganes resteront une plaie, faudrait les parquer loin de "
                         "tout."),
    ("f", "opinion_health", "Pendant le Covid, les bidonvilles roms ont été oubliés par les campagnes de vaccination ; "
                            "c'est une faute de santé publique."),
    ("f", "hate_health", "Les bidonvilles de Roms sont des foyers d'infection, gale, tuberculose, ils vont nous "
                         "contaminer tous."),
    ("g", "opinion_question", "C'est quoi la différence entre Roms, gens du voyage et Manouches ? Je mélange tout et "
                              "j'ai l'impression que les médias aussi."),
    ("g", "hate_policy", "Roms, gitans, manouches, même engeance de voleurs, y a aucune différence."),
    ("h", "critique_power", "Le maire qui a fait couper l'eau d'un campement rom en pleine canicule mérite d'être "
                            "poursuivi."),
    ("h", "hate_policy", "Couper l'eau aux romanos, excellente idée, ça leur donnera une raison de dégager ces rats"),
    ("i", "opinion_policy", "@USER le carnet de circulation des gens du voyage a été supprimé en 2017, et c'était une "
                            "bonne chose à mon avis."),
    ("i", "hate_policy", "Supprimer le carnet de circulation, grosse erreur : il faudrait ficher chaque gitan, c'est "
                         "des délinquants nés."),
    ("", "opinion_question", "Pourquoi tant de Roms roumains vivent-ils en bidonville en France alors qu'ils sont "
                             "citoyens européens ? C'est une question d'accès au travail ?"),
]

MIGRANT = [
    ("a", "opinion_policy", "Je suis favorable à des quotas d'immigration votés chaque année par le Parlement, comme "
                            "au Canada. C'est un débat démocratique, pas un tabou."),
    ("a", "hate_policy", "Des quotas ? Zéro, oui. Ces migrants sont des parasites qui viennent sucer nos allocs, qu'ils "
                         "retournent dans leur brousse."),
    ("b", "opinion_policy", "Régulariser les sans-papiers qui bossent depuis des années dans la restauration et le BTP, "
                            "c'est juste du bon sens économique."),
    ("b", "opinion_policy", "@USER je suis contre les régularisations massives, ça crée un appel d'air. Au cas par cas, "
                            "oui."),
    ("b", "hate_policy", "Régulariser des clandestins, autant régulariser les cafards dans ta cuisine."),
    ("c", "opinion_policy", "Les délais de traitement des demandes d'asile sont trop longs : dix-huit mois d'attente, "
                            "c'est injuste pour tout le monde, demandeurs compris."),
    ("c", "hate_policy", "Demandeurs d'asile mon cul, c'est des envahisseurs qui mentent tous sur leur âge et leur "
                         "pays #Remigration"),
    ("d", "opinion_policy", "Rétablir des contrôles aux frontières intérieures de Schengen me paraît légitime en période "
                            "de crise migratoire, même si ça gêne les travailleurs frontaliers."),
    ("d", "hate_policy", "Fermez les frontières et tirez sur les bateaux, ces gens-là ne sont pas des humains, c'est "
                         "une horde."),
    ("e", "opinion_policy", "L'aide médicale d'État pour les étrangers en situation irrégulière coûte environ un "
                            "milliard par an ; on peut débattre de son périmètre sans tomber dans la caricature."),
    ("e", "opinion_policy", "Perso je limiterais l'AME aux soins urgents, comme le proposait un rapport. Ça se discute, "
                            "sans haine de personne."),
    ("e", "hate_policy", "L'AME sert à soigner la vermine étrangère qui débarque avec ses maladies, pendant que nos "
                         "vieux crèvent à l'hosto."),
    ("f", "opinion_policy", "Exiger un niveau de français correct pour la carte de résident, je trouve ça plutôt "
                            "normal, à condition de financer vraiment les cours pour les immigrés."),
    ("f", "hate_policy", "Test de français ou pas, ces immigrés sont inintégrables par nature, ils ont ça dans le "
                         "sang."),
    ("g", "critique_power", "La préfecture qui fait lacérer les tentes des exilés à Calais en plein hiver, c'est "
                            "indigne d'un État."),
    ("g", "hate_policy", "Lacérer leurs tentes ne suffit pas, faut renvoyer ces rats de Calais à la nage 🐀"),
    ("h", "opinion_question", "Sincèrement, quelqu'un sait combien d'OQTF sont réellement exécutées chaque année ? On "
                              "entend tout et son contraire."),
    ("h", "hate_policy", "OQTF pas exécutées, normal, ces migrants se reproduisent plus vite qu'on ne les expulse."),
    ("i", "opinion_question", "L'immigration de travail tire-t-elle les salaires vers le bas ? Les économistes ne sont "
                              "pas d'accord entre eux et je ne sais pas trop quoi en penser."),
    ("i", "hate_policy", "Ils viennent voler nos boulots et violer nos femmes, c'est tout ce qu'ils savent faire ces "
                         "migrants."),
    ("j", "opinion_policy", "Je suis mal à l'aise avec les ONG de sauvetage en mer : sauver des vies, évidemment, mais "
                            "je crains que ça arrange aussi les passeurs."),
    ("j", "opinion_policy", "Laisser des gens se noyer pour « dissuader » les autres, c'est une politique qui me "
                            "dégoûte. Secourir en mer, c'est le droit maritime. #SOSMediterranee"),
    ("j", "hate_policy", "Les ONG qui repêchent ces migrants devraient les relâcher au large, un de moins à nourrir 🌊"),
    ("k", "opinion_policy", "Les départements n'ont plus les moyens d'accueillir les mineurs étrangers non accompagnés : "
                            "l'État doit reprendre la main sur l'évaluation et le financement."),
    ("k", "hate_policy", "Mineurs isolés mdr ils ont 30 ans et de la barbe, ces délinquants étrangers, dehors tous "
                         "autant qu'ils sont."),
    ("l", "opinion_policy", "Loger les demandeurs d'asile à l'hôtel à 80 € la nuit, c'est du gaspillage : construisez "
                            "de vrais centres d'accueil."),
    ("l", "hate_policy", "Des hôtels payés pour ces envahisseurs pendant que des Français dorment dehors. Ces sangsues "
                         "méritent la rue, pas une chambre."),
    ("m", "opinion_policy", "Je voterais pour un référendum sur l'immigration. Que le peuple tranche, ce serait plus "
                            "sain que ces débats sans fin à l'Assemblée."),
    ("m", "hate_policy", "Référendum ou pas, le grand remplacement est en marche, ces hordes d'étrangers vont nous "
                         "submerger et nous effacer."),
    ("n", "critique_power", "Le ministre de l'Intérieur fait une annonce sur l'immigration tous les trois mois et rien "
                            "ne change. Un communicant, pas un ministre."),
    ("n", "hate_policy", "Le ministre peut bien faire ses annonces, tant qu'on ne traitera pas les migrants comme le "
                         "bétail qu'ils sont, rien ne changera."),
    ("o", "opinion_policy", "Accueillir dignement les réfugiés n'empêche pas de contrôler : on peut être pour le droit "
                            "d'asile et pour l'expulsion rapide des déboutés."),
    ("o", "hate_policy", "Accueillir dignement ? Ces étrangers sont une gangrène qui ronge le pays, on ne soigne pas la "
                         "gangrène avec de la dignité."),
    ("p", "opinion_question", "@USER c'est quoi la différence concrète entre réfugié et migrant économique dans le "
                              "droit français ? vraie question hein"),
    ("p", "hate_policy", "réfugié ou migrant économique osef, c tous des profiteurs qui viennent se vautrer dans nos "
                         "allocs"),
    ("q", "critique_power", "Lampedusa : l'Italie ne peut pas gérer seule ces arrivées, et la solidarité européenne "
                            "est une farce."),
    ("q", "hate_policy", "Lampedusa submergée par des sauvages, l'Italie n'a qu'à les parquer sur l'île et les laisser "
                         "y pourrir."),
    ("", "opinion_policy", "Le pacte européen sur l'asile et la migration est un compromis bancal : trop dur pour les "
                           "uns, trop mou pour les autres, et personne ne sait comment l'appliquer."),
    ("", "opinion_policy", "Moi j'dis faut revoir le regroupement familial tel qu'il existe, les contrôles sont trop "
                           "légers. Ça fait pas de moi un raciste."),
    ("", "critique_power", "Frontex a fermé les yeux sur des refoulements illégaux de migrants et son directeur a dû "
                           "démissionner. Cette agence doit rendre des comptes."),
    ("", "opinion_question", "Pourquoi les pays du Golfe accueillent-ils si peu de réfugiés syriens comparé à "
                             "l'Allemagne ?"),
]

JEWISH = [
    ("a", "critique_power", "Je critique le gouvernement Netanyahou et la colonisation en Cisjordanie. Ça n'a rien à "
                            "voir avec les Juifs de France."),
    ("a", "hate_policy", "Netanyahou, les juifs de Sarcelles, même engeance, tous des sionistes assoiffés de sang."),
    ("b", "opinion_secular", "Je suis pour interdire l'abattage sans étourdissement, qu'il soit casher ou halal. La "
                             "souffrance animale passe avant les rites."),
    ("b", "hate_secular", "Abattage casher, ça en dit long sur eux : les Juifs ont toujours aimé faire couler le "
                          "sang."),
    ("c", "critique_power", "Le dîner du Crif où tous les ministres défilent, je trouve ça malsain, comme je "
                            "trouverais malsain n'importe quelle organisation aussi courtisée par le pouvoir."),
    ("c", "hate_policy", "Le Crif dicte la politique de la France, les juifs tiennent nos ministres en laisse depuis "
                         "toujours."),
    ("d", "opinion_question", "Pourquoi tant de théories du complot sur le Covid finissent-elles par accuser les Juifs "
                              "? Ça vient d'où, historiquement ?"),
    ("d", "hate_health", "Pfizer, Bourla, les banquiers… regardez qui est derrière le Covid, c'est toujours les mêmes "
                         "🐀"),
    ("e", "opinion_health", "Les manifs anti-pass avec des étoiles jaunes m'ont choqué : on peut critiquer le pass "
                            "sanitaire sans se comparer aux Juifs déportés."),
    ("e", "hate_health", "Ce vaccin est un projet sioniste pour stériliser les goyim, renseignez-vous sur qui possède "
                         "les labos 💉"),
    ("f", "opinion_secular", "La laïcité s'applique à l'État, pas aux citoyens : un élève peut porter la kippa dans "
                             "la rue mais pas à l'école publique, et je trouve cette règle juste."),
    ("f", "hate_secular", "Kippa à l'école ou pas, on s'en fout, ce qu'il faut c'est débarrasser le pays de ces "
                          "youpins."),
    ("g", "critique_power", "Les bombardements sur Gaza tuent des milliers de civils, et le gouvernement israélien "
                            "devra en répondre devant la justice internationale."),
    ("g", "hate_policy", "Gaza montre ce que les juifs sont vraiment : des tueurs d'enfants, depuis toujours."),
    ("h", "opinion_question", "Peut-on être antisioniste sans être antisémite ? Je pose la question sérieusement, "
                              "j'entends des avis opposés autour de moi."),
    ("h", "hate_policy", "Antisioniste, antisémite, appelle ça comme tu veux, le problème reste les juifs et leur "
                         "fric."),
    ("i", "opinion_secular", "Je suis contre le financement public des écoles confessionnelles sous contrat, "
                             "catholiques, juives ou musulmanes. L'argent public à l'école publique."),
    ("i", "hate_secular", "Les écoles juives sont des usines à fabriquer des gens qui nous méprisent, faut les fermer "
                          "et foutre leurs familles dehors."),
    ("j", "critique_power", "Certains éditorialistes crient à l'antisémitisme dès qu'on critique Israël, et ça "
                            "dessert la lutte contre le vrai antisémitisme."),
    ("j", "hate_policy", "Les juifs contrôlent les médias et crient à l'antisémitisme pour faire taire tout le monde, "
                         "vieille ruse de leur race."),
    ("k", "opinion_health", "Israël a vacciné très vite grâce à un accord de données avec Pfizer : efficace, mais ça "
                            "pose de vraies questions de vie privée."),
    ("k", "hate_health", "Le Covid a été fabriqué dans un labo israélien pour vendre le vaccin, les juifs se font du "
                         "fric sur nos morts."),
    ("l", "opinion_policy", "Il faut protéger les synagogues avec des militaires tant que la menace terroriste est là. "
                            "C'est de l'ordre public, pas un privilège."),
    ("l", "hate_policy", "Des soldats devant leurs synagogues payés avec nos impôts, pendant que ces parasites "
                         "s'engraissent sur notre dos."),
    ("m", "opinion_secular", "Le judaïsme, comme toutes les religions, a des textes que je trouve durs envers les "
                             "femmes. On peut le dire sans viser les Juifs."),
    ("m", "hate_secular", "Leur Talmud autorise à tromper les non-juifs, voilà pourquoi les juifs réussissent si bien "
                          "dans la finance."),
    ("n", "critique_power", "@USER boycotter les produits des colonies israéliennes c'est une position politique, pas "
                            "une haine des juifs, faut arrêter l'amalgame"),
    ("n", "hate_policy", "Boycott des colonies ? Boycottons direct tous les commerces juifs, plus simple et plus "
                          "efficace."),
    ("", "opinion_secular", "Le grand rabbinat israélien refuse de reconnaître des conversions faites à l'étranger : "
                            "cette institution est devenue bien trop rigide."),
    ("", "opinion_secular", "Que les ultra-orthodoxes soient dispensés de service militaire en Israël me paraît "
                            "injuste envers les autres citoyens."),
]

MUSLIM = [
    ("a", "opinion_secular", "Je suis pour l'interdiction du voile intégral dans l'espace public, au nom de l'égalité "
                             "et de la sécurité. Je respecte les croyants, pas cette pratique."),
    ("a", "hate_secular", "Le niqab c'est l'uniforme de leur invasion, ces musulmans sont des cafards qu'il faut "
                          "chasser de nos rues."),
    ("b", "opinion_secular", "L'interdiction de l'abaya à l'école ? Franchement je suis partagé : la laïcité oui, mais "
                             "une police du vêtement sur des ados, ça me gêne."),
    ("b", "opinion_secular", "Ministre qui interdit l'abaya : bonne décision, l'école doit rester un sanctuaire neutre. "
                             "Point."),
    ("b", "hate_secular", "Abaya interdite très bien, maintenant faut interdire les musulmans tout court, cette race "
                          "de fanatiques n'a rien à faire en France."),
    ("c", "opinion_secular", "On a le droit de trouver la charia incompatible avec l'égalité hommes-femmes. Critiquer "
                             "une doctrine n'est pas détester ceux qui y croient."),
    ("c", "hate_secular", "L'islam c'est une religion de barbares et chaque musulman est un terroriste en puissance, "
                          "faut arrêter de se mentir."),
    ("d", "opinion_secular", "Je défends le droit de caricaturer Mahomet comme on caricature le pape ou Jésus. Le "
                             "blasphème n'est pas un délit en France."),
    ("d", "hate_secular", "Ils se vexent pour un dessin ? Qu'on les renvoie tous dans leur désert, ces musulmans "
                          "incapables de vivre chez des gens civilisés."),
    ("e", "opinion_secular", "Pour moi la cantine n'a pas à proposer de menus confessionnels, mais un menu végétarien "
                             "règle le problème pour tout le monde."),
    ("e", "hate_secular", "Un menu de substitution pour les enfants de muzz ? Qu'ils bouffent du porc ou qu'ils "
                          "dégagent 🐷"),
    ("f", "opinion_secular", "Le financement des mosquées par des États étrangers pose un vrai problème de "
                             "souveraineté, comme il en poserait pour n'importe quel culte."),
    ("f", "hate_secular", "Chaque nouvelle mosquée est une caserne et chaque fidèle un soldat de l'ennemi. Rasez-les."),
    ("g", "opinion_secular", "Le CFCM n'a jamais réussi à représenter les musulmans de France, c'est une coquille vide "
                             "créée d'en haut par l'État."),
    ("g", "hate_secular", "Pas besoin de conseil pour les représenter, les musulmans sont tous pareils : menteurs, "
                          "violents et obsédés."),
    ("h", "opinion_secular", "La FFF qui refuse d'interrompre les matchs pour la rupture du jeûne, je trouve ça "
                             "cohérent avec sa règle de neutralité, même si ça se discute."),
    ("h", "hate_secular", "Les joueurs qui font le ramadan, faut les virer des clubs, ces fanatiques plombent nos "
                          "équipes."),
    ("i", "opinion_secular", "La loi contre le « séparatisme » vise surtout l'islam sans le dire, et ça me gêne, même "
                             "si je suis très attaché à la laïcité."),
    ("i", "hate_secular", "Séparatisme ? Ils sont tous séparatistes, les musulmans, c'est génétique chez eux de haïr "
                          "la France."),
    ("j", "opinion_question", "Vraie question : une mère voilée peut-elle accompagner une sortie scolaire ? Je lis "
                              "des choses contradictoires."),
    ("j", "hate_secular", "des mamans voilées en sortie scolaire avec nos gosses 🤮 ces serpillières ambulantes "
                          "devraient rester cloîtrées"),
    ("k", "critique_power", "Le régime des mollahs tue des femmes pour un voile mal mis. Ce n'est pas de "
                            "l'islamophobie de le dire, c'est du courage. #FemmeVieLiberté"),
    ("k", "hate_secular", "Les mollahs ne font qu'appliquer l'islam, et tous les musulmans rêvent de faire pareil "
                          "chez nous."),
    ("l", "opinion_policy", "Les listes communautaires aux municipales, je suis contre : un parti religieux n'a rien à "
                            "faire dans une élection, quelle que soit la religion."),
    ("l", "hate_policy", "Des listes musulmanes aux municipales, la preuve qu'ils veulent nous imposer leur charia. "
                         "Faut les déporter avant qu'il soit trop tard."),
    ("m", "opinion_health", "Fermer les lieux de culte pendant le confinement, églises, mosquées et synagogues, je "
                            "trouvais ça excessif vu les protocoles qu'ils avaient mis en place."),
    ("m", "hate_health", "Les clusters c'est les musulmans et leurs mosquées bondées, ils nous ont contaminés exprès."),
    ("n", "opinion_secular", "Critiquer l'islam comme on critique le catholicisme, oui. Insulter les musulmans, non. "
                             "Ce n'est pas si compliqué."),
    ("n", "hate_secular", "Critiquer l'islam ne suffit plus, il faut chasser les musulmans, tous, du premier au "
                          "dernier."),
    ("o", "opinion_secular", "@USER le burkini dans les piscines municipales c'est le règlement d'hygiène qui décide, "
                             "pas un débat de civilisation, calmez-vous 😅"),
    ("o", "hate_secular", "Burkini à la piscine, ces bonnes femmes musulmanes sont des sacs poubelle qui salissent "
                          "l'eau de nos enfants."),
    ("p", "opinion_secular", "Les prédicateurs salafistes sur TikTok m'inquiètent pour les ados, il faudrait que les "
                             "plateformes les modèrent autant que le reste."),
    ("p", "hate_secular", "Salafistes ou « modérés », un musulman reste un musulman : un danger pour nos enfants."),
    ("", "opinion_secular", "Former les imams en France plutôt que de les faire venir de Turquie ou d'Algérie, c'est "
                            "une bonne idée qui traîne depuis vingt ans."),
    ("", "opinion_question", "Pourquoi les prières de rue ont-elles autant fait polémique, alors que c'était surtout "
                             "un manque de place dans les mosquées ?"),
    ("", "opinion_secular", "Je suis athée et je trouve la doctrine islamique sur l'apostasie inacceptable. Tout comme "
                            "ce que certains évangéliques disent des homosexuels."),
    ("", "opinion_question", "Je suis musulmane et je me demande : pourquoi le voile fait-il autant débat alors que la "
                             "kippa ou la croix beaucoup moins ?"),
]

WOMEN = [
    ("a", "opinion_society", "Je suis contre l'écriture inclusive avec points médians : illisible pour les "
                             "dyslexiques et les aveugles. L'égalité femmes-hommes passe par autre chose."),
    ("a", "hate_society", "L'écriture inclusive, encore un caprice de bonnes femmes hystériques qui feraient mieux de "
                          "retourner à leurs fourneaux."),
    ("b", "opinion_society", "Les quotas de femmes dans les conseils d'administration, je n'étais pas fan, mais force "
                             "est de constater que ça a marché."),
    ("b", "opinion_society", "Je reste opposée aux quotas : je veux être choisie pour mes compétences, pas pour "
                             "remplir une case. Avis perso de femme ingénieure."),
    ("b", "hate_society", "Des quotas de femmes ? Pour mettre une cruche de plus au conseil, qui passera la réunion à "
                          "se faire les ongles ?"),
    ("c", "opinion_society", "La FIFA devrait investir bien plus dans le foot féminin, même si je comprends que les "
                             "primes dépendent aussi des recettes."),
    ("c", "hate_society", "Le foot féminin c'est du sous-sport, des gonzesses qui courent comme des canards, personne "
                          "paiera jamais pour voir ça"),
    ("d", "opinion_society", "La parité obligatoire sur les listes municipales dans les petites communes, ça va être un "
                             "casse-tête pour trouver des candidates. Je suis sceptique."),
    ("d", "hate_society", "La parité en politique, c'est mettre des femmes là où il faudrait un cerveau."),
    ("e", "opinion_society", "Je suis contre l'inscription de l'IVG dans la Constitution : pas parce que je suis "
                             "contre l'IVG, mais parce que la Constitution n'est pas un catalogue."),
    ("e", "opinion_society", "Fière que l'IVG soit dans la Constitution. Mon corps, mon choix, et maintenant c'est "
                             "gravé 💜"),
    ("e", "hate_society", "L'IVG dans la Constitution, merci aux salopes qui écartent les cuisses sans vouloir "
                          "assumer."),
    ("f", "opinion_society", "#MeToo a libéré la parole des femmes, mais je crains les accusations publiques sans "
                             "procès. La présomption d'innocence compte aussi."),
    ("f", "hate_society", "MeToo c'est des menteuses qui accusent pour se venger, toutes les femmes sont des "
                          "manipulatrices."),
    ("g", "critique_power", "Je critique cette ministre pour ses réformes ratées, pas parce que c'est une femme : trois "
                            "fiascos en un an, qu'elle démissionne."),
    ("g", "hate_society", "Cette ministre ferait mieux de retourner à la cuisine, une femme au gouvernement c'est "
                          "toujours une catastrophe."),
    ("h", "opinion_question", "Est-ce que le congé menstruel aiderait vraiment les femmes au travail, ou ça risque de "
                              "les pénaliser à l'embauche ?"),
    ("h", "hate_society", "congé menstruel lol, encore une excuse pour les meufs qui veulent pas bosser, c'est pour ça "
                          "qu'on devrait pas les embaucher"),
    ("i", "opinion_society", "La loi sur la transparence des salaires, je suis pour, ça aidera à réduire l'écart entre "
                             "hommes et femmes."),
    ("i", "hate_society", "L'écart de salaire est normal : une femme bosse moins bien et tombe enceinte au premier "
                          "CDI."),
    ("j", "opinion_society", "Je suis pour garder les mêmes épreuves physiques pour hommes et femmes chez les pompiers : "
                             "les flammes ne font pas de différence."),
    ("j", "hate_society", "Des femmes pompiers, sérieux ? Elles paniquent pour une araignée, tout juste bonnes à faire "
                          "le café à la caserne."),
    ("k", "opinion_society", "L'amende pour outrage sexiste ne règle rien sans policiers sur le terrain, c'est une loi "
                             "d'affichage pour les femmes harcelées."),
    ("k", "hate_society", "Outrage sexiste mdr, si une meuf se balade en mini-jupe c'est qu'elle veut qu'on la "
                          "siffle."),
    ("l", "opinion_society", "Les tribunes qui réclament plus de rues au nom de femmes, j'adhère, mais pas en "
                             "débaptisant tout ce qui porte le nom de Victor Hugo 😅"),
    ("l", "hate_society", "Des noms de femmes pour nos rues ? Elles ont rien inventé à part les scènes de ménage."),
    ("", "opinion_question", "Sincèrement, les quotas de femmes en politique ont-ils changé les politiques menées, ou "
                             "seulement les photos officielles ?"),
]

GAY = [
    ("a", "opinion_society", "J'étais contre la PMA pour toutes, je pense qu'un enfant a besoin de connaître ses "
                             "origines. Ça ne m'empêche pas de respecter les couples de femmes."),
    ("a", "hate_society", "PMA pour les gouines, des enfants fabriqués pour des déviantes, ces gosses seront "
                          "traumatisés à vie."),
    ("b", "opinion_society", "Je suis contre la GPA, y compris pour les couples d'hommes : c'est la marchandisation du "
                             "corps des femmes."),
    ("b", "hate_society", "La GPA pour les pédés, c'est acheter des bébés pour assouvir leurs vices."),
    ("c", "opinion_health", "La fin de la restriction du don du sang pour les hommes homos, c'est une bonne décision : "
                            "on juge les pratiques à risque, pas l'orientation."),
    ("c", "hate_health", "Laisser les pédés donner leur sang, c'est nous refiler le sida, ils sont tous malades."),
    ("d", "opinion_health", "La vaccination contre la variole du singe auprès des hommes gays a été beaucoup trop "
                            "lente, les associations ont dû tout faire à la place de l'État."),
    ("d", "hate_health", "La variole du singe, maladie de tapettes, que Dieu les punisse par là où ils ont péché."),
    ("e", "opinion_society", "Parler d'homosexualité en cours d'éducation à la sexualité dès la primaire ? Je veux voir "
                             "le contenu avant de me prononcer, les parents ont le droit de savoir."),
    ("e", "hate_society", "Parler d'homosexualité aux gamins, c'est comme ça que ces pervers recrutent."),
    ("f", "critique_power", "Les marques qui mettent un arc-en-ciel en juin et sponsorisent des pays homophobes le reste "
                            "de l'année, quelle hypocrisie. #Pride"),
    ("f", "hate_society", "Les Prides c'est un défilé de dégénérés, faudrait les disperser au canon à eau."),
    ("g", "opinion_secular", "Le Vatican autorise la bénédiction des couples homosexuels mais pas le mariage : c'est "
                             "timide, mais c'est un pas."),
    ("g", "hate_society", "Bénir des couples d'invertis, l'Église est tombée bien bas, l'homosexualité est une "
                          "abomination qui mérite le bûcher."),
    ("h", "opinion_question", "Pourquoi le mariage homosexuel a-t-il provoqué autant de manifs en France alors qu'en "
                              "Espagne c'est passé presque sans bruit ?"),
    ("h", "hate_society", "La Manif pour tous avait raison, les homos sont des malades et leur mariage une insulte à "
                          "la nature."),
    ("i", "opinion_society", "Obliger les joueurs de Ligue 1 à porter un maillot arc-en-ciel, je suis contre : on ne "
                             "force pas un engagement, même pour une bonne cause."),
    ("i", "hate_society", "Normal qu'ils refusent le maillot arc-en-ciel, personne veut ressembler à une fiotte"),
    ("j", "critique_power", "Le gouvernement hongrois qui interdit de parler d'homosexualité aux mineurs, c'est une loi "
                            "liberticide et l'UE doit sanctionner."),
    ("j", "hate_society", "Orban a raison, il faut protéger les enfants de la propagande des sodomites."),
    ("", "opinion_society", "@USER je suis gay et je trouve que certaines assos LGBT parlent trop au nom de tout le "
                            "monde. On a le droit de pas être d'accord entre nous."),
    ("", "opinion_question", "Est-ce que les thérapies de conversion sont encore pratiquées en France depuis la loi de "
                             "2022 qui les interdit ?"),
]

TRANS = [
    ("a", "opinion_society", "Je pense que les fédérations doivent fixer des règles au cas par cas pour les athlètes "
                             "trans dans les catégories féminines, sur la base de données physiologiques."),
    ("a", "opinion_society", "Pour moi la catégorie féminine doit rester réservée aux femmes nées femmes en compétition "
                             "élite. Je le dis sans aucune hostilité envers les personnes trans."),
    ("a", "hate_society", "Des mecs en perruque qui volent les médailles des filles, les trans sont des imposteurs et "
                          "des malades mentaux."),
    ("b", "opinion_society", "Je suis prudent sur les bloqueurs de puberté chez les mineurs trans, comme la Suède ou le "
                             "Royaume-Uni. Plus d'études, moins d'idéologie."),
    ("b", "hate_society", "Les bloqueurs de puberté c'est de la mutilation par des tarés, les trans veulent transformer "
                          "nos gosses en monstres."),
    ("c", "opinion_society", "@USER on peut être féministe et trouver que « iel » dans le dictionnaire c'est pas une "
                             "priorité 🙃 chacun parle comme il veut"),
    ("c", "hate_society", "« iel » mdr ces non-binaires c'est juste des attardés en manque d'attention, des fous à "
                          "enfermer"),
    ("d", "opinion_society", "Changer la mention du sexe à l'état civil sans passer par un juge, je ne suis pas "
                             "convaincu, mais je n'ai rien contre les personnes trans concernées."),
    ("d", "opinion_society", "Le changement d'état civil devrait être une simple démarche en mairie, comme en Espagne. "
                             "Pourquoi faire passer les personnes trans devant un tribunal ?"),
    ("d", "hate_society", "Un homme restera toujours un homme, ces travelos peuvent changer leurs papiers, ils resteront "
                          "des anomalies."),
    ("e", "opinion_society", "La question des vestiaires dans les écoles mérite un vrai débat, sans caricaturer ni les "
                             "élèves trans ni les parents inquiets."),
    ("e", "hate_society", "Un trans dans le vestiaire des filles, c'est un prédateur déguisé, point barre."),
    ("f", "opinion_question", "Je me demande si la Sécu doit rembourser intégralement les opérations de transition. "
                              "Quel en est le coût réel ? Question sincère."),
    ("f", "hate_society", "Rembourser les délires des transsexuels avec nos cotisations ? Ces erreurs de la nature "
                          "n'ont qu'à payer leurs charcutages."),
    ("g", "opinion_society", "Certaines militantes qui harcèlent les féministes en désaccord me desservent plus "
                             "qu'elles ne m'aident, et je le dis en tant que femme trans."),
    ("g", "hate_society", "Les militants trans sont une secte de tarés qui veulent effacer les femmes, faut les "
                          "interdire."),
    ("h", "opinion_question", "Placer une détenue trans dans une prison pour hommes ou pour femmes ? Franchement je "
                              "n'ai pas de réponse, les deux options posent problème."),
    ("h", "hate_society", "Une « détenue trans » c'est un violeur en jupe, qu'on le laisse chez les hommes et tant pis "
                          "s'il se fait démolir."),
    ("i", "opinion_society", "JK Rowling a le droit de donner son avis sur le sexe biologique, et moi celui de trouver "
                             "qu'elle en parle beaucoup trop. Débat, pas bûcher."),
    ("i", "hate_society", "Rowling a raison sur toute la ligne, les trans devraient être soignés en HP, pas célébrés."),
    ("j", "opinion_society", "La Dilcrah qui subventionne des associations d'aide aux personnes trans, ça me paraît "
                             "normal, comme pour d'autres publics discriminés."),
    ("j", "hate_society", "Subventionner des assos de transgenres avec nos impôts, alors que ces gens-là sont des "
                          "pervers."),
]

DISABLED = [
    ("a", "opinion_policy", "Je comprends l'argument budgétaire contre la déconjugalisation de l'AAH, mais "
                            "l'autonomie des personnes handicapées doit primer."),
    ("a", "hate_policy", "L'AAH c'est payer des légumes à rien foutre, ces handicapés sont des poids morts pour la "
                         "société."),
    ("b", "opinion_society", "L'école inclusive à tout prix, je n'y crois pas : certains enfants autistes seraient "
                             "mieux dans des classes spécialisées, avec du personnel formé."),
    ("b", "hate_society", "Des autistes dans les classes normales ? Ces gogols ralentissent tout le monde, qu'on les "
                          "enferme en institut."),
    ("c", "opinion_society", "Je suis favorable à l'aide active à mourir avec des garde-fous stricts, et les "
                             "associations de personnes handicapées ont raison de les exiger."),
    ("c", "hate_society", "L'aide à mourir devrait être proposée d'office aux handicapés, ça soulagerait tout le monde, "
                          "eux les premiers."),
    ("d", "opinion_society", "On investit trop peu dans le sport paralympique par rapport aux JO, une médaille "
                             "paralympique vaut autant qu'une autre."),
    ("d", "hate_society", "Les Jeux paralympiques, c'est un freak show, des estropiés qui se traînent, ça me dégoûte."),
    ("e", "opinion_policy", "Les petits commerçants n'arrivent pas à financer les rampes pour fauteuils roulants, "
                            "l'État devrait les aider plutôt que de repousser les échéances tous les dix ans."),
    ("e", "hate_policy", "Des rampes partout pour trois handicapés ? Qu'ils restent chez eux, ces infirmes, on va pas "
                         "refaire la ville pour eux."),
    ("f", "opinion_policy", "Les travailleurs handicapés en Esat devraient avoir un vrai statut de salarié, le système "
                            "actuel date d'une autre époque."),
    ("f", "hate_society", "Un statut de salarié pour les mongols d'Esat ? Ils devraient déjà être contents qu'on les "
                          "occupe."),
    ("g", "critique_power", "La secrétaire d'État chargée du handicap fait des promesses à chaque conférence nationale "
                            "et rien ne suit. Bilan : zéro."),
    ("g", "hate_society", "Un secrétariat d'État pour les débiles, quel gâchis, ils comprennent même pas ce qu'on fait "
                          "pour eux."),
    ("h", "opinion_question", "Pourquoi les personnes handicapées sous tutelle n'avaient-elles pas le droit de vote "
                              "jusqu'en 2019 ? C'était quoi l'argument ?"),
    ("h", "hate_society", "Faire voter des attardés sous tutelle, n'importe quoi, ils savent même pas lire leur "
                          "bulletin."),
    ("i", "opinion_health", "Le pass sanitaire aurait dû prévoir une exemption simple pour les personnes handicapées "
                            "qui ne supportent ni le masque ni les tests."),
    ("i", "hate_health", "Les handicapés pendant le Covid, fallait les laisser partir, ils servent à rien, le virus a "
                         "fait le tri."),
    ("j", "opinion_society", "@USER l'humoriste qui imite un sourd pour faire rire, je trouve ça nul, mais je suis "
                             "contre l'interdire. Boycott oui, censure non."),
    ("j", "hate_society", "L'humoriste a raison d'imiter les sourds, ces handicapés sont des bêtes de foire, autant en "
                          "rire."),
    ("", "opinion_society", "L'expression « personne en situation de handicap » me fatigue un peu : je suis aveugle et "
                            "je préfère qu'on dise aveugle. Débat ouvert."),
]

NONE = [
    ("", "opinion_health", "Le pass sanitaire pour boire un café en terrasse, c'était disproportionné. Je suis vacciné "
                           "et je le pense toujours."),
    ("", "opinion_health", "Le troisième confinement n'a servi à rien, on a cassé la santé mentale des étudiants pour "
                           "des résultats minimes."),
    ("", "opinion_health", "L'obligation vaccinale des soignants était une erreur : on a suspendu des infirmières en "
                           "pleine pénurie."),
    ("", "opinion_health", "@USER le masque en extérieur sur une plage déserte, c'était du théâtre sanitaire, dsl mais "
                           "c'est vrai 😷🙄"),
    ("", "opinion_health", "Le gouvernement expliquait en mars 2020 que les masques étaient inutiles, puis il les a "
                           "rendus obligatoires. La parole publique ne s'en est jamais remise."),
    ("", "opinion_health", "Le conseil de défense sanitaire qui décidait de tout à huis clos, sans le Parlement, c'est "
                           "ce qui m'a le plus choqué démocratiquement."),
    ("", "opinion_health", "Les attestations de sortie à remplir soi-même pour aller acheter du pain, on en rira dans "
                           "vingt ans. Kafka aurait adoré."),
    ("", "opinion_health", "Fermer les écoles aussi longtemps a creusé les inégalités scolaires ; on aurait dû les "
                           "rouvrir bien plus tôt."),
    ("", "opinion_health", "Je suis pro-vaccin et contre le pass vaccinal. Ce n'est pas contradictoire : convaincre "
                           "plutôt que contraindre."),
    ("", "opinion_health", "Les contrats de l'UE avec Pfizer négociés par SMS, et des SMS introuvables ensuite : cette "
                           "opacité me pose un énorme problème."),
    ("", "opinion_health", "Le couvre-feu à 18 h, c'était entasser tout le monde dans les supermarchés à 17 h 30. "
                           "Génial."),
    ("", "opinion_health", "Ce ministre de la Santé a passé deux ans à nous faire la leçon à la télé sans jamais "
                           "reconnaître une seule erreur. Insupportable."),
    ("", "critique_power", "Ce gouvernement de bras cassés n'est même pas capable de faire voter un budget sans "
                           "49.3. Pathétique."),
    ("", "critique_power", "Macron méprise les « gens qui ne sont rien », cet homme est d'une arrogance crasse."),
    ("", "critique_power", "ACAB. La BAC de mon quartier se comporte comme une milice et l'IGPN couvre tout."),
    ("", "critique_power", "BFM c'est la chaîne de la peur, ils passent leurs journées à fabriquer de l'angoisse pour "
                           "l'audimat."),
    ("", "critique_power", "Les députés qui s'augmentent pendant qu'on gèle le point d'indice, bande de parasites."),
    ("", "critique_power", "Le Sénat est une maison de retraite dorée qui bloque tout, supprimons-le."),
    ("", "critique_power", "@USER les préfets qui interdisent toutes les manifs au nom de « l'ordre public », c'est "
                           "une dérive autoritaire. Point."),
    ("", "critique_power", "Le RN n'a aucun programme économique crédible, juste de la com et des slogans."),
    ("", "critique_power", "LFI passe plus de temps à faire du bruit sur Twitter qu'à proposer des lois, quelle bande "
                           "de guignols."),
    ("", "critique_power", "Les journalistes politiques qui déjeunent avec les ministres puis les « interviewent », "
                           "c'est de la connivence, pas du journalisme."),
    ("", "critique_power", "La Commission européenne, des technocrates non élus qui décident de ce qu'on met dans nos "
                           "assiettes. Ras-le-bol."),
    ("", "critique_power", "Le préfet de police qui fait nasser des manifestants pendant des heures, c'est de la "
                           "punition collective, pas du maintien de l'ordre."),
    ("", "opinion_secular", "L'Église catholique a couvert des prêtres pédocriminels pendant des décennies, le rapport "
                            "Sauvé l'a montré. Cette institution doit être réformée de fond en comble."),
    ("", "opinion_secular", "Je suis pour supprimer le Concordat en Alsace-Moselle : pourquoi l'État paierait-il "
                            "encore des prêtres, des pasteurs et des rabbins ?"),
    ("", "opinion_secular", "Les crèches de Noël dans les mairies, je m'en fiche un peu, mais la loi de 1905 est claire "
                            "et elle devrait s'appliquer."),
    ("", "opinion_secular", "La laïcité n'est pas un athéisme d'État : elle protège le croyant autant que le "
                            "non-croyant."),
    ("", "opinion_question", "Pourquoi l'État paie-t-il des aumôniers dans l'armée et les prisons si la République ne "
                             "reconnaît aucun culte ?"),
    ("", "opinion_question", "Quelqu'un a une source fiable sur l'efficacité réelle des confinements ? Je ne trouve que "
                             "des études contradictoires."),
    ("", "opinion_question", "Le 49.3, c'est vraiment antidémocratique ou juste un outil prévu par la Constitution ? "
                             "J'hésite."),
    ("", "opinion_question", "c quoi concrètement la différence entre une loi de « sécurité globale » et une loi "
                             "liberticide ? expliquez moi svp"),
    ("", "opinion_policy", "Le RSA conditionné à quinze heures d'activité, je trouve ça plutôt juste, à condition que "
                           "l'accompagnement suive."),
    ("", "opinion_policy", "Je suis contre la suppression des allocations des parents de délinquants : on punit toute "
                           "la famille, frères et sœurs compris."),
    ("", "opinion_policy", "Les caméras à reconnaissance faciale pour les JO, c'était une pente dangereuse. Une fois "
                           "installées, elles ne repartent jamais."),
    ("", "opinion_policy", "Armer toutes les polices municipales, je n'y suis pas favorable, c'est le travail de la "
                           "police nationale."),
]

BLOCKS = {
    "black": BLACK, "arab": ARAB, "asian": ASIAN, "roma": ROMA, "migrant": MIGRANT, "jewish": JEWISH,
    "muslim": MUSLIM, "women": WOMEN, "gay": GAY, "trans": TRANS, "disabled": DISABLED, "none": NONE,
}


def build() -> list[dict[str, str]]:
    return evalset.build(BLOCKS, TARGETS, LABEL, "op{:04d}", "op{:03d}")


def problems(rows: list[dict[str, str]]) -> list[str]:
    out = evalset.problems(rows, LABEL, TARGETS, min_pairs=100)
    out += [f"{r['id']}: a hateful row must name a protected target"
            for r in rows if r["label"] == "1" and r["target"] == "none"]
    if not 300 <= len(rows) <= 340:
        out.append(f"{len(rows)} rows (want 300 to 340)")
    share = sum(r["label"] == "1" for r in rows) / max(len(rows), 1)
    if not 0.35 <= share <= 0.45:
        out.append(f"hateful share {share:.2f} (want about 0.40)")
    per_target = Counter(r["target"] for r in rows)
    out += [f"target {t}: {per_target[t]} rows (want >= 15)" for t in TARGETS if per_target[t] < 15]
    kinds = Counter(r["functionality"] for r in rows)
    out += [f"kind {k}: {kinds[k]} rows (want >= 10)" for k in BENIGN_KINDS + HATEFUL_KINDS if kinds[k] < 10]
    return out


def stats(rows: list[dict[str, str]]) -> str:
    short = [k.replace("opinion_", "o:").replace("hate_", "h:").replace("critique_power", "critique")[:10]
             for k in BENIGN_KINDS + HATEFUL_KINDS]
    return evalset.stats(rows, LABEL, BENIGN_KINDS + HATEFUL_KINDS, TARGETS, short, 11,
                         "rows per target x kind (o: opinion_, h: hate_):")


if __name__ == "__main__":
    sys.exit(evalset.main(sys.argv[1:], OUT, build(), problems, stats))
