"""Eighth batch of training rows: TARGET-SPECIFIC tropes of French implicit hate, each paired with benign posts on
the same target that use the same key words.

Why: every frame of the earlier batches is rendered over all eleven targets, so a group name carries no label. That
removed the group-name shortcut, but the model never saw the classic trope attached to its own group (money and
media for Jews, theft and chickens for Roma, dogs and viruses for Asians, kitchen and driving for women, cost to
society for disabled people...). Implicit hate in the wild mostly uses exactly those tropes, without slurs. Here each
trope is written on its own target as implicit hate (insinuation, "joke", sarcasm, rhetorical question, « je dis ça
je dis rien », fake statistics, « comme par hasard », coded emoji, dog whistles), and each hateful row is paired
(``pair``) with 1-2 benign rows on the SAME target using the SAME key words (everyday or factual mention, positive
mention, news, honest question, counter-speech that quotes or rejects the trope, negation, a member of the group
speaking about themself), so that the label is carried by the insinuation, not by the group or the topic word. About
60 rows with target ``none`` use the same key words (scooter, banque, chien, cuisine, voile...) about no group.

No slur and no explicit insult or dehumanising word in any row (those are other kinds). Each row is written out in
full (no template rendered over targets), in the social-media register of the later batches (``@USER`` replies,
hashtags, emoji, SMS spelling). Written by hand from general knowledge, without opening any evaluation file or
outside dataset.

Usage: ``python3 models/suite/train_eighth.py --out /tmp/s13/eighth.csv [--stats]``. Columns
``id,text,label,functionality,target,pair`` (ids ``e00001``..., pairs ``e0001``...). Deterministic: the order of the
pairs is shuffled with a seeded ``random.Random``.

Data format below, one block per target: a line ``H <text>`` starts a new pair with a hateful row
(``hate_implicit``); the indented lines that follow, ``<code> <text>``, are its benign counterparts (codes: ``neu``
identity_neutral, ``pos`` identity_positive, ``news`` news_report, ``nq`` neutral_question, ``cq`` counter_quote,
``cr`` counter_reference, ``neg`` negated_hate, ``own`` own_identity).
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
import sys
from collections.abc import Callable, Sequence

SEED = 20248

TARGETS = ("black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled")

CODES = {
    "neu": "identity_neutral",
    "pos": "identity_positive",
    "news": "news_report",
    "nq": "neutral_question",
    "cq": "counter_quote",
    "cr": "counter_reference",
    "neg": "negated_hate",
    "own": "own_identity",
}

DATA: dict[str, str] = {}

DATA["jewish"] = """
H comme par hasard le nouveau gouverneur de la banque porte un nom en -berg 🤔 simple constat hein
  neu le nouveau gouverneur de la banque s'appelle Rosenberg, il vient de la Cour des comptes et il a l'air très carré sur l'inflation
  cq « comme par hasard il porte un nom en -berg » : quand ton seul argument c'est un nom de famille juif, t'as pas d'argument
H @USER regarde qui possède les grandes banques et les grands journaux et reviens me parler de hasard 😏
  cr @USER non, les banques et les journaux ne sont pas tenus par les juifs, c'est un vieux mythe antisémite, regarde la liste réelle des actionnaires
  nq @USER tu sais qui possède les grands journaux en France aujourd'hui ? je cherche une source fiable sur les actionnaires, juifs ou pas je m'en fiche
H Marrant comme chaque fois qu'on tire le fil de la finance mondiale on retombe sur des noms juifs… 🧶
  cq « on retombe toujours sur des noms juifs » dans la finance : c'est le vieux fantasme du banquier juif qui dirige le monde, rien de plus
H les juifs et l'argent, une histoire d'amour qui dure depuis des siècles 💰😂
  neg non, les juifs n'ont pas un rapport particulier à l'argent, ce cliché vient des métiers auxquels on les a cantonnés au Moyen Âge
  own Juive et complètement nulle en maths, mon banquier désespère de moi 😂💰
H Rothschild, Macron, la banque… mais bien sûr, c'est juste une coïncidence 🙃 #juifs
  news Emmanuel Macron a travaillé à la banque Rothschild de 2008 à 2012 avant d'entrer à l'Élysée comme secrétaire général adjoint
  cq le coup du « Rothschild, Macron, la banque, coïncidence 🙃 » : agiter un nom juif pour suggérer un complot, c'est du complotisme antisémite classique
H Les médias français ? Fais la liste des rédacteurs en chef juifs et tu comprendras qui tient le micro 🎤
  neg non, les rédactions françaises ne sont pas « tenues » par les juifs, dresser des listes de noms c'est une méthode des années 30
H Demandez-vous pourquoi tant de journalistes juifs de plateau ont la double nationalité 🇮🇱🤔
  cq « demandez-vous pourquoi tant de journalistes juifs ont la double nationalité » : l'accusation de double allégeance, vieille comme l'affaire Dreyfus
  own franco-israélienne et journaliste en région, je couvre surtout les conseils municipaux et les fêtes de village 😅
H Les juifs sont français quand ça les arrange, israéliens le reste du temps. Allégeance à géométrie variable 🇮🇱
  neu Ma voisine juive est franco-israélienne, elle vote aux deux élections et passe ses étés chez sa sœur à Haïfa
  neg non, les juifs de France ne sont pas « français quand ça les arrange », ils sont français, point
H @USER Le dîner du CRIF, c'est là que se décide vraiment la politique de la France, tout le monde le sait 🍷
  news Le dîner annuel du CRIF a réuni hier plusieurs ministres ; son président a évoqué la hausse des actes antisémites
  cr @USER non, un dîner d'une association juive ne « décide » pas la politique du pays, ce fantasme de pouvoir occulte vise toujours les mêmes
H les (((mêmes))) derrière chaque guerre, chaque crise, chaque pandémie. Ouvrez les yeux
  cq les triples parenthèses genre « les (((mêmes))) derrière chaque crise » : c'est un code néonazi pour désigner les juifs, signalez
H Ils nous parlent de la Shoah matin, midi et soir, faut bien entretenir le fonds de commerce 🙄
  news Une nouvelle exposition sur la Shoah ouvre au Mémorial de Paris, avec des témoignages de survivants enregistrés dans les années 90
  cq « faut bien entretenir le fonds de commerce » à propos de la Shoah : c'est du négationnisme qui ne dit pas son nom
H Peuple élu, mais élu par qui exactement ? Et pour faire quoi de nous, les goyim ? 🤔
  nq Que veut dire exactement « peuple élu » dans la tradition juive ? J'ai lu que ça parlait d'obligations plus que de privilèges
H Chassés de cent pays en deux mille ans… à un moment les juifs devraient peut-être se poser des questions sur eux-mêmes, non ?
  cq « chassés de cent pays, ils devraient se poser des questions » : on accuse les victimes des persécutions de les avoir méritées, c'est abject
  neu L'expulsion des juifs d'Espagne en 1492 a dispersé des communautés entières jusqu'en Afrique du Nord et dans l'Empire ottoman
H Tu veux savoir qui gouverne vraiment ? Regarde qui tu n'as pas le droit de critiquer 🤫✡️
  cr La phrase « regarde qui tu n'as pas le droit de critiquer » avec une étoile de David tourne dans les milieux néonazis, ne la partagez pas
H Hollywood, Netflix, les grands studios… tiens, toujours les mêmes familles juives aux commandes 🎬🤔
  neu La famille Warner, juive polonaise émigrée, a fondé son studio en 1923 ; aujourd'hui Warner Bros appartient à un groupe coté en bourse
  own Juif et scénariste, je galère autant que tout le monde à vendre mes séries, la « mainmise » je l'attends toujours 😂
H le vaccin, les labos, les brevets… suivez l'argent et regardez les noms des patrons, vous verrez qu'ils sont pas bretons 💉🤔
  cq « suivez l'argent et regardez les noms des patrons » des labos : on accuse les juifs des épidémies depuis la peste noire
H Petit conseil : si tu veux un crédit, va voir Samuel, avec un nom pareil il sait compter 😏💸
  neu Si tu veux un crédit immobilier, va voir Samuel à l'agence du centre, il m'a super bien expliqué les taux fixes
H T'as remarqué que dès qu'un juif est critiqué, toute la presse hurle à l'antisémitisme ? Intouchables 🙄
  neg non, les juifs ne sont pas « intouchables », on peut critiquer une personne ; ce qu'on condamne, c'est de viser toute une communauté
H Ils tirent les ficelles de la finance à Francfort, à Londres et à New York, mais chut, faut pas dire qui ✡️🤐
  news La BCE à Francfort a relevé ses taux directeurs ; les places de Londres et de New York ont réagi en hausse
  cr Les posts qui parlent de « ficelles de la finance » avec une étoile de David ressortent la propagande des années 30, rien d'autre
H On se demande bien pourquoi les noms juifs trustent les conseils d'administration 🤔 #suivezlargent
  neg non, les juifs ne « trustent » pas les conseils d'administration, ils représentent moins d'un pour cent de la population française
H Le grand remplacement, c'est pas les migrants qui l'organisent, cherchez plutôt quelle communauté finance les ONG 😉 ✡️
  cq « cherchez quelle communauté finance les ONG » derrière le grand remplacement : on désigne les juifs à mots couverts, comme avec Soros
  nq Est-ce que des associations juives financent des ONG d'aide aux réfugiés ? J'ai vu passer le nom du Fonds social juif unifié
H Soros par-ci, Soros par-là, faut croire que c'est toujours la même tribu qui paie 🤑
  news George Soros, financier et philanthrope d'origine juive hongroise, a confié la direction de sa fondation à son fils Alexander
H Un juif pauvre, c'est comme une licorne : tout le monde en parle, personne en a vu 🦄😂
  neg Si, des juifs pauvres il y en a plein, à Sarcelles comme ailleurs, le cliché du juif riche est un mythe
  own Juive, boursière, coloc à quatre dans 50 m² : la licorne c'est moi 🦄
H Zemmour, Finkielkraut, BHL… étonnant comme ils ont tous leur rond de serviette sur les plateaux, hein 🤔
  cq « étonnant comme ils ont tous leur rond de serviette » : ces trois-là n'ont rien en commun à part d'être juifs, c'est bien ça que tu pointes
H je dis ça je dis rien mais Israël a toujours une longueur d'avance sur les décisions de notre gouvernement, bizarre non ? 🇮🇱
  cr Dire qu'Israël « a une longueur d'avance » sur nos décisions, c'est ressortir le mythe du complot juif mondial sous un autre drapeau
H Le radin de la bande, devinez de quelle religion il est 😂 #kippa
  neg non, les juifs ne sont pas radins, c'est un des plus vieux clichés antisémites, et il a tué
  own Juif et le plus généreux de la bande, c'est moi qui paie les tournées depuis le lycée 🍻
H ils contrôlent tout, l'argent, la presse, la politique, et après les juifs s'étonnent qu'on les aime pas 🤷
  neg Non, les juifs ne contrôlent ni l'argent ni la presse, ce fantasme a nourri tous les pogroms
H @USER tu crois vraiment que les guerres éclatent par hasard ? Demande quelle famille juive prête l'argent aux deux camps 🏦
  nq @USER comment étaient financées les guerres napoléoniennes ? J'ai lu des choses sur la banque Rothschild, je voudrais une source d'historien
H Les juifs ont le nez pour les bonnes affaires, si tu vois ce que je veux dire 👃💶
  cq « ils ont le nez pour les bonnes affaires » avec l'emoji nez : double cliché antisémite, caricature des années 30 comprise
  neu Ma cousine Rachel a vraiment le nez pour les bonnes affaires, elle a chiné toute sa déco chez Emmaüs
H Bizarre que personne n'ose parler du lobby juif alors qu'il tient la moitié des députés 🤐
  cr Non, il n'existe aucun groupe juif qui « tient » les députés ; le financement des partis est public et plafonné
"""

DATA["roma"] = """
H Fête foraine ce week-end, pensez à attacher vos portefeuilles, les Roms sont de sortie 🎡👛
  neu Fête foraine ce week-end, les manèges sont tenus par une famille rom de Nîmes, les enfants adorent leur carrousel
  neg non, les Roms ne sont pas des voleurs, serrer son portefeuille en les voyant c'est juste du racisme
H Un camp de Roms s'installe près du stade, bizarrement les câbles de cuivre commencent à disparaître ⚡😏
  news Un campement rom a été évacué près du stade ; la préfecture dit avoir proposé un hébergement à onze familles
  cq « bizarrement les câbles de cuivre disparaissent » dès que des Roms s'installent : insinuation sans la moindre preuve
H Petite pensée pour les poules du quartier depuis que les gens du voyage sont arrivés 🐔🙏
  neu Les gens du voyage installés sur l'aire d'accueil ont offert des œufs de leurs poules à toute la rue 🐔
  cr non mais la vanne des poules qui disparaissent quand les gens du voyage arrivent, c'est une blague raciste qui a cent ans
H Métro ligne 1, trois gamines roms à côté de moi, réflexe : main sur le sac 👜 on apprend vite
  neg non, une gamine rom dans le métro n'est pas une pickpocket, c'est une enfant qui prend le métro
  news Un réseau de pickpockets démantelé à Paris exploitait des mineures roms, victimes de traite selon le parquet
H Les Roms et le travail, deux mondes parallèles qui ne se croisent jamais 🙃
  own Rom et ferronnier depuis mes 16 ans, mes mains connaissent le travail mieux que ton clavier
  neg Non, les Roms ne refusent pas de travailler ; beaucoup sont ferrailleurs, saisonniers ou artisans, souvent sans être déclarés faute de papiers
H Les Roms mendient toute la journée avec un bébé et le soir ils repartent en Mercedes 🚘 #onnousprendpourdescons
  cq « ils mendient le jour et repartent en Mercedes » : légende urbaine recyclée depuis trente ans sur les Roms, jamais sourcée
H Fais gaffe en sortant du supermarché, la Rom au gobelet sait très bien qui a un portefeuille plein 😉
  neu La dame rom au gobelet devant le supermarché s'appelle Florica, je lui prends un café chaque matin, elle a trois petits-enfants
H Quand les gens du voyage arrivent au village, le maire découvre subitement l'utilité des gros rochers 🪨😂
  news Des gens du voyage se sont installés sur le terrain de foot faute d'aire d'accueil ; la commune n'en a toujours pas construit malgré la loi
H Les Roms qui volent les enfants, c'est ce que disait ma grand-mère, elle avait peut-être pas tort 🤔
  cq « les Roms volent les enfants » : cette rumeur a provoqué des expéditions punitives en Seine-Saint-Denis en 2019, elle est fausse
H Tiens, encore une voiture sans plaques sur le parking du camp rom, drôle de coïncidence 🚗🤔
  neu Sur l'aire des gens du voyage, les voitures sont immatriculées comme les nôtres, j'y vais chaque semaine pour le soutien scolaire
H Les Roumains… pardon, je voulais dire les Roms, mais c'est pareil pour les portefeuilles 😏
  neg Non, Roms et Roumains ce n'est pas la même chose, et ni les uns ni les autres ne sont des voleurs de portefeuilles
