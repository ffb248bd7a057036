"""Eleventh batch of training rows: OPINIONS on contested subjects (benign) against hate on the very same subjects.

Why: the models flag, and even remove with high confidence, legitimate opinions on contested subjects as hate, because
those subjects appear mostly in hateful posts in the training data: criticism of the pass sanitaire or of a vaccine
mandate, a wish for less (or more) immigration, a stance on asylum law or on borders, laïcité and religious symbols at
school, criticism of a religion's doctrine or institutions, disagreement with feminist or LGBT activists on a policy
(écriture inclusive, quotas, PMA, GPA, trans athletes), welfare policy, crime and policing policy, insults aimed at a
government or a minister. A moderation tool that removes political opinion silences ordinary users. This batch teaches
that the topic carries no label: the stance toward PEOPLE does. Benign rows (about 60 %) state a position, for or
against, or criticise an institution, a government, a politician or a doctrine, and attack no group of people; hateful
rows (about 40 %) speak of the same policy while dehumanising, derogating, blaming or calling to exclude a protected
group (« fermez les frontières, ces parasites... »), or spread conspiracy claims (a vaccine to sterilise or to chip
the population, a group behind the virus), which count as hate in this suite.

How: each hateful row is paired (``pair``) with 1-2 benign rows on the SAME subject, so that only the stance differs;
for a group subject both sides of the debate appear among the benign rows (against AND for more immigration, for AND
against the abaya ban...). Some benign rows stand alone. Every row is written out in full, in its own wording and
register (tweets with ``@USER``, hashtags, emoji, SMS spelling and typos, forum posts, op-ed sentences, replies,
questions, headlines); no frame is rendered over several targets and no two rows differ only by the group they name.
Targets: the eleven groups, plus ``none`` for subjects with no group (health policy, government, pensions, welfare,
policing, the Catholic Church as an institution), whose hateful counterparts are conspiracy claims with no group
(``conspiracy_nogroup``) or hate that drags a group into the same subject (« le RSA sert à engraisser des
étrangers... », target the group, its benign counterparts ``none``). An insult aimed at a politician, a government
or an institution (``abuse_nonprotected``) always gets target ``none``, even inside a group's pair: it insults no
protected group.

Written on 2026-12-06 by a helper session, by hand from general knowledge, without opening any evaluation file
(``eval*.csv``, ``make_eval*.py``, ``make_tails.py``, the extra functional evaluation, the dev set) or any outside
dataset, and without opening the evaluation set on the same theme being written at the same time by another helper.
The two example sentences of the brief (pass sanitaire, immigration control) are NOT used, nor reworded. Figures and
dates are approximate or hedged and no label depends on them. Kept apart with ``check_apart.py --train`` (see
models/suite/README.md).

Usage: ``python3 models/suite/train_eleventh.py --out /tmp/eleventh.csv [--stats]`` (``--stats`` alone prints the
counts without writing). Columns ``id,text,label,functionality,target,pair`` (ids ``o00001``..., pairs ``o0001``...).
Deterministic: the order of the pairs is shuffled with a seeded ``random.Random``; a duplicate text raises.

Data format below, one block per target. A line that is NOT indented starts a new pair; the indented lines that
follow join that pair (benign rows only, 1-2 per hateful row). Each line is ``<code> <text>``, or
``<code>@<target> <text>`` for a row whose target is not its block's. Hateful codes (label 1): ``op``
hate_opinion, ``imp`` hate_implicit, ``q`` hate_question, ``norm`` threat_normative, ``der`` derogation, ``deh``
dehumanisation, ``cn`` conspiracy_nogroup, ``cg`` conspiracy_group. Benign codes (label 0): ``topic`` neutral_topic
(an opinion or a debate on a subject), ``abuse`` abuse_nonprotected (an insult of a politician, a government, an
institution; target ``none``), ``nq`` neutral_question, ``news`` news_report, ``cr`` counter_reference.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # train_eighth, run as a script or imported by make_train
import train_eighth  # noqa: E402
import train_tenth  # noqa: E402
from train_eighth import to_rows  # noqa: E402

SEED = 20261207

TARGETS = ("black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled")

# the tenth batch's hateful codes less negated praise, plus the two conspiracy kinds this batch needs
HATE_CODES = {code: kind for code, kind in train_tenth.HATE_CODES.items() if code != "npr"} | {
    "cn": "conspiracy_nogroup",
    "cg": "conspiracy_group",
}

BENIGN_CODES = {
    "topic": "neutral_topic",
    "abuse": "abuse_nonprotected",
    "nq": "neutral_question",
    "news": "news_report",
    "cr": "counter_reference",
}

DATA: dict[str, str] = {}

DATA["migrant"] = """
deh Fermez les frontières, ces parasites viennent vider les caisses de la Sécu et il faudrait encore leur dire merci
  topic Je suis pour des frontières mieux tenues : Frontex manque de moyens et chaque pays de Schengen fait un peu ce qu'il veut
  topic Perso je trouve que l'immigration de travail peu qualifiée devrait baisser tant qu'on a autant de chômeurs sans diplôme, c'est une question de priorités
op L'immigration c'est une invasion de gens incapables de vivre comme des êtres civilisés, point barre
  topic On peut vouloir moins d'immigration sans détester personne : je pense simplement que nos capacités de logement et d'intégration sont saturées
  topic À l'inverse de beaucoup ici, je pense qu'on a besoin de davantage d'immigration, la population vieillit et les hôpitaux manquent de bras
norm Les demandeurs d'asile déboutés, on devrait les parquer dans des camps fermés jusqu'à ce qu'ils crèvent d'ennui ou qu'ils repartent
  topic Les déboutés du droit d'asile devraient être reconduits beaucoup plus vite, sinon la procédure d'asile n'a plus aucun sens
  nq Combien de déboutés du droit d'asile sont réellement reconduits dans leur pays chaque année ? J'ai vu passer des chiffres très différents
imp Loi immigration votée 👏 maintenant on attend la loi pour désinfecter les quartiers qu'ils ont salis
  news La loi immigration a été adoptée par le Parlement après des semaines de débats ; une partie de ses articles a ensuite été censurée par le Conseil constitutionnel
  topic La loi immigration me semble mal fichue : beaucoup de mesures symboliques et rien sur les délais de traitement en préfecture
q Pourquoi on accepterait encore des migrants alors qu'ils ne savent que voler et agresser ?
  nq Pourquoi la France accueille-t-elle moins de réfugiés que l'Allemagne, rapporté à sa population ?
  topic Je ne suis pas favorable à l'accueil de nouveaux réfugiés tant que ceux qui sont déjà là dorment dehors, l'État doit d'abord tenir ses engagements
der Ces clandos sont tous des profiteurs et des menteurs, pas un seul n'a fui quoi que ce soit
  topic Le droit d'asile doit protéger les persécutés, pas servir de porte d'entrée à l'immigration économique : il faut mieux distinguer les deux
imp @USER régularisation des sans-papiers dans les métiers en tension ? Super, on aura enfin des chantiers qui sentent le bouc 🐐
  topic @USER je suis contre la régularisation automatique dans les métiers en tension, ça crée un appel d'air et ça tire les salaires vers le bas
  topic @USER au contraire, régulariser ceux qui bossent depuis des années dans le BTP ou la restauration, c'est juste du bon sens
norm #stopimmigration il faut les renvoyer tous, par la force s'il le faut, les femmes et les gosses avec
  topic #immigration je voterai pour le candidat qui propose un référendum sur la politique migratoire, c'est aux citoyens de trancher
op Un pays qui laisse entrer des Africains par milliers se suicide, ces gens n'ont pas le niveau pour vivre ici
  topic La politique migratoire française manque de cohérence : on ferme d'un côté, on régularise de l'autre, et plus personne n'y comprend rien
deh Mayotte submergée par les kwassas, voilà ce qui nous attend si on ne fait rien contre cette vermine
  news À Mayotte, le gouvernement veut restreindre encore le droit du sol, une mesure débattue depuis des années face aux arrivées depuis les Comores
  topic Supprimer le droit du sol à Mayotte, j'y suis plutôt favorable, la situation de l'île est intenable et les services publics s'effondrent
op Le regroupement familial, c'est importer des familles entières d'assistés qui ne bosseront jamais de leur vie
  topic Le regroupement familial devrait être conditionné à des revenus et un logement suffisants, comme c'est le cas au Danemark
  topic Restreindre encore le regroupement familial, c'est séparer des enfants de leurs parents pendant des années, je trouve ça indigne
q Franchement, à quoi bon délivrer des OQTF à des gens qui n'ont pas plus de morale que des bêtes ?
  topic Même pas une OQTF sur dix exécutée, c'est un échec de l'État : il faut des accords avec les pays d'origine pour obtenir les laissez-passer consulaires
  news Le taux d'exécution des obligations de quitter le territoire reste faible, faute notamment de laissez-passer délivrés par les pays d'origine
imp Le bateau de l'ONG arrive à Marseille demain… j'ai une petite idée pour le couler avec sa cargaison 🚢
  topic Je suis critique sur les ONG de sauvetage en mer : même avec de bonnes intentions, elles font le jeu des passeurs
  topic Les ONG qui secourent des gens en Méditerranée font le boulot que les États refusent de faire, on peut débattre de tout sauf de laisser des gens se noyer
op L'AME il faut la supprimer parce que ces gens-là ne méritent pas d'être soignés, qu'ils crèvent chez eux
  topic Je suis pour transformer l'AME en aide médicale d'urgence, comme l'a voté le Sénat, pour contenir le coût tout en soignant l'urgent
  nq L'AME coûte combien par an exactement ? On entend un milliard, puis 1,2 milliard, c'est quoi le bon chiffre ?
der Les migrants c'est des bons à rien qui passent leurs journées à tenir les murs en attendant les alloc
  topic Ce qui manque surtout, c'est l'apprentissage du français dès l'arrivée : quelques centaines d'heures de cours, c'est trop peu pour trouver un emploi
imp Centre d'accueil ouvert dans un village de 800 habitants. Bientôt nos filles ne pourront plus sortir le soir, je dis ça je dis rien 🤐
  topic Le maire aurait dû consulter les habitants avant d'ouvrir un centre pour demandeurs d'asile, la méthode est mauvaise même si l'accueil est légitime
  news Une consultation locale sur l'ouverture d'un centre d'accueil pour demandeurs d'asile a été organisée dans une commune bretonne, sans valeur juridique
op Les étrangers sont plus violents par nature, voilà pourquoi les prisons débordent
  topic Le débat sur la part des étrangers en prison mérite des chiffres précis, pas des slogans : elle est élevée, mais l'âge, le sexe et la précarité jouent aussi
  nq Quelle est la part des détenus de nationalité étrangère en France, et est-ce que ce chiffre inclut la détention provisoire ?
deh Ces hordes de migrants, c'est des sauterelles, ils ravagent tout là où ils passent
  topic Les accords du Touquet sont un mauvais deal pour la France : on fait la police des frontières du Royaume-Uni à nos frais
norm Faudrait tirer à balles réelles sur ceux qui passent la frontière, c'est la seule chose qu'ils comprendront
  topic Le rétablissement des contrôles aux frontières intérieures me paraît justifié, Schengen ne marche que si les frontières extérieures tiennent
  topic Les contrôles à la frontière italienne ne servent à rien, ils déplacent juste les passages vers la montagne, c'est du théâtre politique
q Pourquoi devrait-on partager nos hôpitaux avec des gens qui vivaient dans des huttes il y a dix ans ?
  nq Est-ce que les demandeurs d'asile relèvent de la PUMa ou seulement de l'AME pendant l'instruction de leur dossier ?
imp Les passeurs 🤝 les ONG 🤝 les gauchos : tout ce petit monde nous remplit le pays de délinquants en puissance
  topic Il faut taper beaucoup plus fort sur les réseaux de passeurs, ce sont eux qui s'enrichissent sur la misère et sur les morts en mer
op Le pacte asile et migration, pourquoi pas, mais le vrai problème c'est que ces gens ne sont pas compatibles avec notre civilisation
  news Le Parlement européen a adopté le pacte sur la migration et l'asile, qui prévoit un filtrage aux frontières et un mécanisme de solidarité entre États membres
  topic Le pacte asile et migration me laisse sceptique : la « solidarité obligatoire » permet de payer pour ne pas accueillir, ça ne règle rien
der Un réfugié ukrainien je veux bien, les autres ce sont des menteurs professionnels qui inventent leurs histoires pour la préfecture
  topic On a accueilli les Ukrainiens en quelques semaines grâce à la protection temporaire, preuve que l'administration sait faire vite quand elle le veut
cg #Lampedusa des milliers d'arrivées en trois jours. Le grand remplacement c'est un mythe, qu'ils disaient, les élites savent très bien ce qu'elles font 🙃
  news #Lampedusa Des milliers de personnes ont débarqué en quelques jours sur l'île, dont le centre d'accueil prévu pour quelques centaines de places est saturé
  topic Ce qui se passe à Lampedusa montre que l'Italie ne peut pas gérer seule les arrivées, il faut une répartition européenne qui fonctionne vraiment
cg Les migrants sont amenés exprès par Bruxelles et les mondialistes pour remplacer les Européens de souche, tout est planifié
  nq D'où vient exactement la théorie du « grand remplacement » ? Je l'entends partout et j'aimerais comprendre qui l'a popularisée
  cr La théorie du grand remplacement n'a aucune base démographique sérieuse, et elle a servi de manifeste à plusieurs tueurs d'extrême droite
op Débat sur les quotas d'immigration : moi je mets le quota à zéro pour les races qui ne s'intègrent pas
  topic Des quotas d'immigration votés chaque année par le Parlement, ça me paraîtrait plus démocratique que le système actuel
  topic Les quotas d'immigration, j'y crois pas trop : tout ce qui touche au regroupement familial et à l'asile sera bloqué par le droit européen
imp Les mineurs isolés de 35 ans avec la barbe 🧔 on nous prend vraiment pour des jambons, des délinquants en puissance tous autant qu'ils sont
  topic L'évaluation de l'âge des mineurs non accompagnés pose un vrai problème, les départements n'ont pas les moyens de le faire sérieusement
  nq Comment un département vérifie-t-il l'âge d'un jeune qui se déclare mineur et n'a aucun papier ?
der ces migrants sont tellement arriérés qu'ils savent même pas se servir d'une chasse d'eau lol
  topic Les CADA manquent de places, résultat des demandeurs d'asile restent des mois à l'hôtel, ce qui coûte bien plus cher à l'État
q Combien de temps avant qu'on ait le droit de dire que ces envahisseurs sont une maladie pour le pays ?
  topic La question migratoire doit pouvoir se débattre sans qu'on traite de raciste quiconque veut moins d'immigration, ni de naïf quiconque en veut plus
op jpp de ces migrants tous des fainéants qui viennent juste pour les alloc 😡
  topic jpp de la préfecture, 4 mois pour un rdv de renouvellement de titre de séjour pour ma coloc, c'est du grand n'importe quoi 😡
imp Un ministre qui veut accueillir 10 000 réfugiés de plus, il les logera chez lui ? À côté de sa femme et de ses filles ? 😏
  abuse Ce ministre de l'Intérieur est un guignol, il annonce une loi immigration par an et n'en applique aucune
  topic Si le gouvernement veut accueillir plus de réfugiés, qu'il commence par créer les places d'hébergement, sinon c'est de la com
norm Il faut couler les bateaux avant qu'ils touchent nos côtes, point final
  topic Il faut traiter les demandes d'asile hors d'Europe, sur le modèle de ce que l'Italie tente avec l'Albanie, pour casser le modèle économique des passeurs
  topic Externaliser l'asile en Albanie ou au Rwanda, je trouve ça hors de prix, juridiquement bancal et franchement inefficace
deh Ils se reproduisent comme des lapins et bientôt ils nous auront remplacés
  topic La fécondité des descendantes d'immigrés rejoint très vite la moyenne nationale, le débat démographique est souvent caricatural
op Les immigrés n'ont rien apporté à la France à part le crime, qu'on arrête de nous vendre le contraire
  topic Le coût net de l'immigration pour les finances publiques est faible selon la plupart des études, ni une manne ni un gouffre
  topic Je trouve que les économistes minimisent le coût de l'immigration peu qualifiée pour les services publics locaux, ça mérite un vrai débat
imp Nouveau titre de séjour métiers en tension 🤡 un bon clandestin c'est un clandestin dans l'avion du retour
  nq C'est quoi la différence entre l'admission exceptionnelle au séjour et le nouveau titre « métiers en tension » ?
der @USER les migrants c des voleurs de telephone et des agresseurs, arretez de les défendre 🤬
  topic @USER ya bcp trop de vols de portables a la gare c vrai, faut plus de patrouilles et des caméras qui marchent, point
imp Un nouveau CRA en construction 👍 dommage qu'on ne puisse pas y installer des douches comme en 42
  topic Je suis pour davantage de places en centre de rétention, sans ça les éloignements sont impossibles à organiser
  topic Enfermer des familles avec enfants en centre de rétention, c'est indigne, et la France a été condamnée plusieurs fois par la CEDH pour ça
q C'est quand qu'on arrête de nourrir ces sangsues venues d'Afrique et qu'on pense à nos retraités ?
  topic Je préfère qu'on augmente le minimum vieillesse plutôt que l'aide au développement, c'est un choix budgétaire que j'assume
op Les exilés de Calais ne méritent aucune pitié, ce sont des profiteurs qui ont choisi de venir nous pourrir la vie
  topic À Calais l'État dépense des fortunes en grillages et en évacuations, sans aucun résultat sur les traversées, il faudrait changer de stratégie
norm Qu'on lâche les chiens sur les migrants qui campent au bord du canal, ils partiront vite
  news Un campement d'exilés installé le long du canal Saint-Martin a été évacué à l'aube, plusieurs centaines de personnes mises à l'abri selon la préfecture
deh Les migrants ce sont des cafards, t'en vois un, il y en a cent derrière
  topic Je suis contre l'ouverture de nouveaux centres d'hébergement tant que les communes ne sont pas consultées, c'est une question de démocratie locale
imp Débat sur l'immigration ce soir 🍿 en vrai y a rien à débattre, il suffit de regarder la tête de nos gares le soir
  topic Débat sur l'immigration ce soir à la télé : encore des chiffres balancés sans source des deux côtés, épuisant
topic Je suis de droite, pour une immigration choisie et limitée, et je m'entends très bien avec mes voisins sénégalais. Les deux ne sont pas contradictoires
op Ouvrir des voies légales ? Pour faire venir encore plus de ces gens qui ne pensent qu'à profiter de nous ? Jamais
  topic Perso je suis pour ouvrir davantage de voies légales d'immigration, ça couperait l'herbe sous le pied des passeurs
nq Quelqu'un a un lien vers le texte de la loi immigration tel que promulgué, après la décision des Sages ?
cg 7 millions d'immigrés officiellement, en vrai le double, l'Insee truque les chiffres sur ordre pour cacher le remplacement
  news Selon l'Insee, environ 7 millions d'immigrés vivent en France, soit un peu plus d'un habitant sur dix
der Les laisser travailler ? Ces assistés ne savent même pas ce que le mot travail veut dire
  topic L'intégration passe par le travail : autoriser les demandeurs d'asile à travailler au bout de trois mois, ce serait gagnant pour tout le monde
abuse Les députés qui ont voté cette loi immigration sans l'avoir lue sont des clowns, de droite comme de gauche
cr @USER tu peux être contre l'immigration massive sans traiter les gens de parasites, c'est justement ce qui décrédibilise ton camp
"""

DATA["muslim"] = """
deh L'abaya interdite à l'école, très bien, maintenant il faut se débarrasser de ces cafards de musulmans tout court
  topic L'interdiction de l'abaya à l'école me paraît cohérente avec la loi de 2004, l'école publique doit rester un espace neutre
  topic Je trouve l'interdiction de l'abaya disproportionnée : on fait la chasse aux robes longues alors que les profs manquent partout
op Le voile n'est pas le problème, ce sont les musulmans le problème, tous hypocrites et fourbes
  topic Je considère le voile comme un symbole de soumission des femmes et je ne m'en cache pas, c'est la critique d'une pratique, pas des personnes
  topic Les mamans voilées qui accompagnent les sorties scolaires, je ne vois pas le souci, la neutralité s'impose aux agents, pas aux parents
q Pourquoi on laisse ces barbus se multiplier chez nous alors qu'ils rêvent tous de nous égorger ?
  nq Pourquoi la loi de 1905 interdit-elle de subventionner les cultes mais permet-elle d'entretenir les églises construites avant 1905 ?
  topic Je suis pour une application stricte de la loi de 1905 : aucun financement public, aucun financement étranger, pour aucun culte
imp Burkini à la piscine municipale 🙄 ils finiront par nous imposer le ramadan à la cantine, vous verrez
  news Le Conseil d'État a suspendu la délibération de Grenoble autorisant le burkini dans les piscines municipales, au nom de la neutralité du service public
  topic Le burkini à la piscine, honnêtement je m'en fiche, tant que les règles d'hygiène sont les mêmes pour tout le monde
op Critiquer l'islam ne suffit pas, il faut dire la vérité : les musulmans forment une cinquième colonne
  topic J'ai le droit de trouver que l'islam, comme les autres religions, contient des textes misogynes et violents, le blasphème n'est pas un délit en France
  cr On peut critiquer l'islam comme doctrine sans accuser les musulmans de trahison, ce sont deux choses très différentes
der les musulmans c'est des arriérés, pas étonnant qu'ils obéissent à n'importe quel imam
  topic Le CFCM n'a jamais réussi à représenter les musulmans de France, c'était une structure voulue par l'État et ça s'est vu
norm Il faut raser les mosquées et expulser tous ceux qui y mettent les pieds
  topic Le financement des mosquées par la Turquie ou le Qatar devrait être interdit, l'islam de France doit être financé en France
  news Le projet de grande mosquée à Strasbourg, porté par une association liée à la Turquie, a relancé le débat sur les financements étrangers des cultes
imp Ramadan au collège : on décale les contrôles. Bientôt on égorgera le mouton dans la cour pour ne pas les vexer 🐑
  topic Je ne trouve pas normal de décaler des évaluations pour le ramadan, l'école n'a pas à suivre un calendrier religieux
  nq Un élève peut-il demander une autorisation d'absence pour l'Aïd dans un établissement public ?