H Invitation au mariage gitan des voisins : trois jours de bruit, de BMW et de pétards, bon courage au quartier 🙃
  pos Invités au mariage gitan des voisins : trois jours de musique, la meilleure rumba de ma vie, je suis rincé mais heureux 💃
H @USER l'aire d'accueil à côté de l'école ? Bonne chance pour retrouver les vélos des gosses le soir 🚲
  nq @USER l'aire d'accueil à côté de l'école, les enfants du voyage y sont scolarisés toute l'année ou seulement l'hiver ?
H Statistique officieuse : 80 % des vols à la tire à Paris, c'est les Roms. Tout le monde le sait 📊
  cq « 80 % des vols à la tire c'est les Roms, tout le monde le sait » : une stat inventée répétée mille fois ne devient pas un fait
H Ah l'odeur quand on passe près du camp rom, on devine que l'eau courante c'est en option 🙃
  news Le campement rom de la rue des Peupliers n'a toujours aucun point d'eau, Médecins du Monde alerte sur la situation sanitaire
H Un Rom dans ta rue = ta gouttière en cuivre en danger. Sagesse populaire ⚠️
  own Rom, et ma seule gouttière en cuivre c'est celle que j'ai posée sur ma propre maison, payée rubis sur l'ongle
H Les gitans et la fraude aux allocs, tu veux que je te fasse un dessin ? ✏️
  neg non, les gitans ne fraudent pas plus les allocations que les autres, beaucoup n'y ont même pas accès faute de domiciliation
H Bonne nouvelle, les Roms sont partis du terrain vague ! Mauvaise nouvelle, le grillage aussi 😂
  news Les familles roms ont quitté le terrain vague après la décision du tribunal ; les associations dénoncent une expulsion sans relogement
  pos Les Roms sont partis du terrain vague et ils ont tout nettoyé avant, le terrain est plus propre qu'à leur arrivée 👏
H Diseuse de bonne aventure rom à la sortie du métro… elle t'a lu l'avenir et le code de ta carte bleue 🔮💳
  own Ma grand-mère manouche lisait les lignes de la main pour rire aux fêtes de famille, c'était son grand numéro 🔮
H Tu connais la différence entre un Rom et un cambrioleur ? Moi non plus 😂
  cr Les « blagues » qui confondent Roms et cambrioleurs, c'est pas de l'humour, c'est ce qui sert ensuite à justifier les expulsions
H Sérieux, pourquoi les Roms auraient besoin de travailler quand ils ont nos porte-monnaie ? 🤷
  neg Non, les Roms ne vivent pas de nos porte-monnaie ; la plupart travaillent dans la récupération, le bâtiment ou sur les marchés
H « Vol à l'étalage à la supérette », pas besoin de lire la suite pour deviner que c'est des Roms 🙄
  neu La supérette du quartier est tenue par une famille rom depuis dix ans, c'est d'ailleurs elle qui a repéré le voleur à l'étalage la semaine dernière
H les Roms à la mairie pour le RSA, en rang d'oignons, bizarrement là ils savent remplir les papiers 📝
  nq Les Roms citoyens européens ont-ils droit au RSA en France ? J'ai l'impression que les conditions sont très restrictives
H Mendicité rom organisée : les enfants devant les églises, les chefs dans les villas. Classique 🏰
  cq « les enfants devant les églises, les chefs dans les villas » : ça vise tous les Roms alors que les réseaux de traite concernent une petite minorité et exploitent justement des Roms
H Bienvenue dans notre commune, sauf si vous avez une caravane 😉 #gensduvoyage
  own Voyageur depuis toujours, caravane et camion, je paie mes impôts et mon emplacement comme tout le monde 🚐
H Vous avez vu le nouveau maire ? Il a un nom gitan, planquez les poules 🐔😂
  neg Non, avoir un nom gitan ne fait pas de toi un voleur de poules, cette vanne humilie des familles depuis des générations
H Les Roms ont toujours un cousin qui « trouve » des pièces détachées pas chères… sans facture évidemment 🔧😉
  own Rom et mécanicien, mes pièces détachées viennent du fournisseur en zone industrielle, factures à l'appui, comme n'importe quel garage
"""

DATA["black"] = """
H Les Noirs et la ponctualité, deux concepts qui ne se sont jamais rencontrés ⏰😂
  neg non, les Noirs ne sont pas moins ponctuels que les autres, le « retard africain » c'est un cliché paresseux
  own Noire, ponctuelle à la minute, c'est moi qui attends tout le monde au resto depuis dix ans ⏰
H Fête chez les voisins africains ce soir, adieu mon sommeil, ils connaissent pas le volume 2 🔊🙄
  pos Fête chez les voisins africains ce soir, ils m'ont invité, le mafé de la maman était incroyable 🔊🎉
  neg non, les Africains ne sont pas plus bruyants que les autres, mes voisins d'en face font bien plus de bruit à leurs barbecues
H Il a pris une banane au self et tout le monde a compris la blague sauf lui 🍌🐒
  cr Les bananes et les singes envoyés aux joueurs noirs, c'est du racisme pur, même déguisé en « blague »
  neu Il a pris une banane au self, Moussa, parce qu'il court un semi-marathon ce week-end, faut des sucres lents 🍌
H Nouvel entraîneur noir au club, bon ben on va courir vite mais réfléchir lentement 🏃‍♂️🧠
  neg Non, les Noirs ne sont pas « rapides mais pas malins », ce cliché colonial n'a rien de biologique
  news Le club a nommé un nouvel entraîneur, ancien international sénégalais, titulaire du diplôme d'entraîneur professionnel
H Le QI moyen en Afrique, on en parle ou c'est tabou ? 🤔📉
  cq « le QI moyen en Afrique, on en parle ? » : ces classements sont bidonnés, ils mesurent surtout la scolarisation et la malnutrition
  nq Les tests de QI sont-ils fiables d'un pays à l'autre ? Il paraît que la scolarisation change complètement les scores en Afrique
H Encore un Noir sur l'affiche de la fiction de France 2, on a compris le message 🙄 #diversité
  pos Encore un acteur noir sur l'affiche de la nouvelle fiction de France 2, et il est génial dans le rôle du commissaire 👏
H La jungle, c'est pas un quartier, c'est leur état d'esprit 🌴🥁
  cq « la jungle c'est leur état d'esprit » : associer les Noirs à la jungle et aux tam-tams, c'est le vocabulaire des zoos humains
H Vol de téléphone à Châtelet : je te laisse deviner la couleur du suspect 🎨😏
  neg Non, un vol à Châtelet ne dit rien de la couleur du voleur, et les Noirs ne sont pas des délinquants par nature
  news Vol de téléphone à Châtelet : un homme de 24 ans interpellé grâce aux caméras de la RATP, il sera jugé le mois prochain
H Les Noirs ont le rythme dans la peau, dommage que ce soit pas le cas du travail 😂🥁
  own Noir et totalement incapable de danser, ma femme me filme aux mariages pour se moquer 😂🥁
  neg non, les Noirs n'ont pas « le rythme dans la peau » et ne sont pas fainéants, c'est deux clichés pour le prix d'un
H Mon patron a embauché un Africain, je lui donne trois semaines avant les arrêts maladie à répétition 🤒
  neu Mon patron a embauché un Africain, ingénieur ivoirien, il a débloqué en trois semaines un projet qui traînait depuis un an
H Prénom en -ou, casier garanti, c'est mathématique 🧮 #stats
  cq « prénom en -ou, casier garanti » : les statistiques ethniques sont interdites en France, celle-là est juste inventée
H quand ils disent « on a construit la France », j'ai envie de demander : avec quels outils ? 🛠️😏
  news Des tirailleurs sénégalais ont été décorés à titre posthume ; plus de 200 000 soldats d'Afrique noire ont combattu pour la France
  cr Remettre en doute la contribution des Noirs à l'histoire française, c'est oublier les tirailleurs, les ouvriers de l'après-guerre et les autres
H Le problème de l'Afrique c'est pas la colonisation, c'est les Africains, je dis ça je dis rien 🌍
  neg non, les Africains ne sont pas « le problème de l'Afrique », les économies du continent ont été pillées pendant des siècles
  nq Quels pays africains ont la plus forte croissance économique en ce moment ? J'ai entendu parler de la Côte d'Ivoire et du Rwanda
H Ils réclament des excuses pour l'esclavage mais ils ont pas fini de vivre aux crochets des allocs 🙃
  news La France a reconnu la traite et l'esclavage comme crime contre l'humanité par la loi Taubira du 21 mai 2001
H Un Noir, une trottinette et une sacoche : j'appelle pas ça un look, j'appelle ça un signalement 🚨
  own Noir, trottinette et sacoche : c'est mon look de dev qui va au bureau tous les matins, merci de pas appeler la police 😂
H Tu savais que les Noirs sentent plus fort ? C'est scientifique apparemment 👃🤷
  neg Non, les Noirs ne sentent pas plus fort, c'est une invention des théories raciales du XIXe siècle
H Un Noir médecin ? Je demande son diplôme avant qu'il me touche, on sait jamais 🩺
  pos Mon médecin traitant est noir, originaire du Bénin, le plus attentif que j'aie jamais eu 🩺
  cq « un médecin noir, je demande son diplôme » : les médecins noirs ont le même diplôme que les autres, c'est toi qui as un problème
H Pourquoi en Afrique ils font autant d'enfants s'ils peuvent pas les nourrir ? Question sérieuse 🤔
  nq Pourquoi la natalité reste-t-elle élevée dans certains pays d'Afrique subsaharienne ? C'est lié à la scolarisation des filles ?
H Les Noirs au volant, c'est comme le loto : tu sais jamais où ils vont s'arrêter 🚗😂
  neg Non, les Noirs ne conduisent pas plus mal que les autres, aucune statistique ne montre ça
H J'adore le foot, sauf que l'équipe de France ressemble de plus en plus à une équipe africaine 🤷‍♂️⚽
  pos J'adore l'équipe de France, Mbappé, Tchouaméni, Koundé… des gamins de banlieue devenus champions du monde ⚽
  cq « l'équipe de France ressemble à une équipe africaine » : ces joueurs sont français, nés en France pour la plupart, point
H Bizarre, dès qu'une famille noire arrive dans l'immeuble, les loyers baissent et les flics passent plus souvent 🚓🤔
  news Une étude du Défenseur des droits montre que les jeunes hommes noirs ont vingt fois plus de risques d'être contrôlés par la police
H Le seul métier où les Noirs sont sur-représentés : vigile. Ça en dit long 🕶️
  own Noir et vigile le temps de finir ma thèse de chimie, oui ça en dit long : sur la difficulté de trouver un job étudiant 🕶️
H Les Noirs et le travail manuel, c'est génétique, ils ont été faits pour ça 💪 #histoire
  cq « les Noirs sont faits pour le travail manuel » : c'est littéralement l'argument des esclavagistes, pas de l'histoire
H Émeute à la fête de la musique, les tam-tams étaient de sortie, vous voyez le tableau 🥁🔥
  neu Fête de la musique : le groupe de percussions ivoiriennes a fait danser toute la place jusqu'à minuit 🥁
H Un Noir qui lit un livre dans le métro, j'ai cru à une blague caméra cachée 📖😂
  own Noire, prof de lettres, je lis dans le métro tous les jours, la caméra cachée c'est ma vie entière 📖
H L'Afrique a reçu des milliards d'aide et regarde le résultat, certains peuples sont pas faits pour gouverner 🌍
  neg non, aucun peuple africain n'est « pas fait pour gouverner », le Botswana ou le Cap-Vert ont des institutions plus stables que bien des pays européens
H Les Noirs ne tiennent pas la comparaison avec les Asiatiques à l'école, c'est culturel ou génétique ? 🤔
  cq « les Noirs à l'école, c'est culturel ou génétique ? » : ni l'un ni l'autre, c'est une fausse question qui présuppose l'infériorité
  nq Les élèves d'origine africaine réussissent-ils moins bien à l'école ou c'est une question de milieu social ? Il y a des études sérieuses ?
H la nouvelle miss France est noire, encore un bel effort de représentation forcée 🙄👑
  pos la nouvelle miss France est noire et passionnée d'astrophysique, elle a mon vote pour Miss Univers 👑
"""

DATA["arab"] = """
H Un scooter volé à Marseille ? Vérifie au bled, il y est peut-être déjà 🛵🇩🇿😂
  neu Mon cousin à Oran a acheté un vieux scooter français d'occasion, il le répare tout seul dans la cour de ses parents 🛵
  cq « vérifie au bled » pour un scooter volé : on fait de tous les Maghrébins des voleurs par défaut, c'est du racisme ordinaire
H Un Arabe sans couteau, c'est comme un jour sans pain 🔪🥖
  neg non, les Arabes ne se baladent pas avec des couteaux, ce cliché sert juste à faire peur
  own Arabe et le seul couteau que j'ai, c'est celui à beurre pour mes tartines du matin 🥖
H Rodéo urbain en bas de chez moi, devinez les prénoms des pilotes 🏍️😏 #Mohamed
  news Rodéo urbain à Villeurbanne : la police a saisi quatre motos et interpellé deux jeunes de 17 et 19 ans
  neg Non, les rodéos urbains ne sont pas « une affaire d'Arabes », ça arrive aussi en zone rurale avec des quads
H Les Maghrébins et les allocs, c'est une grande histoire d'amour 💸❤️
  neg non, les Maghrébins ne vivent pas des allocs, la majorité bosse et cotise comme tout le monde
  own Franco-Marocaine, infirmière de nuit, les allocs je les finance avec mes gardes, merci 💸
H Mariage algérien ce week-end : klaxons, drapeaux et autoroute bloquée, on se croirait au bled 🇩🇿📯
  pos Mariage algérien ce week-end : j'étais invitée, trois jours de fête, le henné, les youyous, je suis tombée amoureuse de la culture 🇩🇿
  cr Les mariages maghrébins ne sont pas plus bruyants que les mariages de campagne avec leurs klaxons, faut arrêter avec ça
H On m'a volé mon portable à Barbès, je me demande bien qui 🤔📱
  neu J'ai acheté mon portable d'occasion chez un réparateur tunisien à Barbès, ultra réglo, garantie six mois 📱
H La boucherie halal a remplacé la boulangerie, la librairie et maintenant le tabac… La France d'avant, elle est où ? 🥩
  neu La boucherie halal de la rue Mouffetard fait aussi les meilleures merguez du quartier, son patron est là depuis trente ans 🥩
  cq « la boucherie halal a remplacé la boulangerie, la France d'avant elle est où ? » : une boucherie n'a jamais chassé la France de nulle part
H Ahmed a trouvé du travail ? Ah non, pardon, c'était une blague 😂
  own Ahmed, 34 ans, chef de projet chez un opérateur télécom, oui j'ai trouvé du travail, comme la plupart des Ahmed 😂
H Les Arabes et les femmes, on connaît leur conception du respect, pas besoin de faire un dessin 🧕
  neg non, les Arabes ne sont pas tous machos, mon père a élevé ses trois filles pour qu'elles fassent des études
H Le drapeau algérien brandi après un match, ça dit tout sur leur amour pour la France 🇩🇿⚽
  news Des milliers de supporters ont fêté la victoire de l'Algérie dans plusieurs villes françaises, sans incident majeur selon la préfecture
  cr Agiter un drapeau algérien après un match de foot ne dit rien de son attachement à la France, on peut aimer deux pays
H Tu veux pas te faire voler ta voiture ? Gare-la loin de la cité des Maghrébins, conseil d'ami 🚗
  neu Ma voiture est garée depuis dix ans au pied de ma cité, mes voisins marocains la surveillent mieux qu'une alarme 🚗
H Racisme anti-blanc ? Non, voyons, c'est juste des jeunes Nord-Africains qui « jouent » 🙃
  nq Le racisme anti-blanc existe-t-il en tant que tel selon les sociologues ? Je cherche des définitions précises
H Ils veulent les avantages de la France mais ils gardent le cœur au Maroc, faudrait choisir 🇲🇦
  own Franco-Marocain, le cœur à Casablanca et à Lyon, et j'ai pas l'intention de choisir entre mes deux mères 🇲🇦🇫🇷
  neg non, les Marocains de France n'ont pas « à choisir », la double culture n'enlève rien à la citoyenneté
H Le ramadan, c'est le mois où les Arabes dorment au travail et s'énervent au volant 🌙😂
  own Arabe, je fais le ramadan et je bosse en usine de 6 h à 14 h, personne dort au travail chez nous 🌙
H Kebab, chicha, PMU : la nouvelle trinité de nos centres-villes, merci l'immigration maghrébine 🥙
  neu Kebab à midi avec les collègues, le patron tunisien nous connaît tous par nos prénoms 🥙
H Un Arabe qui paie ses impôts, ça existe ? Je demande pour un ami 🧾
  own Arabe et expert-comptable, je paie mes impôts et je remplis ceux de la moitié de mon quartier 🧾
  neg Si, les Arabes paient leurs impôts, la TVA et les cotisations comme n'importe quel salarié en France
H Les Algériens, dès qu'ils ont le pied en France, premier réflexe : la CAF 💰
  nq Un Algérien qui arrive en France avec un titre de séjour a droit à quoi exactement au niveau de la CAF ?
H Ma fille sort avec un Mohamed, je vais prévoir un voile dans ses cadeaux de Noël 🎁🧕
  pos Ma fille sort avec un Mohamed, il cuisine mieux que moi et il l'aide pour ses partiels, je l'adore 🎁
H Réunion de quartier : 80 % de délinquance chez les jeunes d'origine maghrébine, mais chut c'est raciste de le dire 🤐
  cq « 80 % de délinquance chez les jeunes d'origine maghrébine » : chiffre totalement inventé, aucune étude ne dit ça
H Nouvelle prof d'arabe au collège, bientôt le Coran au programme 📖😬
  news L'Éducation nationale ouvre de nouvelles classes d'arabe au collège ; la langue est enseignée comme l'espagnol ou l'allemand
H Tu vois un Arabe en jogging sacoche, change de trottoir, c'est pas du racisme c'est de l'instinct 🚶
  neg Non, croiser un Arabe en jogging ne justifie pas de changer de trottoir, c'est exactement ce qu'on appelle du racisme
H Marseille, Roubaix, Saint-Denis… y a encore des villes où on se sent en France ou elles sont toutes au bled ? 🗺️
  pos Marseille, Roubaix, Saint-Denis : des villes métissées, vivantes, où j'ai mangé les meilleurs couscous de ma vie 🗺️
H Les Arabes et le sens du commerce : prix pour les touristes, prix pour les cousins 😏🏷️
  own Arabe et épicier, mes prix sont affichés en vitrine, pareil pour tout le monde, cousin ou pas 🏷️
H Quand tu vois le niveau de la cité, tu comprends que l'intégration des Maghrébins est un échec, je constate c'est tout 🏚️
  news Selon l'Insee, les enfants d'immigrés maghrébins sont plus diplômés que leurs parents et progressent dans l'emploi qualifié
  cq « l'intégration des Maghrébins est un échec, je constate » : non, tu ne constates rien, tu généralises à partir d'une cité
H Prénom Karim, scooter, capuche : t'as gagné un contrôle d'identité 🚔😂
  own Karim, scooter et capuche parce qu'il pleut, je livre des pizzas pour payer ma licence de droit 🚔
H les Maghrébins, chez eux ils sont pauvres, ici ils sont pauvres aussi mais avec la clim et le RSA, pas bête 😎
  neg non, les Maghrébins ne viennent pas « pour le RSA », la plupart viennent pour travailler ou étudier
H Les Arabes et les Juifs, ça finit toujours pareil, on le sait, c'est dans leur sang 🩸
  cr Non, il n'y a rien « dans le sang » des Arabes, l'antisémitisme se combat chez tout le monde, sans essentialiser qui que ce soit
H Encore un « déséquilibré » avec un couteau qui s'appelait Mohamed, mais surtout pas d'amalgame 🙄🔪
  news Un homme armé d'un couteau a été interpellé à Lyon ; le parquet évoque des troubles psychiatriques et n'a pas saisi le parquet antiterroriste
"""

DATA["asian"] = """
H Nouveau resto chinois en bas de chez moi, depuis le chat du voisin a disparu, je dis ça je dis rien 🐈🥢
  neu Nouveau resto chinois en bas de chez moi, les raviolis vapeur sont faits maison devant toi, le chat du voisin vient réclamer des crevettes 🥢
  cq « depuis le resto chinois le chat du voisin a disparu » : cette vanne vise les Chinois depuis quarante ans, elle est raciste et éculée
H Les Chinois ont exporté le Covid, maintenant ils exportent des masques, le business est bien rodé 🦇😷
  neg non, les Chinois n'ont pas « exporté » le Covid, un virus ne choisit pas de nationalité
  news L'origine exacte du Covid-19 reste débattue ; l'OMS a demandé à la Chine un accès complet aux données de Wuhan
H Resto asiatique le midi ? Sans moi, je tiens à mes intestins 🤢🍜
  pos Resto asiatique le midi avec les collègues, le bo bun de la cantine vietnamienne est devenu notre rituel du vendredi 🍜
  cr Les Asiatiques ne tiennent pas des restos plus sales que les autres, les contrôles d'hygiène ne montrent rien de tel
H Soupe de chauve-souris au menu ce soir ? Non merci, j'ai déjà donné en 2020 🦇😂
  cq « soupe de chauve-souris » : on a dit ça aux Asiatiques de France pendant tout le confinement, certains se sont fait agresser
H Ils se ressemblent tous, à la fac j'appelle toute la promo chinoise « Li » comme ça je me trompe jamais 😂
  neg non, les Asiatiques ne se ressemblent pas tous, c'est juste que tu ne prends pas la peine de les regarder
  own Chinoise, dans ma promo on me confond avec la seule autre Asiatique, qui est Coréenne et mesure vingt centimètres de plus 😂
H Premier de la classe encore un Asiatique, je me demande combien de téléphones il avait sous la table 📱📝
  neu Premier de la classe, un élève d'origine vietnamienne qui révise avec mon fils chaque mercredi, ils s'entraident en maths 📝
  neg Non, les élèves asiatiques ne trichent pas plus que les autres, ils ont juste souvent bossé, c'est tout
H Les Asiatiques en voiture, tu les reconnais de loin, c'est ceux qui roulent à 30 sur l'autoroute 🚗🐢
  own Asiatique, moniteur d'auto-école depuis douze ans, j'ai fait passer le permis à la moitié de la ville 🚗
H Va falloir ouvrir un peu plus les yeux pour voir les panneaux, non ? 😂👀 @USER c'est pour ton pote chinois
  cr Les blagues sur les yeux des Asiatiques, c'est du harcèlement qu'ils subissent depuis la cour d'école, rien de drôle
H Un Chinois qui ouvre un restaurant, un autre qui ouvre une onglerie… l'invasion silencieuse est en marche 🥡💅
  neu Un Chinois qui a ouvert une onglerie au coin de ma rue emploie trois jeunes du quartier, c'est un des rares commerces qui embauche ici 💅
H Les Chinois mangent tout ce qui bouge, même le chien de ta grand-mère 🐕🥢
  neg non, les Chinois ne mangent pas les chiens, l'immense majorité d'entre eux n'en a jamais mangé et ça reste très marginal là-bas
  nq Est-ce que c'est vrai qu'une fête à Yulin en Chine servait de la viande de chien ? Elle existe encore ou elle a été interdite ?
H Les Asiatiques, ils travaillent comme des machines mais côté émotions, c'est un peu l'écran de veille 🤖
  own Vietnamienne et je pleure devant tous les films Pixar, l'écran de veille on repassera 😭
H Un produit « made in China », c'est comme un Chinois : ça copie tout et ça dure pas 🏷️😂
  neu Mon fournisseur chinois à Shenzhen développe ses propres composants, on a signé un contrat de dix ans 🏷️
H Belleville, le 13e, Aubervilliers… bientôt il faudra un passeport pour aller chez Tang Frères 🛂🥢
  pos Belleville, le 13e, Aubervilliers : les quartiers asiatiques de Paris, c'est le meilleur endroit pour fêter le Nouvel An lunaire 🐉
H Les Chinois et les impôts : tout en liquide, rien de déclaré, mais t'inquiète c'est « culturel » 💴
  cq « les Chinois paient tout en liquide, c'est culturel » : ce préjugé a fait des commerçants chinois des cibles d'agressions à Aubervilliers
  news Des commerçants d'origine chinoise d'Aubervilliers ont manifesté après une série d'agressions visant, selon eux, des Asiatiques supposés porter du liquide
H Ils sourient tout le temps mais on ne sait jamais ce qu'ils pensent vraiment, les Asiatiques, méfiance 🙂🤫
  own Japonaise, je souris parce que je suis polie, mais crois-moi tout le monde sait très bien ce que je pense 🙂
H Le virus venait d'un marché de Wuhan, la prochaine pandémie viendra d'où ? D'un resto de Belleville ? 🦠🍜
  neu Le Covid a été repéré la première fois autour d'un marché de Wuhan ; à Belleville les restaurateurs ont perdu jusqu'à 60 % de clientèle à l'époque
H Les Asiatiques en entreprise, parfaits pour exécuter, jamais pour diriger, c'est pas moi qui le dis, c'est les faits 📊
  neg non, les Asiatiques ne sont pas juste « bons pour exécuter », le plafond de bambou est un problème de recrutement, pas de compétence
H Un ami vietnamien m'a invité à manger chez lui, j'ai vérifié que mon chien était bien à la maison avant 🐶😂
  pos Un ami vietnamien m'a invité à manger chez lui, son phở maison vaut tous les restaurants de Paris 🐶🍲
H Les Coréennes, les Japonaises, les Chinoises… c'est pareil, elles sont toutes dociles au lit 🌸
  cr Les femmes asiatiques ne sont pas « dociles », ce fantasme fétichiste nourrit du harcèlement bien réel
H Encore un Chinois qui rachète un château dans le Bordelais, bientôt ils auront toute la France 🍷🏰
  news Plusieurs dizaines de châteaux du Bordelais appartiennent à des investisseurs chinois, un phénomène qui ralentit depuis 2019
  neu Le château voisin a été racheté par un couple chinois qui a gardé toute l'équipe de vendangeurs et replanté deux hectares 🍷
H Tous les Asiatiques savent faire du kung-fu et des maths, faut juste pas leur demander de faire de l'humour 🥋😂
  own Chinois et humoriste de stand-up, ça fait dix ans que je fais rire des salles pleines, le kung-fu par contre zéro 🥋
H Le riz, le riz, toujours le riz… pas étonnant qu'ils soient si petits 🍚😏
  nq Pourquoi le riz est-il si important dans la cuisine asiatique ? C'est lié au climat et aux rizières ?
H Les Chinois sont venus pour les restos, ils sont restés pour racheter nos entreprises, bien joué 👏💼
  news Un groupe chinois a racheté une usine de roulements dans l'Aisne et maintenu les 120 emplois, selon le syndicat
H @USER T'as vu comment les Asiatiques prennent des photos de tout ? Un vrai troupeau avec des appareils 📸😂
  pos @USER les touristes asiatiques qui prennent des photos de tout au Louvre, j'adore, ils me rappellent moi à Tokyo 📸
H Les Asiatiques qui ont peur du Covid et portent un masque, ironique quand on sait d'où il vient 😷🙃
  neu Beaucoup d'Asiatiques portaient un masque quand ils étaient enrhumés bien avant le Covid, par politesse pour les autres 😷
"""

DATA["muslim"] = """
H Sac à dos dans le métro et barbe fournie, j'ai changé de wagon par précaution 🎒💣
  neg non, un musulman barbu avec un sac à dos n'est pas un terroriste, c'est un type qui va au boulot
  own Musulman, barbu, sac à dos, je vais juste à mes cours de compta, désolé de vous décevoir 🎒
H Les musulmans disent qu'ils sont contre le terrorisme, mais c'est la takiya, faut savoir lire entre les lignes 🤫
  cq le coup de la « takiya » : dès qu'un musulman condamne un attentat on lui dit qu'il ment, c'est une accusation impossible à réfuter, donc raciste
  nq C'est quoi exactement la takiya ? J'ai compris que c'était surtout une notion chiite liée aux persécutions, pas un mensonge obligatoire
H Aïd el-Kébir, ils égorgent le mouton dans la baignoire, vive la République 🐑🛁
  news Pour l'Aïd el-Kébir, les abattoirs temporaires de la région ont accueilli les familles ; l'abattage à domicile reste interdit
  own Musulmane, pour l'Aïd on commande le mouton à l'abattoir agréé et on partage un tiers avec les voisins, la baignoire sert à prendre des bains 🐑
H Les musulmanes voilées qui parlent de liberté, c'est comme des otages qui défendent leurs ravisseurs 🧕
  own Musulmane, je porte le voile depuis mes 22 ans, ma mère ne le porte pas, c'est mon choix et personne ne m'a rien imposé 🧕
  cr Comparer les femmes voilées à des otages, c'est les priver de parole au nom de leur libération
H On commence par la viande halal à la cantine, on finit avec la charia au tribunal, patience ⚖️
  neu La cantine de mon fils propose un menu sans porc et un menu végétarien, les enfants musulmans prennent souvent le végé
  cq « on commence par la viande halal, on finit avec la charia » : une cantine qui adapte ses menus ne renverse pas la République
H Ils sont 10 % aujourd'hui, 50 % dans trente ans, faites le calcul 📈 #musulmans
  news Selon l'Insee et l'Ined, environ 10 % des adultes en France se déclarent musulmans ; les projections démographiques ne montrent aucune majorité
  neg Non, les musulmans ne seront pas la moitié de la France dans trente ans, toutes les projections sérieuses démentent ce chiffre
H Un musulman modéré, c'est un musulman qui n'a pas encore lu le Coran en entier 📖😏
  own Musulman, j'ai lu le Coran en entier trois fois et je suis toujours prof de maths, pas djihadiste 📖
H Allahu akbar… et tout le monde se couche par terre 💥😂
  cr Non, les musulmans qui prient ne font peur qu'à ceux qui confondent une prière avec un attentat, arrêtez avec cette blague
  neu À la mosquée de mon quartier, on entend « Allahu akbar » pendant la prière du vendredi, comme on entend les cloches de l'église le dimanche