op L'islamisme et l'islam c'est pareil, et chaque musulman est un terroriste qui attend son heure
  topic Il faut combattre l'islamisme politique, les Frères musulmans en particulier, sans jeter la suspicion sur des millions de croyants
  cr Dire que chaque musulman est un terroriste qui attend son heure, c'est exactement le discours que veulent les recruteurs djihadistes
q Qui peut sérieusement faire confiance à un musulman, quand sa religion l'autorise à mentir aux infidèles ?
  nq C'est quoi exactement la « taqiya » ? On me la cite dans tous les débats et j'ai l'impression que c'est complètement déformé
imp Les prières de rue à Clichy, on les a vues. Maintenant imaginez dans vingt ans, quand ils seront majoritaires 😨
  news En 2017, des élus avaient manifesté contre des prières de rue organisées à Clichy après la fermeture d'une salle de prière
  topic Les prières de rue ne devraient pas être tolérées, pour aucun culte, la voie publique n'est pas un lieu de culte
deh Halal ou pas, ces animaux égorgent comme ils vivent
  topic Je suis contre l'abattage sans étourdissement, halal comme casher, c'est une question de souffrance animale et rien d'autre
  news La Belgique a interdit l'abattage sans étourdissement en Flandre et en Wallonie, une décision validée par la Cour de justice de l'UE
op Les musulmans qui crient à l'islamophobie sont des pleurnichards, qu'ils rentrent dans leurs pays de sable
  topic Le mot « islamophobie » me gêne parce qu'il mélange la critique d'une religion et la haine des personnes, je préfère parler de racisme antimusulman
imp Un prof tué pour avoir montré des caricatures, et on continue de nous vendre leur « religion de paix » 🙃
  topic Montrer les caricatures de Mahomet en cours d'éducation civique fait partie de la liberté d'expression qu'on doit enseigner, à mon avis
  topic Je défends le droit de publier les caricatures, tout en comprenant que des croyants les trouvent blessantes, les deux ne s'excluent pas
der ces musulmanes voilées, de vraies serpillières ambulantes, on dirait des sacs poubelle sur pattes
  topic Je ne suis pas pour interdire le voile dans la rue, mais je comprends les féministes qui le critiquent comme une norme imposée aux femmes
cg Les musulmans ont un plan secret pour imposer la charia en Europe d'ici 2050, c'est écrit noir sur blanc dans leurs textes
  nq D'où vient l'idée d'« Eurabia » ? Je l'ai vue sur un forum et je ne sais pas si c'est un vrai concept ou un fantasme
  news Selon le Pew Research Center, la part des musulmans en Europe pourrait se situer entre 7 et 14 % en 2050, selon les scénarios migratoires
op @USER les musulmans ne s'intégreront jamais, détester la France c'est dans leur ADN
  topic @USER la laïcité à la française est souvent mal comprise : elle protège la liberté de croire ou de ne pas croire, elle ne vise aucune religion
imp Une école privée musulmane qui perd son contrat avec l'État 👏 un nid de moins, il en reste encore trop
  news Le lycée privé musulman Averroès, à Lille, a perdu son contrat d'association avec l'État, une décision contestée devant la justice
  topic Je ne vois pas pourquoi l'État financerait des écoles catholiques sous contrat et ferait la fine bouche avec les écoles musulmanes, mêmes règles pour tous
norm Il faudrait ficher tous les musulmans dès la naissance et leur interdire la fonction publique
  topic Ficher les fidèles d'une religion est interdit, heureusement, mais la surveillance des prêcheurs radicaux par le renseignement me paraît légitime
q Comment peut-on encore laisser des musulmans enseigner à nos enfants, vu ce qu'ils pensent des mécréants ?
  nq Un enseignant du public a-t-il le droit de porter un signe religieux discret, une petite croix ou une médaille ?
imp Le ramadan commence, préparez-vous aux rodéos et aux bagarres tous les soirs, chaque année le même cirque 🙃
  nq Le ramadan commence quand cette année ? Les dates avancent chaque année à cause du calendrier lunaire, non ?
  topic Je ne trouve pas normal que des employeurs refusent un congé pour l'Aïd alors qu'ils accordent les ponts de l'Ascension sans discuter
deh Ces musulmans pullulent comme des rats dans nos banlieues
  topic La concentration de la pauvreté dans certaines banlieues est le résultat de cinquante ans de politique du logement ratée
norm Il faut interdire le voile partout et coller des amendes énormes à celles qui le portent, jusqu'à ce qu'elles dégagent du pays
  topic Je suis contre l'interdiction du voile dans l'espace public, ce serait contraire à la liberté religieuse, même si je n'aime pas ce qu'il symbolise
q Pourquoi les musulmans auraient le droit de construire des mosquées ici alors qu'ils massacrent les chrétiens chez eux ?
  topic Je soutiens les chrétiens d'Orient persécutés et je pense que la diplomatie française devrait en parler plus fort, notamment avec le Pakistan
op L'islam des Lumières ça n'existe pas, un musulman modéré c'est juste un musulman qui n'a pas encore lu son Coran
  topic Les penseurs qui défendent une lecture historique et critique du Coran mériteraient d'être bien plus entendus en France
op L'islam doit être critiqué, et ses fidèles chassés d'Europe, ce sont des barbares
  topic L'islam, comme le catholicisme avant lui, devra accepter d'être critiqué et moqué, c'est le prix d'une société laïque
topic Je suis athée et je trouve que toutes les religions, islam compris, infantilisent leurs fidèles. Ça ne me donne aucun droit de mépriser les croyants
abuse Ce prédicateur de YouTube est un charlatan qui vend ses fatwas comme on vend des aspirateurs
der CFCM ou forum, on s'en fout, les musulmans sont tous des fanatiques hypocrites et aucune instance n'y changera rien
  nq Quelle est la différence entre le CFCM et le forum de l'islam de France lancé par le gouvernement ?
cg Les Frères musulmans ? C'est tous les musulmans, ils ont infiltré les mairies, les écoles et les ministères, c'est organisé
  news Un rapport sur l'entrisme des Frères musulmans en France a été présenté en Conseil de défense, suscitant de vives réactions
imp Loi séparatisme 👍 mais tant qu'on n'aura pas vidé les quartiers de leurs barbus, on ne sera jamais chez nous
  topic La loi contre le séparatisme contient de bonnes mesures sur les associations, mais son intitulé même stigmatise, à mon avis
"""

DATA["jewish"] = """
cg Le virus a été fabriqué par les juifs de Big Pharma pour s'enrichir, regardez qui dirige les labos
  topic Les profits de Pfizer pendant la pandémie posent une vraie question sur le prix des vaccins et sur les brevets, ça mérite un débat public
  nq Les contrats entre la Commission européenne et Pfizer ont-ils finalement été rendus publics ? Il y avait eu une histoire de SMS
op Critiquer Netanyahou ne suffit pas, le problème ce sont les juifs eux-mêmes, partout ils tirent les ficelles
  topic Je critique la politique du gouvernement Netanyahou à Gaza et en Cisjordanie, comme je critiquerais n'importe quel gouvernement qui bombarde des civils
  cr Critiquer le gouvernement israélien est légitime ; en rendre responsables les juifs de France, c'est de l'antisémitisme
imp Le Crif qui dîne avec le président chaque année 🤔 on sait qui gouverne vraiment ce pays
  topic Le président ne devrait aller ni au dîner du Crif, ni à l'iftar du CFCM, ni à aucune soirée communautaire, c'est ma conception de la laïcité
  news Le président de la République s'est rendu au dîner annuel du Crif, où il a évoqué la hausse des actes antisémites
q Pourquoi les juifs réclament-ils toujours des exceptions, ils ne se croient pas assez supérieurs comme ça ?
  topic Je suis contre la circoncision des nourrissons sans raison médicale, quelle que soit la religion, c'est une question de consentement
deh Ces sangsues de juifs se sont engraissées sur la crise sanitaire comme sur toutes les autres
  topic Les laboratoires ont fait des bénéfices énormes pendant la crise sanitaire, une taxe sur les superprofits aurait été légitime
imp Pass sanitaire, confinement, vaccin… Demandez-vous à qui profite le crime, les noms vous sauteront aux yeux ✡️
  topic Le pass sanitaire a servi à pousser à la vaccination sans oser l'obligation, c'était une façon de contourner le débat démocratique
der Ces ultra-orthodoxes sont des fainéants crasseux qui vivent aux crochets de l'État
  news En Israël, l'exemption de service militaire des étudiants ultra-orthodoxes des yeshivot a été jugée illégale par la Cour suprême
norm Il faut boycotter tous les commerces juifs du quartier, pas seulement les produits israéliens
  topic Je suis pour l'étiquetage des produits des colonies israéliennes, les consommateurs ont le droit de savoir d'où vient ce qu'ils achètent
  news La Cour de justice de l'UE a jugé que les produits issus des colonies israéliennes doivent porter une mention précise de leur origine
q Tant de juifs dans les médias et au gouvernement, c'est un hasard selon vous ? 🤔
  nq La concentration des médias entre les mains de quelques milliardaires, il y a eu une commission d'enquête du Sénat là-dessus, non ?
imp Le grand rabbin qui donne des leçons sur la fin de vie… encore un qui veut décider pour nous, comme d'hab avec ces gens-là 🙄
  topic Les responsables religieux s'opposent ensemble à la loi sur la fin de vie : ils ont le droit de donner leur avis, pas d'imposer leur morale à la loi
cg Les Rothschild ont financé les confinements pour racheter nos PME pour une bouchée de pain, c'est documenté
  topic Le confinement a ruiné beaucoup de petits commerçants pendant que les géants de la vente en ligne explosaient, les aides sont arrivées trop tard
  cr Le mythe des Rothschild qui tireraient les ficelles de chaque crise date du XIXe siècle, et il est recyclé à chaque pandémie
imp Encore une loi mémorielle 🙄 on ne peut plus rien dire sur certains sujets, devinez qui a fait voter ça
  topic La loi Gayssot est une entorse à la liberté d'expression que je trouve justifiée, mais je comprends les historiens qui se méfient des lois mémorielles
q Pourquoi l'État paierait la sécurité des synagogues, ils sont assez riches pour se payer des gardes, non ?
  topic La protection des lieux de culte par l'opération Sentinelle coûte cher, on peut se demander si c'est le rôle de l'armée plutôt que de la police
cg Les sionistes contrôlent les banques, les médias et maintenant la santé, suivez l'argent 💰
  topic Les liens entre certains experts de santé publique et les laboratoires doivent être déclarés et publiés, c'est la base de la confiance
norm Il faudrait interdire aux juifs d'exercer la médecine, on a vu ce que ça a donné avec les vaccins
  nq Comment fonctionne la base Transparence Santé, on peut y voir ce que les labos versent à chaque médecin ?
op Les juifs pleurent l'antisémitisme pour qu'on ne puisse plus critiquer Israël, c'est leur fonds de commerce
  topic On peut critiquer le gouvernement israélien sans être antisémite, et je trouve que certains entretiennent volontairement la confusion, dans les deux camps
der Les juifs sont des rapaces, même la Shoah ils en ont fait un business
  topic Je trouve que les voyages scolaires à Auschwitz devraient être financés pour toutes les classes de troisième, pas seulement pour quelques établissements
q Encore une loi contre l'antisémitisme à la fac ? Vous ne trouvez pas qu'ils ont déjà assez de privilèges ?
  topic La proposition de loi sur l'antisémitisme à l'université me semble mal rédigée, la liberté académique doit être protégée sans fermer les yeux sur les actes antisémites