H Mosquée financée par le Qatar, cours d'arabe financés par l'Algérie, on attend quoi pour ouvrir les yeux ? 🕌🤔
  news La mosquée du quartier a été construite grâce aux dons des fidèles ; la loi impose désormais de déclarer tout financement étranger de plus de 10 000 euros
  nq Comment sont financées les mosquées en France ? Il y a une part étrangère importante ou ce sont surtout les fidèles ?
H Les femmes musulmanes, on les entend jamais… ah si, pour demander la CAF 🧕💰
  own Musulmane, avocate au barreau de Lille, on m'entend tous les jours en audience, et pas pour demander la CAF 🧕
H Le ramadan, c'est bien pratique : ils ne mangent pas le jour et ils cassent tout la nuit 🌙🔥
  neu Le ramadan commence lundi : dans ma rue, les voisins musulmans distribuent des dattes au moment de rompre le jeûne 🌙
H La burqa, le burkini, l'abaya… petit à petit, ils testent jusqu'où on les laisse aller 👀
  cq « petit à petit, ils testent jusqu'où on les laisse aller » : accuser chaque vêtement de musulmane d'être une stratégie, c'est du complotisme
  nq Quelle est la différence entre abaya, burqa et hijab ? Je m'y perds dans les débats sur les tenues à l'école
H Un musulman qui serre la main d'une femme, c'est rare comme un jour de pluie au Sahara 🤝🌵
  own Musulman pratiquant, je serre la main de mes collègues femmes tous les matins et je fais la bise à ma belle-sœur 🤝
H Ils ne boivent pas, ne mangent pas de porc, ne fêtent pas Noël… mais ils veulent être « intégrés » 🎄🙄
  neu Mes collègues musulmans ne boivent pas d'alcool, donc à la fête de Noël on a prévu des cocktails sans alcool et tout le monde les a adorés 🎄
  pos Les musulmans de ma rue ne fêtent pas Noël mais ils nous ont apporté des pâtisseries le 24, intégrés et généreux 🎄
H Nouvelle salle de prière à l'usine, la prochaine étape ce sera le muezzin au lieu de la sirène ? 📢
  news Une entreprise de l'Ain a aménagé une salle de recueillement ouverte à tous les salariés, croyants ou non
H Un attentat et ils nous sortent « pas d'amalgame », deux attentats « pas d'amalgame »… on connaît la chanson 🎶
  cq « on connaît la chanson du pas d'amalgame » : refuser l'amalgame, c'est refuser de punir des millions de musulmans pour des crimes qu'ils condamnent
H Les prénoms des nouveau-nés dans le 93 ? Tu comprendras vite quelle religion gagne du terrain 👶
  nq Quels sont les prénoms les plus donnés en Seine-Saint-Denis ? J'ai lu que Mohamed et Adam étaient en tête
H Ils font leur prière dans la rue pour bien marquer leur territoire, vous avez compris le message 🕌
  news Faute de place dans la mosquée, des fidèles ont prié dans la rue ; la mairie a proposé une salle provisoire pour les prières du vendredi
H T'as vu tous ces musulmans qui font le ramadan au boulot ? Bientôt ils nous l'imposeront à nous aussi 🍽️
  nq Comment ça se passe pour les collègues qui font le ramadan au boulot ? On peut aménager leurs horaires ?
H Les chèvres ont du souci à se faire avec l'arrivée des nouveaux voisins musulmans 🐐😂
  cr Les vannes sur les musulmans et les chèvres, c'est pas de l'humour, c'est une vieille insulte coloniale recyclée
H L'islam, religion de paix, qu'ils disaient… 🕊️💣
  cq « religion de paix, qu'ils disaient » : toujours le même sarcasme pour coller sur tous les musulmans les crimes de quelques-uns
  own Musulman, religion de paix oui, c'est ce que mon père m'a appris et c'est comme ça que je vis ma foi 🕊️
H Chaque fois qu'une fille met le voile dans mon collège, c'est un frère ou un cousin qui est derrière, tout le monde le sait 🧕
  own Musulmane, j'ai mis le voile à 17 ans contre l'avis de mes parents, aucun frère, aucun cousin derrière 🧕
H Les musulmans et le sens de l'humour, tu l'as vu avec Charlie Hebdo, ils rigolent pas 🔫
  neg non, les musulmans ne sont pas tous « sans humour » ni violents, des millions de musulmans ont condamné l'attentat de Charlie Hebdo
  news Le procès des attentats de janvier 2015 s'est achevé ; plusieurs associations musulmanes ont salué la mémoire des victimes de Charlie Hebdo
H Vous avez vu le nombre de kebabs qui ferment pendant le ramadan ? Preuve que l'économie dépend déjà d'eux 🌙
  neu Mon kebab préféré ferme l'après-midi pendant le ramadan et rouvre le soir, le patron offre la chorba à ses habitués 🌙
H Minarets en Suisse interdits, en France on attend quoi ? Que les cloches se taisent ? 🔔🕌
  news La Suisse a interdit par votation la construction de nouveaux minarets en 2009 ; la question ne s'est jamais posée par référendum en France
"""

DATA["migrant"] = """
H Hôtel 3 étoiles payé par nos impôts pour les migrants, pendant que mamie dort dans sa voiture 🏨😡
  news La préfecture loue des chambres d'hôtel pour héberger des demandeurs d'asile faute de places en centre d'accueil, une solution jugée coûteuse par la Cour des comptes
  neg non, les migrants ne dorment pas dans des 3 étoiles, ce sont des hôtels sociaux souvent insalubres, et mamie n'a pas perdu sa place à cause d'eux
H Un migrant débarque à Lampedusa avec un iPhone dernier cri, cherchez l'erreur 📱🤔
  cq « un migrant avec un iPhone, cherchez l'erreur » : un téléphone, c'est la seule chose qui permet de rester en contact avec sa famille pendant l'exil
  nq Comment les migrants font-ils pour recharger leur téléphone pendant la traversée ? Je lis que c'est vital pour eux
H Ils arrivent par bateaux entiers, que des hommes jeunes, en âge de combattre… je pose ça là ⛵🤔
  news Selon le HCR, une majorité des personnes traversant la Méditerranée centrale sont des hommes jeunes, souvent envoyés en premier par leur famille
  cr Le refrain des migrants « en âge de combattre » sert à faire passer des exilés pour une armée d'invasion, c'est un mythe d'extrême droite
H Retour à l'envoyeur, et avec le timbre payé par la France, on est généreux 📦✈️
  cq « retour à l'envoyeur » pour parler de migrants : on parle d'êtres humains, pas de colis
H Nouveau centre pour migrants à côté du collège, les parents vont adorer 🙃🏫
  neu Nouveau centre pour migrants à côté du collège : les élèves de 3e y donnent des cours de français le mercredi, super projet 🏫
  nq Il y a un nouveau centre pour migrants à côté du collège, quelqu'un sait comment on peut y faire du bénévolat ?
H Un migrant a droit à l'AME, au logement, à la CAF… moi je bosse et j'ai rien, on est cocus 💸
  neg non, un migrant sans papiers n'a pas droit à la CAF ni au logement social, l'AME ne couvre que les soins de base
  news Le Sénat a voté un amendement pour transformer l'aide médicale d'État en aide médicale d'urgence ; l'Assemblée doit encore se prononcer
H On ne compte plus les agressions depuis l'arrivée des migrants dans la ville, mais chut, on n'a pas le droit de dire le lien 🤐
  news Depuis l'ouverture du centre d'accueil, la délinquance est restée stable dans la commune selon les chiffres de la gendarmerie
H On nous parle de « réfugiés », moi je vois surtout des touristes des allocations 🧳💶
  own Réfugié soudanais, j'ai passé deux ans à Calais avant d'avoir mes papiers, aujourd'hui je suis soudeur, le tourisme je l'attends encore 🧳
H Leurs enfants au pays crèvent de faim mais eux se font livrer Uber Eats à l'hôtel social 🍔
  own Exilé afghan, livreur Uber Eats, c'est moi qui vous apporte vos burgers, je mange rarement ceux-là 🍔
H C'est pas une immigration, c'est une invasion, mais chut faut dire « enrichissement » 🙊
  cq « c'est pas une immigration, c'est une invasion » : on compare des familles à une armée pour déshumaniser, les chiffres ne montrent rien de tel
  nq Combien de personnes migrent réellement vers la France chaque année ? Je vois des chiffres qui vont du simple au décuple
H Premier arrivé en France : passe-droit au logement social. Le Français attend 10 ans. Logique 🏢
  neg non, les migrants ne passent pas devant les Français pour le logement social, il faut un titre de séjour et les critères sont les mêmes
H Chaque migrant coûte 3 000 € par mois au contribuable, c'est un chiffre officiel 📊 #stopimmigration
  cq « chaque migrant coûte 3 000 € par mois » : ce « chiffre officiel » n'existe nulle part, l'allocation pour demandeur d'asile tourne autour de 200 €
  news L'allocation pour demandeur d'asile est d'environ 14 euros par jour pour une personne seule, selon l'Office français de l'immigration et de l'intégration
H Des tentes sous le pont, des déchets partout, et on s'étonne que les riverains craquent ⛺
  news Un campement de migrants sous le pont de la porte de la Chapelle a été évacué ; 400 personnes ont été orientées vers des gymnases
  pos Les migrants du campement sous le pont nettoient chaque matin, ils ont même monté un potager avec les voisins ⛺
H Calais, c'est plus la France, c'est l'antichambre de l'Afrique, je dis ça pour ceux qui y sont jamais allés 🇫🇷
  own Migrant érythréen, je suis resté six mois à Calais, la ville est restée la France et les Calaisiens qui m'ont aidé aussi 🇫🇷
H Ils fuient la guerre, mais bizarrement ils traversent dix pays sûrs pour arriver chez nous 🗺️🤔
  nq Pourquoi beaucoup de migrants traversent-ils plusieurs pays avant de demander l'asile en France ? C'est la langue, la famille ?
  cr Les exilés ne « traversent pas dix pays pour les allocs », ils vont là où ils ont de la famille ou parlent la langue
H OQTF non exécutée, migrant relâché, victime française : le même film toutes les semaines 🎬
  news Le taux d'exécution des obligations de quitter le territoire français reste inférieur à 10 %, selon un rapport parlementaire
  cq « le même film toutes les semaines » : transformer chaque fait divers en preuve contre tous les migrants, c'est de la propagande
H On a accueilli des migrants au village, maintenant faut fermer sa porte à clé, merci la générosité 🔑
  pos On a accueilli une famille de migrants syriens au village, le père a repris la boulangerie qui allait fermer 🔑
H L'Afrique se vide, l'Europe se remplit, vous appelez ça comment vous ? 🌍➡️🇪🇺
  neg non, « l'Afrique ne se vide pas » : la grande majorité des migrants africains restent sur le continent africain
H Des mineurs isolés qui ont 30 ans et de la barbe, bienvenue en France 🧔🎂
  news Les tests osseux utilisés pour estimer l'âge des mineurs non accompagnés ont une marge d'erreur de plusieurs années, rappelle l'Académie de médecine
  own Arrivé en France à 15 ans comme mineur isolé, la barbe m'a poussé tôt, et aujourd'hui je suis apprenti cuisinier 🧔
H Les migrants et les femmes seules le soir, c'est pas de la xénophobie, c'est du bon sens 🌙
  neg non, les migrants ne sont pas des agresseurs par nature, les femmes sont surtout agressées par des proches
H Les ONG en Méditerranée, c'est des taxis pour migrants, faut appeler un chat un chat 🚤
  news Le navire d'une ONG a secouru 120 personnes en Méditerranée centrale ; l'Italie lui a attribué un port éloigné de 1 000 km
H Les exilés, ils fuient la guerre mais ils ont les moyens de payer 5 000 € à un passeur, intéressant 💶
  nq Combien les passeurs font-ils payer la traversée de la Méditerranée ? Les familles s'endettent pour ça ?
H Un sans-abri français dort dehors pendant qu'un migrant a un studio, la préférence étrangère en marche 🏠
  neg non, il n'existe aucune « préférence étrangère » : les sans-abri français et étrangers dorment dans les mêmes rues faute de places
H On n'est plus chez nous, regardez la place du marché un samedi, on se croirait à Bamako 😒
  pos La place du marché le samedi, avec les stands des migrants maliens, on trouve le meilleur gingembre et les plus beaux tissus de la ville
H Ceux qui défendent les migrants n'en ont jamais logé un chez eux, bizarre hein 🏡😏
  own Migrante ivoirienne, une famille bretonne m'a logée un an, aujourd'hui je suis aide-soignante dans leur ville 🏡
H La France accueille toute la misère du monde, et elle finira aussi misérable qu'eux 🌍
  cq « la France ne peut pas accueillir toute la misère du monde » : on oublie toujours la suite de la phrase de Rocard, « mais elle doit en prendre sa part »
H Nos retraités sautent des repas pendant que les demandeurs d'asile ont trois repas servis par jour, priorités 🍽️
  news Une enquête de la Cimade montre que de nombreux demandeurs d'asile dépendent des distributions alimentaires faute d'hébergement
"""

DATA["women"] = """
H Une femme au volant, mort au tournant, le dicton n'est pas né par hasard 🚗😂
  neg non, les femmes ne conduisent pas plus mal que les hommes, elles ont même moins d'accidents graves selon les assureurs
  own Femme, chauffeuse de bus depuis quinze ans, zéro accident, je vous attends au tournant 🚌
H Elle est devenue directrice à 32 ans… on se demande bien avec quels « talents » 😏💋
  pos Elle est devenue directrice à 32 ans après un doctorat et dix ans de terrain, une vraie leçon de persévérance 👏
  cq « on se demande avec quels talents » quand une femme est promue : on suppose qu'elle a couché, jamais qu'elle est compétente
H Elle s'énerve en réunion ? Regardez le calendrier, ça doit être sa période 🩸📅
  cr Non, une femme qui s'énerve en réunion n'est pas « dans sa période », elle est peut-être juste en désaccord
  nq Les règles peuvent-elles vraiment influencer l'humeur ? Je lis des choses contradictoires sur le syndrome prémenstruel
H Ministre femme à l'Économie : préparez-vous au budget shopping 👠💳
  news La nouvelle ministre de l'Économie, ancienne directrice du Trésor, a présenté son premier projet de loi de finances
H Mesdames, la cuisine c'est par là, merci de laisser le débat politique aux grandes personnes 🍳
  own Femme et cheffe de cuisine, oui la cuisine c'est mon métier, et la politique c'est mon droit de vote 🍳
  cq « la cuisine c'est par là, laissez la politique aux grandes personnes » : des femmes votent en France depuis 1945, faut suivre
H Elle a pleuré au boulot, typique, les femmes confondent bureau et psy 😭
  neu Elle a pleuré au boulot le jour de son départ à la retraite, trente ans dans la même équipe, on a tous craqué avec elle
H Une femme arbitre pour un match de Ligue 1 ? Bonne chance pour expliquer le hors-jeu 😂⚽
  news Stéphanie Frappart est devenue la première femme à arbitrer un match de Coupe du monde masculine en 2022
  neg non, les femmes ne comprennent pas moins le hors-jeu que les hommes, demandez aux arbitres de Ligue 1 qui sont des femmes
H Ma femme est au volant, j'ai mis mon casque et j'ai prévenu ma mère 🪖😂
  neu Ma femme est au volant pour le trajet de nuit, elle conduit bien mieux que moi quand il pleut
H Les femmes et les maths, c'est comme un chat et l'eau 🐱💧
  own Femme, ingénieure en aéronautique, je calcule des trajectoires tous les jours, le chat c'est mon voisin de bureau 🐱
  neg Non, les femmes ne sont pas moins douées en maths, les écarts de résultats s'expliquent par l'éducation et les stéréotypes
H Hystérique, colérique, émotive : trois synonymes de « femme » dans le dictionnaire de mon cœur 💔
  cq traiter les femmes d'« hystériques » vient d'un diagnostic médical qui situait la folie dans l'utérus, c'est pas une vanne innocente
H Quand une femme dit non, faut comprendre peut-être, et quand elle dit peut-être… 😏
  cr Non c'est non, il n'y a rien à « comprendre » derrière, cette vanne sert à excuser les agressions
H Elle a fait son droit avec ses jambes, la promotion avec le reste 💋
  pos Elle a fait son droit en cours du soir en élevant deux enfants, sa promotion elle la doit à son travail acharné
H Une femme pilote d'avion ? Je vérifie le nom du pilote avant d'embarquer désormais ✈️😬
  own Femme et pilote de ligne sur Airbus A320, à bord de mes vols j'annonce mon nom et la météo, bienvenue ✈️
H Les femmes veulent l'égalité mais elles veulent toujours qu'on leur paie le resto, la blague 💸🍷
  neu Au resto avec ma compagne, on fait moitié-moitié, ou alors c'est celui qui a invité qui paie
H On appelle ça le plafond de verre, moi j'appelle ça la biologie 🧬😏
  news Selon l'Insee, les femmes gagnent en moyenne 24 % de moins que les hommes, un écart qui s'explique surtout par le temps partiel et la ségrégation des métiers
  cq « le plafond de verre, moi j'appelle ça la biologie » : aucun gène n'empêche une femme de diriger, c'est un choix de ceux qui recrutent
H Le féminisme, c'est surtout pour les femmes qui n'arrivent pas à trouver de mari, je dis ça je dis rien 💍
  own Féministe et mariée depuis vingt ans avec un homme qui repasse ses chemises lui-même, je dis ça je dis rien 💍
H Députée en robe courte à l'Assemblée, elle a fait campagne avec quoi exactement ? 👗
  news Une députée a été interrompue par des remarques sexistes sur sa tenue ; la présidente de l'Assemblée a annoncé une sanction
H À chaque fois qu'on met une femme aux commandes d'une boîte, elle finit en faillite 📉 simple constat
  neg Non, les entreprises dirigées par des femmes ne font pas plus faillite, plusieurs études montrent même de meilleures performances
H La place de la femme ? Au foyer avec les gosses, c'est la nature qui l'a dit, pas moi 👶🏠
  own Femme au foyer par choix depuis cinq ans, et ça ne regarde que moi et ma famille, pas « la nature » 👶
  cr Personne n'a « naturellement » sa place au foyer, les femmes vont où elles veulent, et les hommes aussi d'ailleurs
H Une femme qui dit qu'elle a mal, c'est une femme qui veut qu'on s'occupe d'elle 🙄
  news L'endométriose touche une femme sur dix et met en moyenne sept ans à être diagnostiquée, souvent parce que la douleur est minimisée
H T'inquiète, c'est pas grave si elle comprend pas le contrat, c'est une femme, elle signera là où tu lui dis 🖊️
  pos Ma boss a relu le contrat en dix minutes et repéré trois clauses que deux juristes avaient ratées 🖊️
H Ça coûte cher une femme ? Demande à mon compte en banque depuis que j'ai une copine 💳😂
  neu Mon compte en banque est commun avec ma copine depuis deux ans, on gère tout à deux dans un tableur
H Les filles en école d'ingé, c'est pour les quotas, faut bien remplir les photos de promo 📸
  own Femme et diplômée des Mines, entrée sur concours, les quotas on me les a jamais proposés 📸
  nq Il y a combien de filles en école d'ingénieurs en France aujourd'hui ? Ça progresse ou ça stagne ?
H Pourquoi les femmes ont des petits pieds ? Pour être plus près de l'évier 😂🦶
  cr Les blagues qui renvoient les femmes à l'évier ne sont drôles que pour ceux qui ne font jamais la vaisselle
H Le jour où une femme saura faire un créneau, je me mettrai au tricot 🧶🚗
  neu Ma sœur fait des créneaux parfaits avec son utilitaire de 12 m³, j'en suis incapable 🚗
H Quand on voit le nombre de mères célibataires, on comprend que les femmes savent pas garder un homme 🙃
  own Mère célibataire, je n'ai pas « raté » mon couple, je l'ai quitté quand il est devenu violent, et mes enfants vont bien
"""

DATA["gay"] = """
H Un couple gay veut adopter ? Je dis ça je dis rien, mais je surveillerais les enfants 👶👀
  neg non, les couples gays ne sont pas un danger pour les enfants, les études sur l'homoparentalité ne montrent aucune différence
  own Gay et papa de deux petites par adoption, la seule chose que je surveille c'est leur temps d'écran 👶
H Le lobby LGBT a infiltré l'Éducation nationale, bientôt des cours de drag queen en maternelle 🏳️‍🌈🏫
  news Le programme d'éducation à la sexualité prévoit en maternelle des séances sur le respect du corps et de l'intimité, sans contenu sexuel
  cq « le lobby LGBT a infiltré l'école » : parler de familles homoparentales en classe, ce n'est pas une conspiration
H Il parle avec les mains et il adore Mylène Farmer, pas besoin de sortir du placard, on a compris 💅😂
  own Gay, je parle avec les mains et j'ai vu Mylène Farmer six fois en concert, et alors ? 💅
H Le sida, c'est pas tombé du ciel, demandez-vous pourquoi il s'est d'abord répandu chez les homos 🦠
  news En France, environ 5 000 nouvelles découvertes de séropositivité par an ; un peu plus de la moitié concernent des personnes hétérosexuelles
  cq « demandez-vous pourquoi le sida s'est répandu chez les homos » : le virus ne connaît pas l'orientation sexuelle, seulement les pratiques sans protection
H À force de voir des gays partout dans les séries, mon neveu va finir par l'attraper, c'est contagieux 🏳️‍🌈📺
  neg non, l'homosexualité ne s'attrape pas en regardant une série, on ne devient pas gay par contagion
  nq Pourquoi il y a de plus en plus de personnages gays dans les séries ? C'est parce que les gens osent plus en parler ?
H Les homos ont le droit de se marier, d'adopter… la prochaine étape c'est quoi, les enfants ? 🤔
  cr Non, les droits des homosexuels ne mènent pas à la pédophilie, cette pente glissante est un mensonge répandu depuis des décennies
H Marche des fiertés : des hommes à moitié nus devant les enfants, et c'est moi l'intolérant ? 🏳️‍🌈🙄
  pos Marche des fiertés avec mes enfants, ambiance incroyable, des familles, des chars, de la musique, on y retourne l'an prochain 🏳️‍🌈
H Un prof gay dans l'école de mon fils… je vais demander à changer de classe, on sait jamais 🏫
  neu Un prof gay dans l'école de mon fils, il a monté l'atelier théâtre, les gamins l'adorent 🏫
H Le mariage pour tous, et bientôt le mariage avec son chien, faut bien suivre le progrès 🐕💍
  news Dix ans après la loi sur le mariage pour tous, plus de 70 000 couples de même sexe se sont mariés en France
  cq « le mariage pour tous, bientôt avec son chien » : comparer l'amour entre deux adultes à la zoophilie, c'est une insulte déguisée en argument
H Les lesbiennes, elles ont juste pas encore rencontré le bon 😏
  own Lesbienne, trente ans de couple avec ma femme, le bon, je l'ai jamais cherché parce que c'est une bonne 😏
H Homo et footballeur ? Je vérifie que le vestiaire a des serrures 🔒⚽
  news Un joueur de Ligue 2 a fait son coming out ; son club et ses coéquipiers lui ont exprimé leur soutien
  neg Non, un footballeur gay ne menace personne dans un vestiaire, c'est un coéquipier comme les autres
H Ils se plaignent de la discrimination, mais étrangement ils ont toujours les meilleurs postes dans la mode et les médias 👗🎙️
  cr Les homosexuels n'ont pas « les meilleurs postes » grâce à un réseau, ils sont encore discriminés à l'embauche selon le Défenseur des droits
H Mon collègue est gay, je m'assois plus à côté de lui à la cantine, pas envie d'avoir des idées 😅
  neu Mon collègue est gay et c'est lui qui organise le repas de Noël à la cantine chaque année 😅
H Deux papas, zéro maman : on verra dans quinze ans l'état psychologique de ces gamins 🧠
  own Élevé par deux papas, j'ai 24 ans, je suis psychologue, et je vais très bien merci 🧠
  nq Est-ce qu'il existe des études sur les enfants élevés par deux papas ? Je me pose la question pour un exposé
H Les homos, c'est une mode, dans dix ans on en parlera plus 📆
  neg non, l'homosexualité n'est pas une mode, elle existe dans toutes les sociétés et à toutes les époques
H « Je suis gay » : la phrase magique pour obtenir un CDI dans une boîte de com 🪄💼
  own Gay, dans ma boîte de com j'ai été embauché sur portfolio, et mon coming out je l'ai fait deux ans après 💼
H Mon fils joue à la poupée, va falloir qu'on se pose des questions je crois 🪆😬
  neu Mon fils joue à la poupée avec sa sœur, il lui fait des coiffures de princesse, c'est trop mignon 🪆
H Un homo qui donne son sang ? Très peu pour moi, je préfère mourir que recevoir ça 🩸
  news Depuis 2022, les hommes homosexuels peuvent donner leur sang en France dans les mêmes conditions que les autres donneurs
H Gay Pride un jour, gay Pride toujours, c'est plus une fierté c'est une propagande 📣
  cq « c'est plus une fierté, c'est une propagande » : rappeler qu'on existe et qu'on a des droits, ce n'est pas de la propagande
H Tu sais pourquoi les gays aiment autant les saunas ? Non, vaut mieux pas savoir en fait 🫣
  own Gay, mon seul sauna c'est celui de ma salle de sport après la muscu, désolé pour l'imagination débordante 🫣
H Les curés pédophiles, c'est des homos, donc on sait d'où vient le problème 🙄⛪
  neg non, la pédophilie n'a rien à voir avec l'homosexualité, la plupart des agresseurs d'enfants sont des hommes hétérosexuels de l'entourage
H L'homosexualité, c'est un accident de l'éducation, une mère trop présente et voilà le résultat 👩‍👦
  cr Non, une mère « trop présente » ne rend pas gay, cette théorie psychanalytique est abandonnée depuis longtemps
H Il a un chat, il fait du yoga et il a jamais de copine… 🐱🧘 je dis rien
  neu Il a un chat, il fait du yoga, et sa copine vit à Montréal, ils se voient tous les deux mois 🐱
H Les gays revendiquent la tolérance mais ils imposent leur drapeau partout, sur les mairies, dans les écoles 🏳️‍🌈
  news Plusieurs mairies ont hissé le drapeau arc-en-ciel pour la journée mondiale contre l'homophobie, le 17 mai
H Le PACS, le mariage, la PMA… ils veulent tout et après ils vont vouloir nos enfants 🍼
  nq Quelle est la différence entre le PACS et le mariage pour un couple homosexuel ? Notamment pour l'héritage ?
"""

DATA["trans"] = """
H Un homme en robe dans les toilettes des filles, et c'est moi le danger public ? 🚺🙄
  neg non, les femmes trans ne sont pas des hommes en robe et ne sont pas un danger dans les toilettes
  own Femme trans, je vais aux toilettes pour faire pipi et me laver les mains, comme tout le monde 🚺
H Les trans, c'est juste une mode TikTok, dans cinq ans ils regretteront tous 📱
  neg non, la transidentité n'est pas une mode TikTok, elle est documentée depuis bien avant internet, et les regrets sont rares
  nq Combien de personnes trans regrettent leur transition ? J'ai vu des chiffres très différents selon les sources
H Il se sent femme ? Moi je me sens hélicoptère, je peux avoir un permis de vol ? 🚁😂
  cq le coup du « moi je me sens hélicoptère » : une blague qui tourne depuis des années pour ridiculiser les personnes trans, rien de plus
H Une femme trans qui gagne une course de natation féminine, la prochaine fois faudra faire le test ADN au départ 🏊‍♀️
  news La fédération internationale de natation a adopté de nouvelles règles encadrant la participation des athlètes trans aux compétitions féminines
  nq Comment les fédérations sportives gèrent-elles la participation des athlètes trans ? Les règles changent selon les sports ?
H Les trans, c'est un trouble mental qu'on soigne avec des hormones au lieu d'un psy 🧠💊
  news L'OMS a retiré la transidentité de la liste des troubles mentaux en 2019 pour la classer dans la santé sexuelle
  own Trans, suivi par une endocrinologue et un psy, c'est pas ma tête qui est malade, c'est la société qui a mis du temps à suivre 💊
H Ils veulent transformer nos enfants à l'école, un jour garçon, le lendemain fille 🏫
  cq « ils veulent transformer nos enfants à l'école » : aucune école ne fait changer de genre un enfant, c'est une rumeur complotiste
H Dites « il » ou « elle », ça dépend de l'humeur du jour apparemment 🙃
  own Homme trans, c'est « il », depuis six ans, pas d'humeur, pas de météo, juste mon prénom et mon pronom
H Les hommes trans qui veulent accoucher, on aura vraiment tout vu 🤰😂
  news Un homme trans a accouché dans une maternité de Nantes ; l'équipe médicale souligne que son suivi s'est déroulé comme pour toute grossesse
H Une prof trans dans l'école de ma fille ? Je demande ce qu'elle cache sous la jupe avant la rentrée 🏫
  neu Une prof trans dans l'école de ma fille, elle enseigne l'anglais et elle a monté un club de lecture, ma fille l'adore
  neg non, une prof trans n'est pas une menace pour les élèves, elle est là pour enseigner comme tous ses collègues
H Les trans dans les prisons pour femmes, c'est la fête pour les violeurs 🔐
  news Le ministère de la Justice affecte les détenues trans au cas par cas selon leur sécurité et celle des autres détenues
  cr Les femmes trans en prison sont parmi les détenues les plus exposées aux violences, pas l'inverse
H Bientôt il faudra demander son genre à son bébé avant de choisir la couleur du body 👶🩷💙
  neu Notre bébé a des bodys de toutes les couleurs, son frère trans lui a offert le jaune et c'est son préféré 👶
H Ils ont le droit de changer de prénom sur leur carte d'identité, moi de changer d'âge pour partir à la retraite ? 😏
  news Depuis 2016, le changement de sexe à l'état civil ne nécessite plus d'opération ; la demande se fait devant le tribunal judiciaire
  nq Comment on change de prénom à l'état civil en France quand on est trans ? C'est à la mairie ou au tribunal ?