imp Manif propalestinienne interdite, comme d'hab, faut surtout pas fâcher qui vous savez 🤫
  news Le Conseil d'État a validé l'interdiction d'un rassemblement propalestinien, une décision critiquée par plusieurs associations de défense des libertés
op L'antisémitisme, c'est juste le nom qu'ils donnent à la moindre critique, ces gens se croient au-dessus des lois
  nq La définition de l'antisémitisme de l'IHRA est-elle juridiquement contraignante en France, ou c'est juste une référence ?
abuse Ce député qui passe ses journées à tweeter sur le Proche-Orient au lieu de s'occuper de sa circonscription est un parfait bouffon
"""

DATA["women"] = """
op L'écriture inclusive c'est bien une idée de bonnes femmes, ça n'a rien dans le crâne à part du maquillage
  topic Je suis contre l'écriture inclusive avec le point médian : c'est illisible pour les dyslexiques et ça complique l'apprentissage de la lecture
  topic Le point médian ne me dérange pas, mais je préfère les doublets « les lecteurs et les lectrices », plus simples à lire à voix haute
der Les quotas de femmes dans les conseils d'administration ? Des potiches incompétentes qu'on installe pour faire joli
  topic Je suis contre les quotas dans les conseils d'administration, je préfère qu'on s'attaque aux biais de recrutement en amont
  news Depuis la loi Copé-Zimmermann, les conseils d'administration des grandes entreprises doivent compter au moins 40 % de femmes
q Pourquoi laisser les femmes voter des lois alors qu'elles pensent avec leurs hormones ?
  nq Pourquoi la parité est-elle obligatoire pour les scrutins de liste et pas pour les législatives, où il n'y a que des pénalités financières ?
imp #MeToo 🙄 bientôt il faudra un contrat signé chez le notaire pour tenir la porte à ces hystériques
  topic Je soutiens #MeToo mais je m'inquiète du tribunal médiatique : la présomption d'innocence doit valoir pour tout le monde
  topic Les militantes qui veulent allonger la prescription des viols ont mon soutien, beaucoup de victimes mettent des années à parler
norm Les féministes, faudrait les renvoyer à la cuisine de force et leur couper internet
  topic Je ne me reconnais pas dans le néoféminisme, je trouve qu'il divise au lieu de rassembler, mais l'égalité salariale, c'est non négociable
  abuse Ce collectif militant est d'une mauvaise foi insupportable, il ne débat jamais sur le fond et insulte tous ceux qui le contredisent
op Les femmes n'ont rien à faire chez les pompiers ni dans l'armée, elles sont faibles et pleurnichardes par nature
  topic Les épreuves physiques des concours de pompiers devraient être les mêmes pour tout le monde, je suis contre les barèmes différenciés
  topic Je trouve normal que les barèmes sportifs des concours tiennent compte de la physiologie, comme dans le sport de compétition
imp L'IVG dans la Constitution 👏 prochaine étape, le droit de ne plus jamais faire la vaisselle pour ces princesses
  news L'inscription de la liberté de recourir à l'IVG dans la Constitution a été votée par le Congrès réuni à Versailles en mars 2024
  topic Je suis personnellement contre l'avortement pour des raisons morales, mais je ne veux pas qu'on revienne sur la loi Veil
der Ces bonnes femmes qui réclament l'égalité salariale, qu'elles bossent autant que les hommes d'abord, les feignasses
  topic L'index de l'égalité professionnelle est mal conçu : des entreprises affichent 90 sur 100 avec de vrais écarts de salaire
  nq L'écart de salaire entre hommes et femmes, c'est à poste égal ou sur l'ensemble des salaires ? Les chiffres se contredisent
q Sérieusement, qui a eu l'idée de confier des responsabilités politiques à des créatures aussi instables ?
  abuse La ministre de l'Égalité est une incompétente totale, trois ans au poste et rien de concret à montrer
op Les hommes sont plus intelligents, c'est biologique, la parité dans les grandes écoles c'est du nivellement par le bas
  topic Je suis contre des quotas de filles en classes prépa scientifiques, il vaut mieux donner le goût des maths dès le collège
  news Un rapport sur l'enseignement des mathématiques s'inquiète du décrochage des filles dès l'entrée au lycée après la réforme des spécialités
imp Congé menstruel dans certaines boîtes, ok. Et le congé pour les collègues qui supportent leurs crises une semaine par mois ? 🙃
  topic Le congé menstruel, je suis partagée : utile pour l'endométriose, mais j'ai peur que ça pénalise les femmes à l'embauche
  news Plusieurs collectivités ont expérimenté un congé menstruel, suspendu ensuite par la justice administrative faute de base légale
der Une femme présidente ? Elle passerait son temps à chialer dans les toilettes de l'Élysée, non merci
  topic Je vote pour un programme, pas pour le genre du candidat : une présidente ou un président, ça m'est égal
der Les néoféministes sont des mal-baisées hystériques, voilà à quoi se résume le débat sur l'écriture inclusive
  topic Le débat sur l'écriture inclusive est devenu tellement passionnel que plus personne n'écoute les linguistes, qui sont d'ailleurs partagés
imp Parité au gouvernement : la moitié des ministres choisies pour leur jupe, ça explique le niveau 💅
  topic La parité stricte au gouvernement, j'y suis favorable sur le principe, même si ça oblige parfois à des choix de casting bizarres
op Le droit de vote des femmes, c'est la pire erreur du XXe siècle, elles votent avec leurs émotions
  news Les Françaises ont voté pour la première fois aux municipales d'avril 1945, un an après l'ordonnance d'Alger qui leur accordait ce droit
q Pourquoi écouter les femmes sur l'avortement alors qu'elles sont incapables de réfléchir plus loin que leur nombril ?
  topic Je suis pour allonger encore un peu le délai légal d'IVG, trop de femmes doivent partir aux Pays-Bas ou en Espagne
deh Ces truies qui défilent le 8 mars, faudrait les renvoyer à la porcherie
  topic La manif du 8 mars cette année m'a semblé trop éclatée entre collectifs qui se détestent, le message sur les salaires s'est perdu
imp La réforme des retraites pénalise les mères ? Elles n'avaient qu'à bosser au lieu de pondre 🤷‍♂️
  topic La réforme des retraites a mal pris en compte les carrières hachées des mères, les trimestres pour enfants ne compensent pas tout
op Une femme pilote de chasse, c'est un danger public, elles paniquent au premier pépin
  topic L'armée a bien fait d'ouvrir tous les postes aux femmes, sous-marins compris, tant que les critères sont les mêmes pour tous
topic Je suis une femme et je trouve l'écriture inclusive inutile, ce n'est pas un point médian qui augmentera le salaire des aides-soignantes
der @USER la « masculinité toxique », encore une invention de gonzesses frustrées qui ne trouvent pas de mec
  topic @USER d'accord avec toi sur le fond mais la « masculinité toxique » comme concept, je trouve ça flou et contre-productif
nq La réforme des retraites a-t-elle vraiment pénalisé davantage les femmes ? J'ai entendu le ministre affirmer l'inverse
imp Interdire l'écriture inclusive 👏 la prochaine loi ce sera d'interdire aux femmes d'ouvrir la bouche ? on peut rêver 😌
  news Le Sénat a adopté une proposition de loi visant à interdire l'écriture inclusive dans les documents officiels et les contrats
deh Les Femen, ces chiennes qui montrent leurs seins dans les églises, on devrait les museler
  topic Les Femen m'ont toujours paru contre-productives, les actions seins nus occultent complètement le message
abuse Le collectif qui a saccagé la permanence de la députée est une bande d'abrutis, quelle que soit la cause défendue
"""

DATA["gay"] = """
deh La PMA pour les lesbiennes, on fabrique des gosses pour des déviantes, c'est de l'élevage
  topic Je suis contre la PMA pour les couples de femmes, c'est une conviction sur la filiation et la place du père, pas un jugement sur ces couples
  topic La PMA pour toutes était une loi juste, ce sont les délais d'attente dans les centres de don qui posent problème maintenant
op Les homos ne devraient pas pouvoir adopter, ce sont des pervers qui ne pensent qu'au sexe
  topic Le mariage pour tous ne me pose aucun problème, mais je reste prudent sur l'ouverture de la GPA, c'est un autre débat
  nq Combien d'adoptions par des couples de même sexe depuis 2013 ? Des chiffres ont été publiés ?
q Pourquoi laisse-t-on des tapettes approcher nos enfants à la bibliothèque ?
  topic Les lectures de contes par des drag queens en bibliothèque, je trouve que ce n'est pas adapté aux tout-petits, mais c'est aux parents de choisir
  news Une lecture de contes animée par une drag queen a été maintenue par une médiathèque malgré des menaces, sous protection policière
imp La Manif pour tous avait raison, regardez ce que sont devenus nos centres-villes en juin, des zoos à ciel ouvert 🏳️‍🌈🤢
  topic J'ai manifesté contre le mariage pour tous en 2013, aujourd'hui je considère que la loi est acquise et ce n'est plus un sujet pour moi
  topic La Manif pour tous a eu tort à mon avis, mais beaucoup de gens y sont allés de bonne foi, par attachement à une vision de la famille
norm L'éducation à la sexualité à l'école, ok, mais qu'on interdise aux profs homos d'approcher les classes
  topic Je trouve que le programme d'éducation à la sexualité arrive trop tôt en primaire, les parents devraient être davantage consultés
  nq Que contient vraiment le nouveau programme d'éducation à la vie affective et sexuelle ? On lit tout et son contraire
op La GPA c'est un caprice d'homos qui achètent des bébés comme des sacs à main, ces gens n'ont aucune morale
  topic Je suis contre la GPA parce qu'elle marchandise le corps des femmes, quelle que soit l'orientation du couple qui y recourt
der Le don du sang ouvert aux gays, bravo, on va pouvoir remplir les poches avec du sang de pédés contaminé
  news Depuis 2022, les hommes ayant des relations sexuelles avec des hommes peuvent donner leur sang dans les mêmes conditions que les autres donneurs
  nq Avant 2022, pourquoi le don du sang avait-il des règles différentes selon l'orientation sexuelle ?
imp Encore une équipe avec le brassard arc-en-ciel 🌈 ils vont finir par jouer en tutu
  topic Obliger les joueurs à porter un maillot arc-en-ciel, je trouve ça contre-productif, un engagement doit être volontaire
q Vous trouvez ça normal que ces malades exigent en plus de se marier à l'église ?
  topic L'Église catholique a le droit de refuser de marier des couples de même sexe, le mariage religieux ne regarde que les croyants
  topic La bénédiction des couples homosexuels autorisée par le Vatican, c'est un pas timide mais réel, je trouve
op Les lesbiennes qui veulent des enfants sont des égoïstes frustrées qui élèveront des délinquants
  nq Y a-t-il des études sérieuses sur le devenir des enfants élevés par deux mères ?
deh Une Marche des fiertés en plein centre-ville, on laisse les porcs défiler en plein jour devant les enfants
  topic La Marche des fiertés est devenue très commerciale à mon goût, des marques partout, je préférais quand c'était plus militant
q Depuis quand on laisse des invertis décider de ce qu'on enseigne à nos enfants ?
  topic Les associations qui interviennent en classe sur l'homophobie devraient avoir un agrément clair de l'Éducation nationale, comme toutes les autres
imp Thérapies de conversion interdites 🤔 dommage, y avait peut-être moyen de les soigner ces pauvres malades
  news La loi interdisant les pratiques visant à modifier l'orientation sexuelle ou l'identité de genre a été promulguée début 2022
op Deux hommes ne peuvent pas élever un enfant, ils en feront un détraqué comme eux
  topic L'adoption par les couples homosexuels découlait logiquement du mariage, je trouvais ça cohérent dès 2013
topic Je suis homo et je ne suis pas d'accord avec les associations LGBT sur la GPA, on a le droit de ne pas tous penser pareil
norm Marche des fiertés ou pas, ces dégénérés n'ont pas besoin de service d'ordre, qu'on les laisse se faire casser la gueule
  abuse Les organisateurs de la Marche des fiertés ont géré la sécurité comme des amateurs, quelle bande de branquignols
norm Il faudrait abroger le mariage homo et retirer les enfants à ces couples de dégénérés
  news Le Conseil constitutionnel a validé la loi ouvrant le mariage aux couples de même sexe en mai 2013
op Réparer les homos condamnés avant 1982 ? Ils méritaient leur peine, c'était une loi de bon sens
  topic La loi qui reconnaît les condamnations pour homosexualité avant 1982 est une bonne chose, même si elle arrive très tard
"""

DATA["trans"] = """
deh Les trans dans le sport féminin, ce sont des monstres qui viennent écraser nos filles
  topic Les fédérations doivent fixer des critères clairs pour les athlètes trans dans les catégories féminines d'élite, l'équité sportive compte aussi
  news World Athletics a exclu des compétitions féminines internationales les athlètes transgenres ayant connu une puberté masculine
op Les bloqueurs de puberté, c'est des parents tarés qui mutilent leurs gosses pour suivre la mode trans
  topic Je suis pour plus de prudence sur les bloqueurs de puberté chez les mineurs, comme la Suède et le Royaume-Uni qui ont resserré les règles
  topic Restreindre l'accès aux bloqueurs, c'est laisser des ados en détresse sans soins, la décision doit rester aux médecins et aux familles
q Pourquoi on devrait appeler « madame » un bonhomme en robe qui a perdu la tête ?
  nq Comment se passe le changement de prénom à l'état civil en France, il faut passer par le juge ou la mairie suffit ?
imp Détenue trans transférée chez les femmes 🙃 on attend le premier « accident » dans les douches
  topic L'affectation des détenus trans en prison est un vrai casse-tête, je pense qu'il faut du cas par cas avec des quartiers séparés
  news En Écosse, l'affaire d'une détenue trans incarcérée dans une prison pour femmes a conduit le gouvernement à revoir ses règles
der Ces travelos qui veulent entrer dans les vestiaires des filles sont des détraqués sexuels
  topic Je comprends que des femmes veuillent des vestiaires non mixtes, et je pense qu'on peut installer des cabines individuelles sans exclure personne
norm Il faudrait interner tous ces trans jusqu'à ce qu'ils guérissent de leur délire
  topic Un accompagnement psychologique sérieux devrait précéder toute transition médicale chez les jeunes adultes, sans devenir un parcours d'obstacles
op « Femme trans » ça n'existe pas, ce sont des mecs dérangés qui jouent à la poupée
  topic Je ne suis pas à l'aise avec « personnes menstruées » à la place de « femmes », je trouve que ça efface quelque chose, mais je respecte les personnes trans
  topic Je ne suis pas d'accord avec les militantes qui refusent tout débat sur le sport, mais insulter les personnes trans n'a jamais fait avancer aucune cause
imp Transition remboursée par la Sécu 🤡 pendant que mamie attend six mois sa prothèse de hanche, faut voir les priorités de ces malades
  topic Le remboursement des parcours de transition fait débat, mais à mon avis c'est un soin comme un autre quand le diagnostic est posé
  nq La prise en charge à 100 % d'un parcours de transition, ça passe par une ALD ? Comment ça marche concrètement ?
q Franchement, à partir de quand on arrête de se plier aux délires de cette minorité de cinglés ?
  topic On parle beaucoup des personnes trans dans les médias pour des débats de niche, alors que leur accès aux soins est le vrai sujet
der Ces trans qui viennent faire leur propagande dans les écoles, des détraqués qu'il faut tenir loin des gosses
  topic Je pense que l'école doit prévenir les parents quand un élève demande à changer de prénom en classe, c'est un débat légitime
imp Changement de sexe à l'état civil sans opération 🤡 demain je me déclare labrador et je demande mes croquettes remboursées
  news Depuis 2016, changer la mention du sexe à l'état civil n'exige plus d'opération ni de stérilisation, une décision de justice restant nécessaire
q Comment peut-on laisser ces malades mentaux élever des enfants ?
  nq Une personne trans peut-elle adopter dans les mêmes conditions que n'importe qui en France ?
op Les trans ne sont pas des femmes, ce sont des prédateurs déguisés qui veulent agresser
  topic On peut défendre les droits des personnes trans et débattre honnêtement des espaces non mixtes, les deux ne s'opposent pas
deh Cette engeance mi-homme mi-femme n'a rien à faire dans nos compétitions, c'est une aberration de la nature
  topic Les fédérations amateurs devraient avoir des règles différentes du haut niveau pour les joueuses trans, le loisir ce n'est pas la compétition
imp Des recommandations de la HAS pour les trans 🤡 y en a une pour soigner la folie aussi ?
  news La Haute Autorité de santé prépare des recommandations sur le parcours de transition des personnes trans majeures
topic @USER je suis féministe et je ne partage pas la position de certaines associations trans sur le sport de haut niveau, ça ne fait pas de moi une ennemie
op Le changement de genre sur simple déclaration, c'est la porte ouverte aux pervers, parce que c'est ça qu'ils sont au fond
  nq Les pays qui ont ouvert le changement de genre sur simple déclaration ont-ils constaté des abus ? Je cherche des données, pas des opinions
der Le ministre des Sports n'ose pas dire la vérité : ces trans sont des tricheurs et des malades qui volent les médailles des vraies femmes
  abuse Le ministre des Sports a été d'une lâcheté absolue sur ce dossier, il botte en touche depuis deux ans
"""

DATA["disabled"] = """
op L'AAH déconjugalisée, super, on finance encore plus d'assistés qui ne servent à rien
  topic La déconjugalisation de l'AAH était juste sur le principe, mais on aurait dû en profiter pour revoir l'ensemble des minima sociaux
  topic Je suis contre l'idée de conditionner les minima sociaux à des heures d'activité, surtout pour les personnes qui ne peuvent pas travailler
deh Les enfants handicapés en classe ordinaire, c'est accrocher des boulets aux pieds de nos gosses
  topic L'école inclusive est une belle idée, mais sans AESH formés et payés correctement c'est de l'affichage, et ce sont les enfants qui trinquent
  topic Pour certains handicaps lourds, je pense que des classes spécialisées avec des éducateurs valent mieux qu'une inclusion de façade
norm La loi fin de vie, faudrait l'étendre d'office aux handicapés mentaux, ça soulagerait les familles et les comptes publics
  topic Je suis pour une aide à mourir strictement encadrée, réservée aux adultes lucides atteints d'une maladie incurable
  topic Je suis contre l'aide active à mourir : j'ai peur de la pression que ça mettra sur les personnes âgées et malades qui se sentent un poids
q Pourquoi continuer à payer des places de parking, des rampes et des allocations pour des tarés qui ne rapportent rien ?
  nq Qui finance les travaux d'accessibilité dans les petits commerces, il existe des aides de l'État ?
imp Paralympiques 🏅 des milliards dépensés pour regarder des éclopés faire la course, vivement que ça s'arrête
  topic L'héritage des Paralympiques sur l'accessibilité des transports est décevant, le métro parisien reste quasi inaccessible
  news Après les Jeux paralympiques, le gouvernement a évoqué un plan d'accessibilité du métro, chiffré à plusieurs milliards d'euros
der Les mongols n'ont rien à faire en entreprise, embaucher un trisomique c'est payer quelqu'un à ne rien faire
  topic L'obligation d'emploi de 6 % de travailleurs handicapés n'est respectée que par une minorité d'entreprises, les pénalités sont trop faibles à mon avis
op Les handicapés sont presque tous des fraudeurs qui simulent pour toucher leur pension
  topic Il faut lutter contre la fraude sociale, mais la fraude aux prestations handicap est marginale comparée à la fraude aux cotisations des employeurs
  nq Y a-t-il des chiffres fiables sur la fraude à l'AAH ? La CNAF en publie ?
imp Une carte mobilité inclusion pour les autistes ? Bientôt tout le monde sera handicapé pour se garer devant le supermarché 🙄
  nq Comment on obtient la carte mobilité inclusion pour un enfant autiste, c'est la MDPH qui la délivre ?
deh Pourquoi maintenir en vie à grands frais ces débris humains qui ne sentent plus rien ?
  topic Les soins palliatifs devraient exister partout avant qu'on légalise l'aide à mourir, beaucoup de départements n'ont toujours pas d'unité dédiée
op Les handicapés mentaux ne devraient pas voter, ils sont incapables de penser par eux-mêmes
  topic Je reste réservé sur le vote des majeurs sous tutelle, par crainte des pressions de l'entourage, mais c'est un débat qui mérite mieux que des insultes
norm Les bébés trisomiques, on devrait tous les dépister et les éliminer, ça ferait des économies
  topic Le dépistage prénatal de la trisomie pose des questions éthiques difficiles, je respecte les choix des parents dans un sens comme dans l'autre
q Jusqu'à quand va-t-on sacrifier le budget des écoles pour ces attardés qui n'apprendront jamais rien ?
  topic Le budget des AESH a augmenté mais les contrats restent précaires et mal payés, c'est pour ça que tant de postes restent vacants
abuse La MDPH de mon département est une usine à gaz incompétente, neuf mois pour un simple dossier de renouvellement
der Le SMIC en ESAT pour des débiles qui collent des étiquettes toute la journée ? Faut pas pousser
  topic Les ESAT devraient payer au moins le SMIC, c'est du travail, pas de l'occupationnel
imp Revalorisation de l'AAH 🙄 plus c'est payé, plus y a de monde qui se découvre subitement un handicap
  news Le gouvernement a annoncé une revalorisation de l'AAH, jugée très insuffisante par les associations
q Pourquoi les handicapés toucheraient l'AAH en plus d'un salaire, alors qu'ils ne fichent déjà pas grand-chose ?
  nq On peut cumuler l'AAH avec un temps partiel ? Les règles ne sont pas claires sur le site de la CAF
"""

DATA["black"] = """
op La délinquance en Seine-Saint-Denis, c'est simple, les Noirs ont la violence dans le sang
  topic La Seine-Saint-Denis manque de policiers, de magistrats et de profs par rapport au reste du pays, l'État y est sous-dimensionné depuis des années
  topic Je suis pour des peines beaucoup plus lourdes contre le trafic de drogue dans les quartiers, les habitants sont les premières victimes des dealers
deh Déboulonner la statue de Colbert ? Si on écoute ces singes on finira par raser Versailles 🐒
  topic Je suis contre le déboulonnage des statues, je préfère qu'on ajoute des plaques qui expliquent le contexte, comme pour Colbert
  topic Retirer certaines statues de l'espace public me paraît légitime, on ne détruit pas l'histoire en la mettant au musée