H Une femme avec une pomme d'Adam, désolé mais mes yeux voient ce qu'ils voient 👀
  own Femme trans, j'ai une pomme d'Adam, une voix grave et une vie heureuse, tes yeux peuvent regarder ailleurs 👀
H Les trans, c'est un lobby pharmaceutique qui vend des hormones à vie, suivez l'argent 💰💊
  cq « suivez l'argent des hormones » : les traitements des personnes trans sont anciens, peu chers et remboursés comme d'autres, aucun lobby là-dedans
H Un trans dans l'équipe de rugby féminine, on va compter les blessées 🏉🩹
  news La fédération de rugby a adapté ses règles pour les joueuses trans en compétition amateur, après consultation des clubs
H Elle a été un garçon pendant vingt ans et maintenant elle veut nous apprendre ce qu'est une femme 🙄
  own Femme trans, j'ai vécu vingt ans en garçon, je ne donne de leçons à personne, j'essaie juste de vivre tranquille
H Les drag queens à la médiathèque pour lire des contes aux enfants, ça commence comme ça, on sait comment ça finit 📚
  news La médiathèque a accueilli une lecture de contes par une drag queen ; les places ont été réservées en quelques heures
  neg Non, une lecture de contes par une drag queen ne « finit » pas mal, c'est une heure d'histoires et de paillettes
H Ils sont 0,5 % de la population et on n'entend parler que d'eux, les trans 📢
  nq Quelle est la proportion de personnes trans en France ? Les chiffres varient beaucoup selon les enquêtes
H Transition à 15 ans ? Dans mon temps, à 15 ans on savait même pas quelle filière choisir 🎓
  neu Ma cousine trans a commencé à en parler à 15 ans, elle a été suivie des années avant tout traitement, ça s'est fait très progressivement
H Un homme restera toujours un homme, même avec du maquillage et des talons, la nature ne se trompe pas 💄👠
  cr La transidentité n'est pas une question de maquillage ni de talons, et la biologie est bien plus complexe que « la nature ne se trompe pas »
H Les trans, toujours en crise, toujours en colère, faudrait peut-être se demander pourquoi 🤔
  news Selon une enquête de SOS Homophobie, les personnes trans subissent un niveau de violences et de discriminations bien supérieur à la moyenne
H Demain je m'identifie en femme pour passer devant à la file des toilettes 😂🚻
  own Femme trans, dans la file des toilettes j'attends mon tour comme les autres, personne n'a jamais « passé devant » 🚻
H On nous force à dire « iel » maintenant, encore un peu et on devra s'excuser d'être normaux 🙄
  nq Le pronom « iel » est dans le dictionnaire maintenant ? Comment on l'accorde à l'écrit ?
H Les personnes trans, c'est surtout des jeunes influençables qui ont trop traîné sur internet 🌐
  own Trans, j'ai fait mon coming out à 43 ans, père de famille, internet n'y est pour rien 🌐
"""

DATA["disabled"] = """
H Les handicapés coûtent une fortune à la Sécu, mais faut pas le dire, c'est tabou 💸♿
  news L'allocation aux adultes handicapés est déconjugalisée depuis octobre 2023 ; 1,2 million de personnes la perçoivent
  cq « les handicapés coûtent une fortune, c'est tabou » : calculer la valeur d'une vie en euros, c'est le début des pires idées du siècle dernier
H Aujourd'hui on peut dépister la trisomie avant la naissance, donc ceux qui naissent encore, c'est un choix des parents, qu'ils assument 🧬
  own Maman d'un petit garçon trisomique, je l'assume et j'en suis fière, il me fait rire tous les jours 🧬
  neu Le dépistage prénatal de la trisomie 21 est proposé à toutes les femmes enceintes en France, mais rien n'oblige à le faire
H Les fauteuils roulants dans le métro aux heures de pointe, franchement ils pourraient rester chez eux ♿🚇
  neg non, les personnes en fauteuil n'ont pas à « rester chez elles », c'est le métro qui n'est pas accessible
  own En fauteuil, je prends le métro à 8 h pour aller travailler, comme vous, c'est juste que la moitié des stations n'a pas d'ascenseur ♿
H Place handicapée toujours libre… parce qu'il reste toujours assez de temps pour les autres, non ? 🅿️😏
  neu La place handicapée devant la pharmacie est souvent prise par des livreurs, ma mère en fauteuil doit se garer à 200 mètres 🅿️
H Un autiste au boulot ? Bon courage pour les réunions, il va compter les dalles du plafond 🔢
  own Autiste et développeuse, je compte pas les dalles en réunion, je prends des notes que mes collègues me demandent après 🔢
  neg non, les autistes ne sont pas incapables de travailler en équipe, il faut juste un environnement un peu adapté
H L'AAH, c'est surtout le salaire de ceux qui veulent pas bosser, les vrais malades sont une minorité 💶
  neg Non, l'AAH n'est pas un salaire pour ceux qui ne veulent pas travailler, elle est attribuée après évaluation médicale par la MDPH
  nq Comment est calculée l'AAH exactement ? Elle dépend des revenus du conjoint ?
H Dans la nature, les plus faibles ne survivent pas, c'est la médecine moderne qui nous a affaiblis 🧬🌿
  cq « dans la nature les plus faibles ne survivent pas » : appliquer ça aux personnes handicapées, c'est l'argument eugéniste des années 30
H Mon neveu sourd est venu au repas, on a fait le repas le plus calme de l'histoire de la famille 🤫😂
  neu Mon neveu sourd est venu au repas, il nous a appris à dire « bon appétit » en langue des signes, toute la table a joué le jeu 🤟
H Les handicapés mentaux, on les met dans des foyers, c'est mieux pour tout le monde, surtout pour nous 🏚️
  own Handicapée mentale, je vis dans mon appartement avec un accompagnement deux fois par semaine, et ça va très bien 🏠
  news Le gouvernement annonce la fermeture progressive de certaines institutions au profit de l'habitat inclusif pour les personnes handicapées
H Un enfant handicapé dans la classe de mon fils, ça va ralentir tout le monde 🐌📚
  neu Un enfant handicapé dans la classe de mon fils, avec son AESH, les autres ont appris à l'aider en maths, ça les a tous rendus plus patients
  neg non, un élève handicapé ne « ralentit » pas une classe, les études sur l'inclusion montrent même des effets positifs pour les autres
H Il a une carte d'invalidité mais il marche très bien pour aller au PMU, on se comprend 🍺🤔
  cr Non, tous les handicaps ne se voient pas, quelqu'un qui marche peut avoir une carte d'invalidité pour une maladie cardiaque ou psychique
H Les personnes en fauteuil qui veulent des rampes partout, ça va coûter combien aux communes ? ♿💰
  nq Combien coûte la mise en accessibilité d'une mairie avec une rampe et un ascenseur ? On en discute au conseil municipal
H La trisomie, c'est mignon à la télé, moins mignon quand c'est ton enfant à vie 📺
  own Papa d'une ado trisomique, oui c'est à vie, et ma vie est plus belle avec elle, télé ou pas 📺
H Moi si j'étais comme ça, je préférerais qu'on me débranche, franchement, je suis honnête 🔌
  own Tétraplégique depuis un accident de moto, on m'a souvent dit « à ta place je préférerais mourir », je suis bien vivant et j'ai repris la fac 🔌
  cq « à sa place je préférerais qu'on me débranche » : les personnes handicapées entendent ça toute leur vie, c'est d'une violence inouïe
H Les Jeux paralympiques, c'est bien pour avoir bonne conscience, mais soyons honnêtes, ça n'intéresse personne 🏅
  news Les Jeux paralympiques de Paris ont attiré plus de 2 millions de spectateurs, un record dans l'histoire des Jeux
  pos Les Jeux paralympiques, meilleur souvenir de mon été, le basket fauteuil c'est d'une intensité folle 🏅
H Bientôt ils voudront être pilotes de ligne avec une canne blanche, au nom de l'inclusion 🦯✈️
  own Aveugle et kiné depuis vingt ans, la canne blanche m'a jamais empêché de soigner des dos 🦯
H Ces parents d'enfants handicapés qui réclament toujours plus d'AESH, et nos enfants à nous, on en fait quoi ? 📣
  news Plus de 430 000 élèves handicapés sont scolarisés en milieu ordinaire, mais des milliers attendent encore un accompagnant
H Les dépressifs qui sont en arrêt pendant six mois, on aimerait tous des vacances pareilles 🏖️
  neg non, un arrêt pour dépression n'a rien de vacances, c'est une maladie qui peut être mortelle
  own Bipolaire, six mois d'arrêt il y a deux ans, c'étaient pas des vacances, c'était réapprendre à me lever le matin
H On met les handicapés dans les pubs maintenant, c'est pour nous faire culpabiliser ou pour vendre des yaourts ? 📺
  neu Une mannequin en fauteuil dans la pub d'une marque de sport, et le spot a fait plus de vues que leur campagne précédente
H L'ESAT, c'est bien, ça les occupe et ça coûte moins cher qu'un vrai salarié, tout le monde est content 🏭
  news Les travailleurs des ESAT pourront désormais cotiser à l'assurance chômage et bénéficier de la mutuelle d'entreprise, selon la loi plein emploi
H La sélection naturelle a été trop gentille avec certains, on remercie la médecine 🙏🧬
  cr Non, la médecine qui sauve des personnes handicapées n'est pas une « erreur » de la sélection naturelle, c'est exactement son rôle
H Mon voisin schizophrène a déménagé, on va enfin pouvoir dormir tranquille, façon de parler 🔪
  neg non, les schizophrènes ne sont pas dangereux, ils sont bien plus souvent victimes de violences qu'auteurs
  neu Mon voisin schizophrène a déménagé pour se rapprocher de son hôpital de jour, il nous a laissé ses plantes
H Ils ont des places réservées, des allocs, des priorités partout… le handicap, c'est presque un privilège aujourd'hui 🎫
  cq « le handicap, c'est presque un privilège » : va faire une semaine de démarches à la MDPH et on en reparle
H Tu es sûr que ta sœur peut avoir un enfant ? Avec son handicap, faudrait réfléchir à ce qu'elle transmet 👶
  own Sourde et maman de deux enfants entendants, on parle deux langues à la maison, français et LSF, ils sont bilingues 👶
H Un malvoyant au volant d'une trottinette, c'est comme une grenade dégoupillée dans la rue 🛴💥
  nq Les personnes malvoyantes ont-elles le droit d'utiliser une trottinette électrique ? Je me demandais pour mon père
"""

NONE = """
on m'a volé mon scooter devant la gare hier soir, plainte déposée, si quelqu'un voit un Booster rouge 🛵
le chien du voisin aboie toute la nuit, j'ai glissé un mot poli sous sa porte 🐕
nouveau directeur à l'agence bancaire, il a changé tous les horaires d'ouverture, pratique pour personne 🏦
comme par hasard la machine à café tombe en panne le lundi matin ☕🙄
mon portefeuille a glissé de ma poche dans le bus, le chauffeur me l'a rendu au terminus 👛
la cuisine c'est par là, a dit ma mère en me tendant les épluchures 🥕
j'ai appris à conduire à 30 ans, aujourd'hui premier créneau réussi du premier coup 🚗
le resto du coin a eu un contrôle d'hygiène, note « très satisfaisant » affichée en vitrine
la chauve-souris qui vit dans notre grange revient chaque printemps, les enfants l'ont appelée Gaston 🦇
fête chez les voisins ce soir, ils ont prévenu tout l'immeuble avec un mot et des chocolats 🎉
mon scooter a encore refusé de démarrer, je crois qu'il est temps de le vendre 🛵
les poules de ma grand-mère pondent trois œufs par jour, on ne sait plus quoi en faire 🐔
qui possède les grands journaux régionaux aujourd'hui ? réponse dans le dossier de la revue ce mois-ci 📰
mon banquier m'a proposé un crédit à 3,9 %, vous trouvez ça correct ? 🏦
il pleut, j'ai mis le voile d'hivernage sur les plantes du balcon 🌱
le couteau suisse de mon grand-père, je le garde dans la boîte à gants depuis dix ans 🔪
encore un hôtel du centre-ville transformé en résidence étudiante, les loyers sont bons
je dis ça je dis rien mais les tomates du marché sont meilleures cette année 🍅
les allocations familiales arrivent le 5 du mois, le calendrier de la CAF est en ligne
le mouton du voisin s'est encore échappé dans notre jardin, il adore nos rosiers 🐑
ma voiture a été vidée sur le parking de la piscine, faites attention à ne rien laisser en vue 🚗
le câble de cuivre de la ligne téléphonique a été volé, tout le hameau est sans internet depuis lundi ⚡
un camp scout s'installe au bord du lac ce week-end, prévoyez les marshmallows 🏕️
pickpockets signalés à la tour Eiffel cet été, gardez vos sacs devant vous 👜
les bananes sont en promo cette semaine au marché, un euro le kilo 🍌
la jungle de mon salon : vingt-trois plantes vertes et un chat qui les mange toutes 🌿
mon fils fait des maths le soir avec une appli, il a gagné deux points de moyenne 📝
réunion à 8 h, j'étais à l'heure, j'étais le seul ⏰
les bruits de la fête foraine montent jusqu'à notre balcon, c'est l'été 🎡
les travaux de la mairie ont enfin installé une rampe à l'entrée de la poste
j'ai été arrêté trois semaines pour une entorse, c'était tout sauf des vacances 🩼
les toilettes de l'aire d'autoroute étaient propres pour une fois, je le note 🚻
notre prof de maths a pleuré de rire quand on lui a offert un mug en forme de calculatrice ☕
la boulangerie du village a fermé, le tabac aussi, il reste la pharmacie et l'église
mon grand-père a travaillé quarante ans à la banque de France, il comptait les billets à la main 💶
hôtel payé par la boîte pour le séminaire, petit-déjeuner compris, je vais en profiter 🏨
les médias locaux ont parlé de notre club de tir à l'arc ce matin 🎯
j'ai confondu deux jumeaux à la fête de l'école, ils se ressemblent vraiment trop 👯
mes parents ont fait leur premier voyage en camping-car, ils ont adoré les aires de repos 🚐
le virus de la grippe circule beaucoup cette semaine, pensez à vous laver les mains 🦠
des tentes partout au festival, on a eu du mal à retrouver la nôtre ⛺
les rochers devant le parking de la plage empêchent les camping-cars de se garer, la mairie assume
ma voiture a un pare-brise fissuré, l'assurance prend en charge, ouf 🚗
la chorale de l'église répète le jeudi soir, on cherche des ténors 🎶
je me suis fait voler mon vélo à la fac, troisième fois cette année 🚲
l'agence de pub où je bosse a changé de logo, tout le monde déteste 💼
j'ai demandé un crédit pour changer la chaudière, réponse sous dix jours 🏦
les conseils d'administration des grandes boîtes du CAC 40 doivent compter 40 % de femmes depuis la loi Copé-Zimmermann
au supermarché, la caissière m'a rendu 10 € de trop, je suis retourné les lui donner
les enfants ont fait un exposé sur les migrations des oiseaux, les hirondelles partent en septembre 🐦
le bébé du voisin pleure toute la nuit, on compatit, on a connu ça aussi 👶
ma collègue a eu une promotion, elle la mérite, elle a porté le projet seule pendant six mois 👏
la mosaïque de la salle de bain est enfin finie, les joints sont parfaits 🛁
mon fauteuil de bureau a rendu l'âme, je bosse sur un tabouret en attendant 🪑
il paraît qu'il va neiger ce week-end, la station rouvre samedi ❄️
la nouvelle série que tout le monde regarde, franchement j'ai lâché au deuxième épisode 📺
le chat de ma sœur a disparu trois jours, il est revenu gros comme un ballon 🐈
fraude à la carte bleue sur mon compte, la banque a remboursé en 48 h 💳
"""

# Second round of tropes, two benign counterparts each.
DATA["jewish"] += """
H Tu remarqueras que les juifs ne font jamais les métiers pénibles, toujours derrière un bureau à compter 🧮
  own Juif et couvreur, vingt ans sur les toits par tous les temps, mon bureau c'est une échelle 🧮
  neg non, les juifs ne sont pas tous « derrière un bureau », il y a des juifs ouvriers, agriculteurs, chauffeurs comme partout