imp Le récépissé de contrôle d'identité 🙄 bientôt il faudra demander la permission pour interpeller un Black qui deale
  topic Je suis pour le récépissé lors des contrôles d'identité, ça protégerait les policiers autant que les personnes contrôlées
  topic Le récépissé alourdirait le travail des policiers pour pas grand-chose, à mon avis, mieux vaut généraliser les caméras-piétons
q Pourquoi l'Afrique n'a jamais rien produit d'autre que la misère et les dictateurs ?
  topic La Françafrique doit cesser : retirer nos bases militaires et arrêter de soutenir des régimes autoritaires, c'était une bonne décision
  nq Le franc CFA existe-t-il encore en Afrique de l'Ouest ou a-t-il été remplacé par l'eco ?
der Les militants antiracistes noirs sont des pleurnichards aigris qui crachent sur la France qui les nourrit
  topic Je ne suis pas d'accord avec le comité Adama sur la police, je ne pense pas qu'on puisse parler de racisme d'État en France
  topic Le concept de racisme systémique me paraît flou, je préfère qu'on mesure les discriminations concrètes, à l'embauche ou au logement
norm Il faudrait une police spéciale pour les quartiers noirs, avec couvre-feu à 20 h pour toute cette racaille
  topic Le couvre-feu pour les moins de 13 ans dans certaines villes, je trouve que c'est de l'affichage, ça ne règle rien aux trafics
  news Plusieurs maires ont pris des arrêtés de couvre-feu pour les mineurs après des nuits de violences urbaines, certains contestés au tribunal administratif
op Pas besoin de statistiques ethniques, tout le monde sait que les Noirs peuplent les prisons parce qu'ils sont comme ça
  topic Je suis pour autoriser les statistiques ethniques en France, sinon on parle de discriminations sans pouvoir les mesurer
  topic Je suis contre les statistiques ethniques, elles enferment les gens dans des catégories contraires à l'universalisme républicain
imp Discrimination positive dans les grandes écoles 🙃 on aura bientôt des diplomates qui savent à peine lire, mais ils seront bien noirs
  topic Je suis contre la discrimination positive fondée sur l'origine, je préfère des critères sociaux comme les conventions d'éducation prioritaire
  news Sciences Po a créé en 2001 des conventions d'éducation prioritaire pour recruter des lycéens issus de quartiers défavorisés
der Ces rappeurs noirs qui insultent la France à longueur de clips, des macaques ingrats
  topic Poursuivre un rappeur pour ses paroles, je trouve ça dangereux pour la liberté d'expression, même quand les textes sont odieux
imp Restitution des objets d'art au Bénin 🙄 de toute façon ils vont les laisser pourrir, c'est tout ce qu'ils savent faire là-bas
  topic Je suis pour la restitution des biens culturels pillés pendant la colonisation, mais au cas par cas, après un vrai travail scientifique
  news La France a restitué au Bénin 26 œuvres des trésors royaux d'Abomey, emportées par les troupes coloniales en 1892
op Les Noirs ne respectent que la force, c'est pour ça qu'il faut une police musclée dans les cités
  topic La police de proximité devrait être rétablie, des patrouilles qui connaissent les habitants désamorcent beaucoup de conflits
q Pourquoi financer l'aide au développement pour des pays peuplés de fainéants qui ne savent que tendre la main ?
  topic L'aide publique au développement doit être conditionnée à la coopération migratoire et à la lutte contre la corruption, c'est ma position
  topic Couper l'aide au développement serait une erreur, c'est aussi un outil d'influence face à la Chine et à la Russie en Afrique
op La décivilisation, ce n'est pas un mot trop fort : les Africains ramènent la sauvagerie partout où ils s'installent
  abuse Le ministre de l'Intérieur qui parle de « décivilisation » à chaque fait divers est un démagogue de bas étage
imp Violences policières 🙄 quand on voit comment se comportent les Noirs des cités, les flics sont encore trop patients
  topic Le débat sur les violences policières est toujours caricatural : tous les policiers ne sont pas racistes, et l'institution n'est pas au-dessus de tout soupçon
q Porter plainte contre un policier, c'est devenu le passe-temps des Noirs des quartiers, ils n'ont rien de mieux à faire ?
  nq Quelle est la différence entre l'IGPN et le Défenseur des droits quand on veut se plaindre d'un policier ?
"""

DATA["arab"] = """
op Les émeutes de 2023, c'est la preuve que les Arabes ne seront jamais français, ils brûlent tout dès qu'on les contrarie
  topic Après les émeutes de 2023, l'État a répondu par la seule répression sans se reposer la question de la politique de la ville
  topic Les émeutes de 2023 n'ont aucune excuse, brûler les écoles et les médiathèques de son propre quartier, c'est indéfendable
norm Qu'on renvoie tous les Algériens en bloc, binationaux compris, et qu'on ferme leur ambassade
  topic Je suis pour dénoncer l'accord franco-algérien de 1968, ce régime dérogatoire n'a plus aucune raison d'être
  news Le gouvernement envisage de réduire le nombre de visas accordés aux ressortissants algériens pour obtenir davantage de laissez-passer consulaires
deh Les rebeus de cité, c'est des chacals en meute, on devrait les traiter comme tels
  topic Les quartiers prioritaires ont besoin de services publics, pas seulement de CRS : des commissariats ouverts, des bureaux de poste, des médecins
q Vous avez déjà vu un Maghrébin gagner sa vie honnêtement, vous ?
  nq Le taux de chômage des jeunes dans les quartiers prioritaires, c'est à peu près le double de la moyenne nationale ?
  topic La politique de la ville a englouti des milliards en rénovation urbaine sans régler le chômage, il faut changer d'approche
imp Le président algérien nous insulte encore 🙄 normal, chez eux l'ingratitude c'est culturel
  topic Le régime algérien se sert de la France comme bouc émissaire pour faire oublier ses propres échecs, et ça empoisonne les relations
  abuse Le pouvoir algérien est une clique de généraux corrompus qui jette ses journalistes en prison
op Refus d'obtempérer : quand c'est un Arabe au volant, le policier a raison de tirer, c'est un délinquant d'office
  topic La loi de 2017 sur l'usage des armes par les policiers lors des refus d'obtempérer doit être revue, elle est trop floue
  topic Les refus d'obtempérer se multiplient, et je comprends les policiers qui demandent plus de protection juridique face aux chauffards
der Les Arabes sont des voleurs de naissance, il n'y a qu'à voir les marchés de Barbès
  topic Le trafic de cigarettes à Barbès est un vrai problème pour les riverains, la préfecture devrait y mettre des moyens durables
imp Kebab, barbershop, chicha… la rue de mon enfance a été colonisée, on se croirait au bled 😤 #jesuischezmoi
  topic Les petits commerces de centre-ville ferment un par un à cause des loyers et des zones commerciales, la mairie devrait préempter les baux
der Les jeunes Maghrébins des cités sont tous des petits caïds sans cervelle qui ne respectent rien
  topic Il faudrait plus d'éducateurs de rue et de clubs de sport dans les cités, la prévention coûte moins cher que la prison
q Pourquoi s'étonner des règlements de comptes à Marseille quand la ville est remplie d'Arabes ?
  topic Le narcotrafic à Marseille mérite un parquet national dédié, comme pour le terrorisme, les règlements de comptes se multiplient
  news La loi contre le narcotrafic crée un parquet national spécialisé et un régime de détention renforcé pour les gros trafiquants
norm La double nationalité, faut la retirer à tous les Maghrébins et les renvoyer au premier délit
  topic Je suis pour la déchéance de nationalité des binationaux condamnés pour terrorisme, c'est symbolique mais ça a du sens
  topic La déchéance de nationalité crée deux catégories de Français, c'est pour ça que le projet a été abandonné en 2016, et c'était la bonne décision
imp Un Arabe élu maire ? Attendez-vous à voir la mairie transformée en souk d'ici six mois 🐪
  topic Le nouveau maire a promis de rouvrir le commissariat et la piscine, on jugera sur pièces dans un an
news Les relations entre Paris et Alger se sont à nouveau tendues après le soutien de la France au plan d'autonomie marocain pour le Sahara occidental
op Reconnaître les crimes de la colonisation ? Les Algériens devraient nous remercier à genoux, on les a sortis de la barbarie
  topic La France devrait reconnaître plus clairement les crimes de la colonisation en Algérie, sans pour autant tomber dans une repentance permanente
q Les binationaux franco-algériens, ils sont loyaux envers qui au juste ? La France ou le pays qui nous crache dessus ?
  nq Les binationaux franco-algériens doivent-ils faire leur service militaire en Algérie ?
abuse Ce préfet qui gère la banlieue depuis son bureau sans jamais y mettre les pieds est un incapable notoire
"""

DATA["asian"] = """
op Le virus chinois, normal, ces gens bouffent n'importe quoi, des chauves-souris et des chiens vivants
  topic L'hypothèse d'une fuite de laboratoire à Wuhan n'a jamais été écartée, le gouvernement chinois a bloqué toutes les enquêtes indépendantes
  topic L'origine naturelle du Covid reste la plus probable selon moi, mais l'opacité du gouvernement chinois nourrit les doutes
cg Les Chinois ont lâché le virus exprès pour couler l'économie occidentale et racheter nos entreprises
  nq Où en est l'enquête de l'OMS sur l'origine du Covid ? Un rapport final a été publié ?
  topic La dépendance de l'Europe aux masques et aux médicaments fabriqués en Chine a été une leçon, il faut relocaliser une partie de la production
deh Ces fourmis jaunes se multiplient dans nos centres-villes, bientôt il n'y aura plus un commerce français
  topic Le rachat de vignobles bordelais par des investisseurs chinois inquiète certains, moi je trouve que c'est l'économie de marché, point
imp Les Asiatiques qui portaient le masque avant tout le monde 😷 ils savaient déjà, comme par hasard
  topic Le masque obligatoire en extérieur était absurde, surtout sur des plages désertes, ça a décrédibilisé les mesures utiles
  topic Le masque dans les transports me paraissait raisonnable, on pourrait le recommander à nouveau pendant les épidémies de grippe
q On peut vraiment faire confiance à des Chinois, avec leur sourire hypocrite et leurs yeux qui ne disent rien ?
  topic Je boycotte les produits fabriqués au Xinjiang à cause du travail forcé des Ouïghours, c'est le régime chinois que je vise, pas les Chinois
  news Le Parlement européen a adopté un règlement interdisant la vente de produits issus du travail forcé, qui vise notamment le Xinjiang
der Les Chinois de Belleville, des tricheurs et des fraudeurs, tous sans exception
  topic La fraude à la TVA sur les plateformes de vente en ligne coûte des milliards, il faudrait obliger les plateformes à collecter la taxe elles-mêmes
imp Covid, grippe aviaire, et maintenant un nouveau virus… devinez d'où ça vient à chaque fois 🦇🥢
  topic La surveillance des nouveaux virus devrait être internationale et indépendante, aucun pays ne devrait pouvoir cacher une épidémie
norm Interdisons tous les restaurants asiatiques en France, au moins on ne risquera plus d'être contaminés par ces gens
  topic Les contrôles d'hygiène dans la restauration sont trop rares, un restaurant peut rester dix ans sans voir un inspecteur