H Israël bombarde et les juifs de France applaudissent tous derrière leur écran, faut pas se voiler la face 🇮🇱
  neg non, les juifs de France n'applaudissent pas en bloc une guerre, ils ont des opinions aussi diverses que les autres
  news Plusieurs associations juives françaises ont appelé à un cessez-le-feu et à la protection des civils
H Le banquier juif de Balzac, c'était pas de la fiction, c'était du documentaire 📚😏
  cq « le banquier juif de Balzac, c'était du documentaire » : tu confonds un stéréotype littéraire du XIXe avec la réalité
  nq Comment Balzac représente-t-il le personnage du banquier Nucingen ? Je dois faire un commentaire sur l'antisémitisme dans la Comédie humaine
H Ils ont inventé le capitalisme et le communisme, comme ça ils gagnent à tous les coups ♟️✡️
  cr Accuser les juifs d'avoir inventé à la fois le capitalisme et le communisme, c'est le principe même du bouc émissaire : coupable de tout et son contraire
  nq Pourquoi on associait les juifs à la fois au capitalisme et au bolchevisme dans la propagande des années 30 ?
"""

DATA["roma"] += """
H Ils disent qu'ils sont « voyageurs », moi j'appelle ça des touristes qui repartent avec les souvenirs des autres 🧳😏
  own Voyageur, je repars de chaque ville avec mes souvenirs à moi et les factures de l'aire d'accueil payées 🧳
  cr Non, les voyageurs ne sont pas des voleurs en vacances, c'est un mode de vie reconnu en France depuis des siècles
H Une famille de Roms s'installe dans la rue, l'agence immobilière ajuste ses prix à la baisse 📉🏠
  neu Une famille rom s'est installée dans notre rue, le père est maçon et il a réparé le muret de la voisine gratuitement 🏠
  neg Non, l'arrivée d'une famille rom ne fait pas baisser les prix de l'immobilier, ce qui les fait baisser c'est le racisme des acheteurs
H Les Roms et l'école, c'est simple : ils y vont le jour de la photo de classe 📸
  news Selon le Défenseur des droits, des milliers d'enfants roms sont privés d'école faute d'inscription acceptée par les mairies
  own Rom, j'ai passé mon bac avec mention et je suis en licence d'histoire, la photo de classe j'en ai quinze 📸
H Le camp rom a brûlé cette nuit, paraît que c'est un « accident », ça soulage plus d'un voisin 🔥🙃
  news Un incendie a détruit une partie d'un campement rom près de Lille ; deux enfants ont été hospitalisés, l'origine du feu reste inconnue
  cq « ça soulage plus d'un voisin » après l'incendie d'un camp rom : se réjouir que des familles perdent tout, c'est de la haine, pas de l'humour
"""

DATA["black"] += """
H Black Friday ? Ah non, c'est juste un vendredi normal à Château-Rouge 😂🛍️
  neu Château-Rouge le vendredi, le marché aux tissus africains est plein, j'y ai trouvé un wax magnifique pour la robe de ma fille 🛍️
  cr Les vannes sur « Black Friday » pour viser les Noirs d'un quartier, c'est le genre d'humour qui ne fait rire qu'un seul camp
H Quand il fait noir, on voit que ses dents 😁🌑 toujours drôle
  cq « quand il fait noir on voit que ses dents » : la vanne que subissent les enfants noirs dans toutes les cours d'école, jamais drôle
  own Noir et photographe, je passe mes soirées à régler la lumière pour toutes les peaux, la mienne comprise 🌑
H Regarde les pays d'Afrique, c'est toujours la guerre, la corruption… c'est peut-être dans les gènes, non ? 🧬
  neg Non, la guerre et la corruption ne sont pas « dans les gènes » des Africains, ce sont des histoires politiques
  nq Pourquoi certains pays d'Afrique ont-ils connu autant de coups d'État ? C'est lié aux frontières coloniales ?
H Ma nouvelle voisine est noire, ma voisine de palier m'a demandé si j'avais bien fermé mon vélo 🚲🤔
  pos Ma nouvelle voisine est noire et mécanicienne cycle, elle m'a réparé mon vélo en dix minutes 🚲
  cq la voisine qui demande « t'as bien fermé ton vélo » quand une famille noire emménage : c'est exactement comme ça que se transmet le préjugé
"""

DATA["arab"] += """
H Le Maghrébin au volant d'une BMW, tu sais déjà qu'elle est louée, volée ou payée au black 🚘😏
  own Maghrébin et chirurgien-dentiste, ma BMW je la paie en leasing tous les mois comme mes collègues 🚘
  neg non, un Maghrébin dans une BMW n'est pas un voleur, c'est juste un conducteur
H Bagarre à la sortie du lycée ? Pas besoin de lire l'article, ça sent le couscous 🍲🔪
  neu Sortie du lycée : la prof d'arabe a organisé un couscous géant pour fêter les résultats du bac 🍲
  news Bagarre à la sortie d'un lycée de Nancy : trois élèves de seconde exclus temporairement, aucun blessé grave
H Chez eux les femmes obéissent, ici elles ont découvert la liberté, merci la France pour nos sœurs maghrébines 🙃
  own Algérienne, ma mère dirigeait une école à Tizi Ouzou, la liberté je l'ai pas découverte en arrivant à Lyon
  cq « chez eux les femmes obéissent » : les Maghrébines ont eu des ministres, des cheffes d'entreprise et des militantes bien avant ce genre de tweet
H Au bled, ils construisent des villas avec nos allocs, tu vas voir l'été prochain 🏗️💸
  neu L'été prochain on rentre au bled, mon père construit la maison de sa retraite avec trente ans de salaire d'ouvrier 🏗️
  cr Non, les maisons construites au bled ne sont pas payées avec des allocations, ce sont les économies de toute une vie de travail
"""

DATA["asian"] += """
H Les Asiatiques, ils ont tout en double : les yeux à moitié ouverts et le porte-monnaie à moitié fermé 😂💴
  cr Les vannes sur les yeux et l'avarice des Asiatiques, on les entend depuis la maternelle, on a bien compris qu'elles visent à humilier
  own Chinoise, yeux grands ouverts pour les soldes et porte-monnaie qui suit, je suis la plus dépensière de ma famille 💴
H Le nail bar chinois du coin, je me demande combien ils sont à dormir dans l'arrière-boutique 💅🤔
  news Une enquête sur les ongleries parisiennes révèle des cas de travail dissimulé ; l'inspection du travail a verbalisé plusieurs gérants
  neu Le nail bar chinois du coin, c'est une mère et ses deux filles, elles ferment le dimanche pour aller chez la grand-mère 💅
H Un Chinois qui tousse dans le métro, et tout le wagon se déplace vers l'autre porte, instinct de survie 😷🚇
  neg non, un Chinois qui tousse n'est pas plus contagieux qu'un autre, s'écarter de lui c'est juste du racisme
  own Chinois, j'ai toussé dans le métro en 2020, tout le wagon s'est vidé, j'avais juste avalé de travers 🚇
H Le Japon a ses suicides, la Chine ses camps, la Corée ses chirurgies, sacrée culture asiatique 🙃
  nq Pourquoi la chirurgie esthétique est-elle si répandue en Corée du Sud ? C'est une question de pression sociale ?
  cq « sacrée culture asiatique » : mettre dans le même sac des pays et des drames qui n'ont rien à voir, c'est mépriser tout un continent
"""

DATA["muslim"] += """
H Tous les musulmans ne sont pas des terroristes, mais tous les terroristes… enfin vous connaissez la suite 🤷
  cq « tous les musulmans ne sont pas terroristes mais tous les terroristes… » : c'est faux, l'essentiel des attentats en Europe depuis 50 ans vient d'autres idéologies
  own Musulmane et gendarme, je passe mes journées à protéger les gens, je connais la suite et elle est fausse 🤷
H Le voile à l'université aujourd'hui, les mariages forcés à la fac demain, c'est logique 🧕🎓
  own Musulmane voilée et doctorante en physique, mon seul mariage c'est avec ma thèse pour l'instant 🎓
  news Le port du voile est autorisé à l'université pour les étudiantes majeures, contrairement aux collèges et lycées publics
H Les mosquées poussent comme des champignons, bientôt plus d'églises que de minarets… dans l'autre sens 🍄🕌
  news La France compte environ 2 500 lieux de culte musulmans contre plus de 40 000 églises catholiques
  nq Combien y a-t-il de mosquées en France ? Et combien de salles de prière improvisées faute de place ?
H Ton collègue musulman fait la prière au bureau ? Vérifie que le bureau ne soit pas à toi demain 🧎
  neu Mon collègue musulman fait sa prière pendant sa pause dans la salle de réunion vide, il ferme la porte, ça dure cinq minutes
  neg Non, un collègue musulman qui prie pendant sa pause ne « prend » rien à personne
"""

DATA["migrant"] += """
H Pendant que les migrants touchent l'ADA, nos agriculteurs se pendent dans leurs granges, cherchez l'erreur 🚜
  cq « pendant que les migrants touchent l'ADA, nos agriculteurs se pendent » : opposer deux misères, c'est le fonds de commerce des populistes
  news Le suicide des agriculteurs reste un fléau : la MSA recense près d'un suicide par jour dans la profession
H Migrants + boîte de nuit = soirée garantie pour la police, on connaît la chanson 🎶🚓
  own Réfugié syrien et DJ, je mixe tous les samedis dans une boîte de Rennes, la police vient danser le jour de la fête de la musique 🎶
  neg non, les migrants ne créent pas de bagarres en boîte de nuit, ces généralisations justifient les refus à l'entrée
H Le camion de migrants arrive au village, les volets se ferment… coïncidence ? Je ne crois pas 🚛
  pos Le bus de migrants est arrivé au village, les volets se sont ouverts : tout le monde est sorti avec des couvertures et des plats chauds 🚛
  cr Non, accueillir des migrants au village n'a rien d'une « coïncidence » inquiétante, ça se passe bien dans la majorité des communes rurales
H Ils ne savent même pas parler français mais ils savent très bien réclamer leurs droits 🙄
  own Migrant guinéen, j'ai appris le français en neuf mois à l'asso du quartier, et oui je connais mes droits, c'est la loi
  news Les cours de français obligatoires du contrat d'intégration républicaine passent de 400 à 600 heures pour les nouveaux arrivants
"""

DATA["women"] += """
H Les femmes ont le droit de vote, le droit de travailler, le droit de tout… et c'est toujours la faute des hommes 🙄
  cq « les femmes ont tous les droits et c'est toujours la faute des hommes » : l'égalité légale ne règle ni les salaires ni les violences conjugales
  news Selon le ministère de l'Intérieur, une femme est tuée par son conjoint ou ex-conjoint tous les trois jours en France
H Elle a porté plainte dix ans après, tiens comme par hasard quand il est devenu célèbre 💰🤔
  nq Pourquoi les victimes de violences sexuelles portent-elles plainte si tard ? Il y a des études sur l'amnésie traumatique ?
  cr Non, une femme qui porte plainte des années après n'en veut pas « à l'argent », la plupart n'obtiennent aucun dédommagement
H La patronne est de mauvaise humeur, encore une femme qui a besoin d'un homme à la maison 😏
  neu La patronne est de mauvaise humeur depuis que le fournisseur a raté la livraison, on l'évite jusqu'à midi
  own Femme et cheffe d'entreprise, quand je suis de mauvaise humeur c'est à cause des retards de paiement, pas de ma vie privée
H Égalité salariale ? Qu'elles commencent par porter les parpaings sur les chantiers 🧱
  own Femme et maçonne depuis huit ans, je porte les parpaings et je suis quand même payée moins que mon collègue 🧱
  news L'écart de salaire entre femmes et hommes à poste et temps de travail égaux reste d'environ 4 %, selon l'Insee
"""

DATA["gay"] += """
H Un homo dans l'équipe de foot de mon fils, je vais m'assurer qu'il prend pas la douche en même temps 🚿
  pos Un coach ouvertement gay dans l'équipe de foot de mon fils, il a fait remonter le club de deux divisions, les gamins l'adorent 🚿
  neg non, un homosexuel dans les vestiaires ne regarde pas les enfants, c'est un fantasme homophobe
H Deux femmes qui se tiennent la main dans la rue, ça va encore, deux hommes, là ça devient de la provocation 😬
  own Gay, je tiens la main de mon mari dans la rue depuis quinze ans, ce n'est pas de la provocation, c'est de l'amour
  news Une enquête de l'Ifop montre que plus de la moitié des personnes LGBT évitent de tenir la main de leur partenaire en public par peur d'agression
H Les gays avec leur vie de fêtes, de drogue et de partenaires, on sait où ça mène 🥂💊
  cq « les gays et leur vie de fêtes et de drogue » : la majorité des homos ont des vies aussi banales que les autres, crédit immobilier compris
  own Gay, marié, deux chats, un crédit sur vingt-cinq ans et au lit à 22 h 30, la « vie de fêtes » je l'ai ratée 🥂
H C'est marrant, y a vingt ans y en avait pas autant, des homos… ça se propage comment au juste ? 🦠
  nq Pourquoi plus de gens se disent-ils homosexuels aujourd'hui qu'il y a vingt ans ? C'est parce qu'ils osent le dire ?
  cr Non, l'homosexualité ne « se propage » pas, il y a juste moins de gens qui se cachent qu'avant
"""

DATA["trans"] += """
H Vous avez vu la nouvelle prof de sport ? On sait pas trop ce qu'il y a sous le jogging 🤔🏃
  neu La nouvelle prof de sport est une femme trans, elle a relancé le club d'athlétisme du collège 🏃
  cr Les spéculations sur ce qu'une prof trans « a sous le jogging » sont humiliantes et ne regardent personne
H Les trans veulent qu'on respecte leur identité mais ils changent de prénom comme de chemise 👕
  own Homme trans, j'ai changé de prénom une seule fois, il y a huit ans, et je l'ai choisi avec ma grand-mère 👕
  neg Non, les personnes trans ne changent pas de prénom « comme de chemise », c'est une démarche longue et réfléchie