q Pourquoi accueillir des étudiants chinois dans nos labos alors que ce sont tous des espions par nature ?
  topic Les coopérations scientifiques avec des universités liées à l'armée chinoise devraient être mieux encadrées, c'est une question de sécurité
  news Un rapport du Sénat alerte sur les ingérences étrangères dans les universités françaises, en citant notamment la Chine
op Les Asiatiques sont des copieurs sans âme, incapables de créer quoi que ce soit par eux-mêmes
  topic La concurrence chinoise sur les voitures électriques est redoutable, l'UE a eu raison d'imposer des droits de douane
der Le Parti communiste chinois ou les Chinois, c'est kif-kif, un peuple de moutons serviles qui mérite sa dictature
  abuse Le Parti communiste chinois est une dictature de gangsters qui emprisonne quiconque ose parler
der Taïwan, Pékin, franchement c'est la même race de fourbes, qu'ils se bouffent entre eux
  topic Je suis pour que la France reconnaisse Taïwan, même si ça fâche Pékin
nq Pourquoi la Chine a-t-elle maintenu sa politique zéro Covid aussi longtemps, jusqu'à fin 2022 ?
imp Shanghai confinée 🙃 enfermer les Chinois chez eux, la seule mesure sanitaire qui ait jamais marché
  news Le confinement de Shanghai au printemps 2022 a provoqué des pénuries alimentaires et des protestations rares dans le pays
"""

DATA["roma"] = """
deh Les gens du voyage qui s'installent sur le stade, c'est une invasion de nuisibles, faut dératiser
  topic La loi Besson oblige les communes à créer des aires d'accueil, beaucoup ne le font pas, et après on s'étonne des installations illicites
  topic Je suis pour des sanctions bien plus rapides en cas d'occupation illégale d'un terrain, caravanes ou squat, peu importe
op Les Roms sont voleurs par nature, aucune politique d'intégration n'y changera rien
  topic Les programmes européens d'insertion des Roms ont coûté cher pour des résultats décevants, il faut évaluer avant de continuer
  news Un rapport de la Commission européenne pointe l'échec partiel de la stratégie d'intégration des Roms dans plusieurs États membres
norm Les arrêtés anti-mendicité c'est bien, mais il faudrait carrément mettre les Roms dans des bus direction la frontière
  topic Les arrêtés anti-mendicité sont inefficaces à mon avis, souvent annulés par les tribunaux, et ils déplacent le problème d'une rue à l'autre
  nq Un maire peut-il interdire la mendicité dans tout le centre-ville, ou seulement à certaines heures ?
imp Démantèlement du bidonville ce matin 👏 dommage qu'on ne puisse pas démanteler aussi ceux qui y vivaient
  topic Démanteler un bidonville sans proposer de relogement, c'est déplacer le campement de 500 mètres, de l'argent public jeté par les fenêtres
  news Un campement d'environ 200 personnes a été évacué à Montreuil ; la préfecture dit avoir proposé une cinquantaine de places d'hébergement
q Ils paient des impôts, les gitans, ou juste des amendes qu'ils ne règlent jamais ?
  nq Comment fonctionne la domiciliation des gens du voyage depuis la suppression du livret de circulation ?
der Ces romanos sont des crasseux qui vivent dans leurs ordures et qui s'en plaignent en plus
  topic Les communes devraient être obligées d'organiser le ramassage des ordures près des campements, ça éviterait des problèmes sanitaires pour tout le monde
deh Les gens du voyage sont des parasites de tradition, ils profitent de tout et ne paient rien
  topic Les gens du voyage paient des taxes comme tout le monde, y compris sur leurs caravanes, le débat sur les aires d'accueil devrait partir de là
imp Une aire d'accueil juste à côté de l'école ? Bon courage aux parents pour garder les vélos des gamins 🚲
  topic Je suis contre l'emplacement choisi pour la nouvelle aire d'accueil, coincée contre la départementale et loin de tout, c'est mal pensé pour tout le monde
q Pourquoi les maires devraient-ils accueillir ces voleurs de poules dont personne ne veut ?
  nq Quelles communes sont obligées d'avoir une aire d'accueil, c'est à partir de 5 000 habitants ?
norm Qu'on leur interdise l'entrée des villes, à ces manouches, et qu'on confisque leurs caravanes
  topic Les grands passages de l'été devraient être mieux anticipés par les préfectures, avec des terrains réservés à l'avance
abuse Le préfet qui fait évacuer les campements en plein hiver est d'un cynisme écœurant
norm Pas de trêve hivernale pour les Roms, qu'on les vire en plein janvier, le froid fera le tri
  topic La trêve hivernale devrait aussi s'appliquer aux expulsions de terrains occupés sans droit, par simple humanité
op Loi anti-squat 👍 enfin de quoi virer ces voleurs de Roms de nos terrains, ils ne comprennent que la matraque
  news La loi anti-squat de 2023 a durci les sanctions contre l'occupation illicite de logements et de terrains
"""

# Target ``none``: health policy, government, pensions, welfare, policing, the Church as an institution. Its hateful
# rows are conspiracy claims that name no group (``cn``), and hate that names a group on the same subject (``op@migrant``
# ...: that row gets the group as target, its benign counterparts stay ``none``).
DATA["none"] = """
cn Le vaccin ARN sert à stériliser la population, ils veulent réduire le nombre d'humains, réveillez-vous
  topic L'obligation vaccinale des soignants était une erreur à mon avis, il fallait convaincre plutôt que suspendre
  nq Les soignants suspendus pendant l'obligation vaccinale ont-ils tous été réintégrés ? Avec rappel de salaire ?
cn Le pass sanitaire c'est la première étape du crédit social à la chinoise, bientôt la puce sous la peau pour tout le monde
  topic Le pass sanitaire m'a toujours paru disproportionné pour aller au restaurant ou prendre le train, une contrainte mal justifiée
  topic J'étais plutôt favorable au pass sanitaire, il a permis de rouvrir les lieux publics plus tôt, même si c'était contraignant
cn Le Covid a été créé en labo par les élites pour nous confiner et nous contrôler, tout était prévu depuis des années
  topic Le premier confinement se justifiait, le troisième beaucoup moins, on a sacrifié les jeunes et les commerces pour pas grand-chose
  abuse Le conseil scientifique a été d'une arrogance incroyable, des experts qui n'ont jamais eu à assumer leurs erreurs
cn Les vaccins contiennent du graphène pour nous connecter à la 5G, regardez l'aimant qui colle au bras
  nq Comment fonctionne vraiment un vaccin à ARN messager ? L'ARN reste combien de temps dans le corps ?
cn Les morts subites chez les sportifs, c'est le vaccin, ils le savent et ils cachent tout, c'est un génocide organisé
  topic La pharmacovigilance sur les myocardites après le vaccin a fonctionné mais a été mal communiquée, ça a nourri la défiance
  news L'Agence du médicament a confirmé un risque rare de myocardite après les vaccins à ARN messager, surtout chez les jeunes hommes
cn Les confinements n'avaient rien à voir avec le virus, c'était pour préparer le grand reset et nous prendre nos biens
  topic Le « quoi qu'il en coûte » a sauvé des entreprises mais a fait exploser la dette, et on paie la facture aujourd'hui
cn Chemtrails et vaccins, même combat : on nous empoisonne à petit feu pour que les gouvernements gardent le contrôle
  topic Je suis contre l'obligation vaccinale généralisée, mais pour qu'on recommande fortement le vaccin aux personnes fragiles
cn La variole du singe a été lâchée juste au bon moment pour relancer les restrictions, comme par hasard avant les élections
  nq La variole du singe, le mpox, ça se transmet comment exactement ? Faut-il se faire vacciner ?
cn Les masques des écoles contenaient des fibres toxiques pour affaiblir les enfants, c'était voulu
  topic Le masque à l'école primaire pendant des mois a sans doute freiné l'apprentissage du langage chez les petits
  abuse Le ministre de l'Éducation de l'époque a été lamentable, des protocoles sanitaires annoncés le dimanche soir dans la presse
cn L'OMS et les gouvernements préparent la prochaine pandémie pour imposer un passeport vaccinal mondial et une dictature sanitaire
  topic L'accord de l'OMS sur les pandémies me semble flou sur la souveraineté des États, il devrait être débattu au Parlement
  news Les États membres de l'OMS ont adopté un accord sur la prévention des pandémies après trois ans de négociations
cn Le vaccin modifie l'ADN, ils ont fait de nous des cobayes génétiquement modifiés, et c'était le but
  nq Un vaccin à ARN peut-il modifier notre ADN ? J'ai lu que non parce qu'il n'entre pas dans le noyau, c'est bien ça ?
cn Les hôpitaux étaient vides, la pandémie a été inventée de A à Z par les médias et le gouvernement pour nous terroriser
  topic Les hôpitaux ont débordé parce qu'on a fermé des lits pendant vingt ans, la crise a juste révélé le manque de moyens
cn On a empoisonné les vieux en EHPAD au Rivotril pour gonfler les chiffres du Covid, c'est un crime d'État caché
  news Une enquête a été ouverte après des plaintes de familles de résidents d'EHPAD décédés pendant la première vague
  topic L'isolement des résidents d'EHPAD pendant des mois, sans visites, a été une faute grave, beaucoup sont morts seuls
cn @USER le vaccin contient un poison à retardement, dans cinq ans les vaccinés tomberont comme des mouches et tout ça a été planifié
  topic @USER j'ai pas fait la troisième dose, pour mon âge le bénéfice ne valait plus le coup à mon avis, c'est un choix médical
cn Le réchauffement climatique est un mensonge pour nous taxer, après les confinements sanitaires on aura les confinements climatiques
  topic Je suis contre les ZFE, elles pénalisent les ménages modestes qui n'ont pas les moyens de changer de voiture
cn Les vaccins des bébés provoquent l'autisme et les labos le savent depuis longtemps, on nous cache tout
  nq Le passage à onze vaccins obligatoires pour les nourrissons date de 2018, c'est bien ça ? Lesquels ont été ajoutés ?
  topic Onze vaccins obligatoires pour les bébés, je trouve que c'est beaucoup, mais je les ai faits parce que j'ai confiance en mon pédiatre
cn Ils nous ont vaccinés de force pour tester une arme biologique sur la population, on est des rats de laboratoire
  topic L'obligation vaccinale déguisée par le pass a abîmé la confiance dans la santé publique, et on le paiera à la prochaine épidémie
cn La grippe aviaire, c'est la prochaine fausse pandémie, déjà écrite par les labos pour vendre leurs doses
  topic Les commandes massives de vaccins contre la grippe H1N1 en 2009 avaient été un gaspillage, il faudrait en tirer les leçons
cn Le compteur Linky espionne vos conversations et vous irradie la nuit, c'est prouvé mais étouffé
  topic Les compteurs Linky, je reproche surtout qu'on ne nous ait pas laissé le choix, l'installation a été imposée sans vraie concertation
cn Le gouvernement a fabriqué la pénurie de masques exprès pour tuer les plus faibles et alléger les caisses de retraite
  topic La pénurie de masques au printemps 2020 vient de stocks qu'on a laissé fondre pendant dix ans, c'est une faute d'État
cn Le ministre de la Santé touche des enveloppes des labos pour nous injecter leur poison, tout le monde le sait
  abuse Ce ministre de la Santé est un incapable, il change d'avis sur les masques toutes les deux semaines