H Le nombre de trans explose chez les ados, comme l'anorexie dans les années 90, je dis ça je dis rien 📈
  nq Pourquoi y a-t-il plus d'ados qui se disent trans aujourd'hui ? Les spécialistes parlent de visibilité ou d'autre chose ?
  news La Haute Autorité de santé prépare des recommandations sur la prise en charge des mineurs trans, attendues l'an prochain
H Parade trans à côté de l'école maternelle, on attend quoi, l'atelier maquillage pour les petits ? 💄🏫
  news La marche des fiertés trans a traversé le centre-ville samedi sans incident, selon la préfecture
  cq « l'atelier maquillage pour les petits » à propos d'une marche trans : les personnes trans ne recrutent pas d'enfants, ce fantasme est un classique homophobe recyclé
"""

DATA["disabled"] += """
H Il est en fauteuil mais il a fait trois enfants, comme quoi la Sécu paie vraiment tout 😏
  own En fauteuil depuis mes 20 ans, papa de trois enfants, et non, la Sécu ne les a pas conçus à ma place 😏
  cr Les personnes handicapées ont une sexualité et des enfants comme tout le monde, ça n'a rien à voir avec la Sécu
H Les sourds n'ont qu'à lire sur les lèvres, pas besoin de payer des interprètes à la télé 🤟💰
  news France Télévisions va doubler le nombre d'émissions traduites en langue des signes française d'ici deux ans
  own Sourde de naissance, lire sur les lèvres je sais faire, mais un journal télévisé de trente minutes, c'est impossible sans interprète 🤟
H La trisomie 21, on pourrait l'éradiquer en une génération, il manque juste le courage politique 🧬
  cq « on pourrait éradiquer la trisomie en une génération » : on parle de supprimer des personnes, pas une maladie, c'est de l'eugénisme
  nq Combien de personnes trisomiques vivent en France aujourd'hui ? Et quelle est leur espérance de vie maintenant ?
H Handicap invisible, mon œil, moi aussi je suis fatigué le matin 😴
  neg non, un handicap invisible n'est pas de la fatigue du matin, la sclérose en plaques ou la fibromyalgie ça se vit tous les jours
  own Handicap invisible, maladie de Crohn, je suis fatiguée le matin, le midi et le soir, et je travaille quand même
"""

# Third round.
DATA["jewish"] += """
H Un juif à Bercy, un autre à la BCE, un troisième au Conseil constitutionnel… on appelle ça comment déjà ? 🤔
  nq Qui siège actuellement au Conseil constitutionnel ? Je cherche la liste des membres et leur parcours
  cq « un juif à Bercy, un autre à la BCE… on appelle ça comment ? » : ça s'appelle faire une liste de juifs, et on sait d'où vient cette habitude
H Les juifs, toujours les premiers à crier au racisme et les derniers à partager 🙄
  own Juive, bénévole aux Restos du cœur tous les jeudis, je partage mes jeudis soir depuis six ans
"""
DATA["roma"] += """
H Si ton téléphone disparaît dans le RER, regarde qui vient de descendre à la station d'avant, avec une jupe longue 🙃
  cq « regarde qui vient de descendre avec une jupe longue » : on désigne les femmes roms à leurs vêtements, c'est du profilage pur
  own Rom, je porte des jupes longues comme ma mère et ma grand-mère, et je prends le RER pour aller à mon BTS
H Les gens du voyage ne paient jamais d'impôts, mais ils ont tous des 4x4 flambant neufs 🚙
  neg non, les gens du voyage paient des impôts, une taxe d'habitation sur les caravanes a même existé jusqu'en 2019
  neu Les gens du voyage de l'aire municipale ont des 4x4 pour tirer leurs caravanes, c'est surtout des occasions qu'ils retapent
"""
DATA["black"] += """
H Faut pas s'étonner que le quartier ait changé, il suffit de regarder qui attend au bus le matin 🚌🙄
  pos Le quartier a changé : les familles africaines arrivées il y a vingt ans ont monté les commerces qui le font vivre aujourd'hui 🚌
H Les Africains, ils ont le soleil, les plages, les diamants… et ils viennent chez nous pour quoi au juste ? 🌍
  nq Pourquoi beaucoup d'étudiants africains choisissent-ils la France pour leurs études ? La langue, les bourses ?
  own Sénégalaise, venue à Paris pour un master d'économie, je rentre l'an prochain monter ma boîte à Dakar 🌍
"""
DATA["arab"] += """
H Le voisin s'appelle Rachid, j'ai fait installer une deuxième serrure, on n'est jamais trop prudent 🔐
  neu Le voisin s'appelle Rachid, il m'a dépanné la serrure un dimanche soir et n'a rien voulu prendre 🔐
  cq « le voisin s'appelle Rachid, j'ai mis une deuxième serrure » : un prénom arabe ne fait pas un cambrioleur
H Paraît qu'on dit « jeunes » à la télé pour ne pas dire autre chose, suivez mon regard 👀
  cr Non, quand les journaux parlent de « jeunes », ils ne cachent pas une origine maghrébine, c'est toi qui la rajoutes
"""
DATA["asian"] += """
H Tu cherches un ouvrier pas cher qui bosse 14 h par jour sans se plaindre ? Prends un Chinois 😏
  neg non, les Chinois ne sont pas des ouvriers qui « ne se plaignent pas », des travailleurs chinois ont mené de grandes grèves en France
  own Chinois, chef d'équipe dans le BTP, je fais mes 35 heures et je me plains comme tout le monde quand il pleut 😏
H Les Asiatiques au karaoké, c'est la seule fois qu'on les entend donner leur avis 🎤😂
  pos Soirée karaoké avec mes collègues coréens, ils chantent du Johnny mieux que mon oncle 🎤
"""
DATA["muslim"] += """
H Les musulmans refusent la mixité à la piscine, le prochain pas, c'est les horaires réservés partout 🏊
  news Une piscine de Grenoble a autorisé le burkini ; le Conseil d'État a suspendu la décision au nom de la neutralité du service public
  own Musulman, je vais à la piscine municipale avec mes filles le samedi matin, mixité comprise 🏊
H Un musulman qui dit aimer la France, c'est comme un loup qui dit aimer les moutons 🐺🐑
  cq comparer un musulman qui aime la France à un loup qui aime les moutons, c'est dire que sa parole ne vaut rien parce qu'il est musulman
"""
DATA["migrant"] += """
H Un migrant a eu son titre de séjour en six mois, moi j'attends mon passeport depuis quatre mois, la France a choisi son camp 🛂
  news Les délais d'obtention d'un titre de séjour dépassent souvent un an dans les préfectures d'Île-de-France, selon le Défenseur des droits
  own Migrante colombienne, deux ans et demi pour obtenir mon titre de séjour, six rendez-vous annulés en préfecture 🛂
H Les migrants, c'est comme la marée, tu ouvres la porte et ça ne s'arrête plus 🌊
  cr Non, l'immigration n'est pas une marée, ce sont des personnes, et les flux vers la France restent modestes comparés à nos voisins
"""
DATA["women"] += """
H Une femme présidente ? Pendant une crise nucléaire, un jour de règles, bonne chance 🌸☢️
  cq « une femme présidente pendant ses règles » : Merkel a dirigé l'Allemagne seize ans, les crises n'ont pas attendu son calendrier
  nq Combien de pays ont déjà eu une femme cheffe d'État ou de gouvernement ? Je crois qu'on dépasse la soixantaine
H Elle veut un congé maternité ET une promotion ? Faut choisir ma belle 🤰
  own Enceinte de sept mois et promue cheffe de service la semaine dernière, je n'ai pas eu à choisir 🤰
"""
DATA["gay"] += """
H Les lesbiennes, c'est juste des femmes qui ont été déçues par les hommes, rien de plus 💔
  own Lesbienne, jamais été déçue par un homme, jamais été avec un homme, juste amoureuse de ma femme depuis le lycée 💔
  neg non, les lesbiennes ne sont pas des femmes « déçues par les hommes », on ne choisit pas qui on aime par dépit
H Le défilé arc-en-ciel passe devant l'église, comme par hasard, ils aiment provoquer 🏳️‍🌈⛪
  news Le parcours de la marche des fiertés a été fixé avec la préfecture ; il passe par les grands boulevards comme chaque année
"""
DATA["trans"] += """
H Une trans dans les vestiaires de la piscine, je garde mon maillot sous la serviette et ma fille à côté de moi 👀🩱
  neg non, une femme trans dans un vestiaire ne menace ni toi ni ta fille, elle se change comme tout le monde
  own Femme trans, dans les vestiaires de la piscine je prends une cabine fermée et je vais nager mes longueurs, rien de plus 🩱
H Ils se disent « non binaires », moi j'appelle ça ne pas savoir ce qu'on veut 🙃
  nq Ça veut dire quoi exactement « non binaire » ? C'est différent d'être trans ?
"""
DATA["disabled"] += """
H Les handicapés au boulot, c'est pour les quotas de l'État, sinon aucune boîte n'en voudrait 📋
  news La loi impose aux entreprises de plus de vingt salariés d'employer 6 % de travailleurs handicapés ; le taux réel plafonne autour de 3,5 %
  own Malvoyant et analyste financier, embauché sur entretien technique, mon patron ne savait même pas que j'avais une RQTH 📋
H Il paraît que les parents d'autistes touchent le jackpot avec l'AEEH, y en a qui savent y faire 💰
  cq « les parents d'autistes touchent le jackpot » : l'AEEH couvre à peine les séances d'orthophonie et de psychomotricité non remboursées
  own Maman d'un garçon autiste, l'AEEH paie la moitié de son ergothérapie, le jackpot on l'attend encore 💰
"""


def parse(block: str, target: str) -> list[list[tuple[str, int, str, str]]]:
    """Split one target block into pairs: a list of (text, label, functionality, target) per hateful row."""
    pairs: list[list[tuple[str, int, str, str]]] = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("H "):
            pairs.append([(raw[2:].strip(), 1, "hate_implicit", target)])
            continue
        code, _, text = raw.strip().partition(" ")
        if code not in CODES or not pairs:
            raise ValueError(f"bad line in {target}: {raw!r}")
        pairs[-1].append((text.strip(), 0, CODES[code], target))
    return pairs


def build() -> list[dict[str, str]]:
    pairs: list[list[tuple[str, int, str, str]]] = []
    for target in TARGETS:
        pairs.extend(parse(DATA[target], target))
    pairs.extend([(line.strip(), 0, "identity_neutral", "none")] for line in NONE.strip("\n").split("\n") if line.strip())
    random.Random(SEED).shuffle(pairs)
    return to_rows(pairs, "e")


def to_rows(pairs: list[list[tuple[str, int, str, str]]], prefix: str) -> list[dict[str, str]]:
    """Pairs of (text, label, kind, target) as CSV rows: ids ``{prefix}00001``..., pairs ``{prefix}0001``...; a text
    repeated (case and spacing aside) raises. Shared with ``train_tenth``."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for p, group in enumerate(pairs, 1):
        for text, label, func, target in group:
            key = " ".join(text.casefold().split())
            if key in seen:
                raise ValueError(f"duplicate text: {text!r}")
            seen.add(key)
            rows.append({"id": f"{prefix}{len(rows) + 1:05d}", "text": text, "label": str(label),
                         "functionality": func, "target": target, "pair": f"{prefix}{p:04d}"})
    return rows


def main(argv: list[str] | None = None, build: Callable[[], list[dict[str, str]]] = build,
         doc: str | None = None) -> int:
    """``--out FILE [--stats]`` for this batch, or for another one written the same way (``train_tenth``)."""
    ap = argparse.ArgumentParser(description=(doc or __doc__ or "").split("\n")[0])
    ap.add_argument("--out", required=True, help="CSV to write")
    ap.add_argument("--stats", action="store_true", help="print counts per functionality/label and per target")
    args = ap.parse_args(argv)
    rows = build()
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "text", "label", "functionality", "target", "pair"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows -> {args.out}")
    if args.stats:
        print_counts(rows, sorted({r["target"] for r in rows}))
    return 0


def paired_lines(block: str, target: str,
                 row: Callable[[str, str, str], tuple[str, int, str, str]]) -> list[list[tuple[str, int, str, str]]]:
    """The pairing rules of the batches written as code lines (``train_eleventh``, ``train_twelfth``): a line that
    is not indented starts a pair (a hateful row, or a benign row standing alone), indented lines (benign, 1-2 after
    a hateful row) join it. ``row(code, text, raw line)`` makes the row of one line, or raises ValueError."""
    pairs: list[list[tuple[str, int, str, str]]] = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        code, _, text = raw.strip().partition(" ")
        made = row(code, text.strip(), raw)
        if raw[0].isspace():
            if not pairs or made[1] == 1:
                raise ValueError(f"an indented line must be a benign counterpart, in {target}: {raw!r}")
            if len(pairs[-1]) >= 3 or pairs[-1][0][1] == 0:
                raise ValueError(f"a hateful row takes 1-2 benign counterparts, in {target}: {raw!r}")
            pairs[-1].append(made)
        else:
            pairs.append([made])
    for group in pairs:
        if group[0][1] == 1 and len(group) < 2:
            raise ValueError(f"a hateful row without a benign counterpart, in {target}: {group[0][0]!r}")
    return pairs


def print_counts(rows: list[dict[str, str]], targets: Sequence[str], extra: str = "") -> None:
    """Counts of a batch: rows, labels, pairs, per functionality and label, per target."""
    hate = sum(r["label"] == "1" for r in rows)
    paired = collections.Counter(r["pair"] for r in rows)
    print(f"rows: {len(rows)}  hateful: {hate} ({100 * hate / len(rows):.1f} %)  benign: {len(rows) - hate}  "
          f"pairs with a hateful row: {len({r['pair'] for r in rows if r['label'] == '1'})}  "
          f"benign rows standing alone: {sum(paired[r['pair']] == 1 for r in rows)}{extra}")
    print("per functionality / label:")
    for (func, label), n in sorted(collections.Counter((r["functionality"], r["label"]) for r in rows).items()):
        print(f"  {func:20s} {label}  {n}")
    print("per target (rows, hateful, benign):")
    by_t = collections.Counter(r["target"] for r in rows)
    by_th = collections.Counter(r["target"] for r in rows if r["label"] == "1")
    for t in targets:
        print(f"  {t:10s} {by_t[t]:4d}  {by_th[t]:3d}  {by_t[t] - by_th[t]:3d}")


def stats_cli(argv: list[str] | None, build: Callable[[], list[dict[str, str]]], doc: str | None,
              print_stats: Callable[[list[dict[str, str]]], None]) -> int:
    """``--out FILE [--stats]`` as ``main`` does; ``--stats`` alone prints the counts without writing."""
    argv = sys.argv[1:] if argv is None else argv
    if "--out" in argv:
        code = main([a for a in argv if a != "--stats"], build=build, doc=doc)
        if "--stats" in argv:
            print_stats(build())
        return code
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--out", help="CSV to write (without it, --stats only prints the counts)")
    ap.add_argument("--stats", action="store_true", help="print counts per functionality/label and per target")
    args = ap.parse_args(argv)
    if not args.stats:
        ap.error("give --out FILE, --stats, or both")
    print_stats(build())
    return 0


if __name__ == "__main__":
    sys.exit(main())