abuse @USER le gouvernement se fout de notre gueule avec sa réforme des retraites passée au 49.3, bande de guignols
abuse Les sénateurs qui votent leurs avantages pendant qu'on demande des efforts à tout le monde, quelle bande de profiteurs
abuse Ce Premier ministre est un technocrate hors-sol qui n'a jamais connu une fin de mois difficile
abuse La préfecture de police a géré la manif comme des pieds, nasser des familles pendant quatre heures c'est n'importe quoi
cg@jewish Le président n'est qu'une marionnette de la banque Rothschild, on sait très bien qui l'a placé là
  abuse Le président se prend pour Jupiter et méprise tous ceux qui ne pensent pas comme lui 🙄
der@women La ministre du Travail, comme toutes les bonnes femmes en politique, ne comprend rien aux chiffres, retour aux fourneaux
  abuse La ministre du Travail a raconté n'importe quoi en direct sur la pension minimale, elle devrait démissionner
abuse Les députés absents au vote du budget sont des tire-au-flanc payés à rien foutre
imp@arab Un maire magouilleur qui s'appelle Benali, rien d'étonnant, ces gens-là ont ça dans le sang
  abuse Ce maire est un magouilleur, il a attribué le marché public à l'entreprise de son beau-frère
cn L'Ordre des médecins a radié ceux qui soignaient pour cacher qu'un remède existait, ils voulaient des morts pour vendre le vaccin
  abuse L'Ordre des médecins a été d'une lâcheté incroyable pendant toute la crise sanitaire
abuse L'épiscopat a couvert des prêtres pédocriminels pendant des décennies, cette institution n'a aucune leçon de morale à donner
abuse franchement ce gouvernement c'est des amateurs, trois ministres de l'Éducation en un an mdr
abuse Ce porte-parole du gouvernement est le champion toutes catégories de la langue de bois
cn @USER le conseil de défense sanitaire obéissait à Davos, tout était décidé ailleurs pour nous mettre en cage
  abuse @USER le conseil de défense sanitaire c'était l'opacité totale, une poignée de technocrates qui décidaient en secret de nos vies
norm@black Des peines planchers, oui, et pour les Noirs on double directement, c'est eux qui remplissent les prisons
  topic Je suis pour le retour des peines planchers pour les récidivistes, la justice est trop lente et trop laxiste
  topic Les peines planchers n'ont jamais fait baisser la récidive, c'est la surpopulation carcérale qui fabrique des délinquants
op@migrant Le RSA sert surtout à engraisser des étrangers qui n'ont jamais cotisé et qui n'en foutent pas une
  topic Conditionner le RSA à quinze heures d'activité me paraît logique, une aide doit aller avec un effort quand on le peut
  topic Le RSA sous condition d'activité, c'est transformer les allocataires en main-d'œuvre gratuite, je suis contre
der@disabled La réforme du chômage va enfin faire bosser les gogols qui se cachent derrière leur RQTH pour glander
  topic La réforme de l'assurance chômage pénalise surtout les précaires, je ne vois pas en quoi elle crée des emplois
der@roma La fraude sociale, c'est le sport national des gitans, des voleurs qui touchent des aides sous dix noms différents
  topic La fraude sociale existe et il faut la combattre, mais la fraude fiscale coûte bien plus cher à l'État
imp@arab Le LBD contre les Mohamed des quartiers, c'est encore trop gentil, un œil en moins ça les calmera 👁️
  topic Je suis pour l'interdiction des LBD en manifestation, trop de blessés graves aux yeux
norm@roma Il faudrait des caméras à reconnaissance faciale à l'entrée des villes pour repérer les Roms et les refouler avant qu'ils volent
  topic La vidéosurveillance algorithmique testée pendant les JO ne devrait pas être pérennisée, c'est une pente dangereuse pour les libertés
topic Je soutiens la police, mais un policier qui frappe un manifestant à terre doit être sanctionné
op@muslim Les crèches dans les mairies dérangent qui ? Les musulmans, comme toujours, ces gens ne supportent rien de ce qui est à nous
  topic Les crèches de Noël dans les mairies, franchement je ne vois pas le problème, c'est une tradition culturelle
  topic La laïcité devrait interdire les crèches de Noël dans les bâtiments publics, comme tout autre symbole religieux
topic L'Église catholique a le droit de s'opposer à la loi sur la fin de vie, mais pas d'écrire la loi
op@gay Les abus dans l'Église, c'est la faute aux prêtres homos, virez-les tous et le problème sera réglé
  topic Le rapport Sauvé aurait dû déboucher sur des réformes bien plus profondes dans l'Église, à commencer par le secret de la confession
  topic Le secret de la confession ne peut pas primer sur la protection des enfants, je suis catholique et je le dis
topic Je suis pour le retour d'un service militaire obligatoire, ça recréerait du lien entre les jeunes de tous les milieux
cn Le confinement de 2020, c'était un exercice grandeur nature pour tester notre obéissance avant la dictature mondiale
  topic Le confinement de 2020 a été géré dans la panique, mais je ne vois pas comment on aurait fait autrement avec ce qu'on savait à l'époque
cn Les masques servaient à nous habituer à nous taire et à obéir, le virus n'a jamais été le vrai sujet
  topic Rendre les masques obligatoires après avoir expliqué pendant des semaines qu'ils étaient inutiles, c'était une faute de communication énorme
cn Les attestations de sortie, c'était pour ficher tout le monde et préparer le traçage permanent décidé à Davos
  topic Les attestations de sortie qu'on remplissait soi-même, avec le kilomètre autour de chez soi, c'était du contrôle pour le contrôle
cn @USER le pass vaccinal c'était le test avant la monnaie numérique, ils couperont ton compte si tu désobéis
  topic @USER le pass vaccinal pour aller bosser c'était une sanction déguisée, qu'on vienne pas me parler de liberté
cn S'ils n'ont jamais rendu le vaccin obligatoire, c'est pour ne pas indemniser les morts qu'ils savaient qu'il ferait
  topic L'obligation vaccinale aurait été plus honnête que le pass, au moins le gouvernement aurait assumé son choix
cn Les vaccinés sont des zombies programmés, leur sang est contaminé à vie par les nanoparticules
  topic Je suis vacciné et je défends quand même le droit de critiquer le pass sanitaire, c'est ça une démocratie
cn Aucune commission ne dira la vérité : le virus a été relâché volontairement pour enrichir les actionnaires des labos
  topic La gestion du Covid mérite une vraie commission d'enquête indépendante, pas un rapport écrit par ceux qui l'ont gérée
cn On a fermé les écoles pour abrutir une génération entière et la rendre plus facile à manipuler, c'était le plan
  topic Les écoles fermées des semaines entières, ce sont les enfants des milieux populaires qui en ont payé le prix
topic Le 49.3 sur la réforme des retraites était légal mais politiquement désastreux, ça a nourri la colère
op@women La retraite à 64 ans, normal, mais les femmes devraient partir plus tard, elles vivent plus vieilles à nos crochets
  topic Je suis pour la retraite à 64 ans, on vit plus longtemps et le système doit bien être financé
topic La TVA sociale serait plus juste que d'augmenter encore les cotisations sur le travail, à mon avis
imp@roma L'allocation de rentrée scolaire finit en écrans plats sur les aires d'accueil, tout le monde le sait 📺
  topic Je pense que l'allocation de rentrée scolaire devrait être versée en bons d'achat de fournitures, pas en argent
imp@migrant Les allocs, faudrait les couper dès le troisième enfant, on sait très bien qui fait des familles nombreuses pour toucher 😏
  topic Les allocations familiales devraient être les mêmes pour tous, la modulation selon les revenus a cassé l'universalité
topic #réformedesretraites on peut être contre sans bloquer les raffineries, et on peut être pour sans mépriser les grévistes
topic Supprimer la redevance télé était démagogique, l'audiovisuel public a besoin d'un financement indépendant
cn Le pass sanitaire n'a jamais vraiment disparu, il dort dans les serveurs en attendant la prochaine fausse épidémie
  nq C'est quand que le pass sanitaire a été définitivement supprimé, à l'été 2022 ?
nq La loi sécurité globale, l'article sur la diffusion d'images de policiers a été censuré ou pas finalement ?
q@migrant Pourquoi payer des journées de prison pour des étrangers alors qu'un billet d'avion aller simple coûte moins cher et qu'une balle encore moins ?
  nq Quelqu'un sait combien coûte une journée de détention en France ?
nq Les amendes de confinement jamais payées, elles ont été annulées ou on peut encore les recevoir ?
nq Un ministre peut-il être jugé par un tribunal ordinaire ou seulement par la Cour de justice de la République ?
cn Pass sanitaire, pass vaccinal, même QR code : c'est le code-barres du bétail qu'on est devenus pour ceux qui nous gouvernent
  nq Quelle différence concrète entre le pass sanitaire et le pass vaccinal ?
cn Les Sages ont validé le pass parce qu'ils sont tenus par les labos, toutes les institutions sont achetées
  news Le Conseil constitutionnel a validé l'essentiel du pass sanitaire, tout en censurant l'isolement automatique des personnes testées positives
cn Ils sortent un nouveau variant à chaque grosse manif contre le pass, comme par magie, c'est fabriqué pour casser la mobilisation
  news Plusieurs dizaines de milliers de personnes ont manifesté samedi contre le pass sanitaire dans une centaine de villes
news La commission d'enquête du Sénat sur la crise sanitaire a rendu un rapport sévère sur la pénurie de masques
news La réforme des retraites a été promulguée quelques heures après la décision du Conseil constitutionnel
"""


def parse(block: str, target: str) -> list[list[tuple[str, int, str, str]]]:
    """Split one block into pairs (``train_eighth.paired_lines``). ``<code>@<target>`` gives one row another target
    than its block's (a hateful row on welfare or policing, in the ``none`` block, that names a group); an ``abuse``
    row always gets target ``none``; ``cn`` rows have target ``none`` and every other hateful row a group."""

    def row(code: str, text: str, raw: str) -> tuple[str, int, str, str]:
        code, _, own = code.partition("@")
        row_target = own or target
        if not text or row_target not in (*TARGETS, "none"):
            raise ValueError(f"empty text or bad target in {target}: {raw!r}")
        if code in HATE_CODES:
            if (code == "cn") != (row_target == "none"):
                raise ValueError(f"cn rows, and only they, have target none: {raw!r}")
            return (text, 1, HATE_CODES[code], row_target)
        if code in BENIGN_CODES:
            return (text, 0, BENIGN_CODES[code], "none" if code == "abuse" else row_target)
        raise ValueError(f"bad code in {target}: {raw!r}")

    return train_eighth.paired_lines(block, target, row)


def build() -> list[dict[str, str]]:
    pairs: list[list[tuple[str, int, str, str]]] = []
    for target in (*TARGETS, "none"):
        pairs.extend(parse(DATA[target], target))
    random.Random(SEED).shuffle(pairs)
    return to_rows(pairs, "o")


def print_stats(rows: list[dict[str, str]]) -> None:
    train_eighth.print_counts(rows, (*TARGETS, "none"))


def main(argv: list[str] | None = None) -> int:
    """``--out FILE [--stats]`` as for the other batches (``train_eighth.main``); ``--stats`` alone prints counts."""
    return train_eighth.stats_cli(argv, build, __doc__, print_stats)


if __name__ == "__main__":
    sys.exit(main())
