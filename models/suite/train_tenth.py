"""Tenth batch of training rows: FACTS of harm suffered by a protected group (benign) against hate that uses the same
words of harm to gloat over it, blame the victims, wish it back, deny or mock it, or justify it.

Why: the models flag plain facts of victimisation, discrimination or hardship as hate as soon as a group is named
next to words of harm (fleeing a war, police checks, lower pay, persecution, deportation...), and they miss the hateful
posts that take the very same words and turn them against the victims: gloating (« bien fait », a laughing emoji),
victim-blaming (« fallait pas traîner là »), wishing the harm back (« on devrait remettre ça »), denial and mockery
(« ils adorent jouer les victimes »), justification (« normal, elles bossent moins »). An earlier batch on this
(``train_ninth.py``) rendered a few frames over the targets and was too repetitive to teach it. Here every row is
written out in full, each in its own wording and situation: news headlines and ledes, figures and studies, history
(persecutions, deportations, slavery, colonisation, segregation, laws of the past, the AIDS years), first- and
third-person testimony, honest questions, solidarity and indignation, short tweets (``@USER``, hashtags, emoji, SMS
spelling) and longer posts. The group is named in many ways (« les personnes noires », « les exilés », « les femmes
trans », « les sourds »...).

How: each hateful row is paired (``pair``) with 1-2 benign rows on the SAME harm and the SAME target, so that the
label is carried by the stance and not by the topic or the group; a few benign rows stand alone (a fact with no
hateful twin). Many hateful rows carry no stock phrase at all: the hate lies in the meaning (blame, justification,
nostalgia for the harm). About thirty rows with target ``none`` use the same words of harm about no protected group
(floods, underpaid workers, police checks at a stadium, gloating over a broken speed camera). No frame is rendered
over several targets: no two rows differ only by the group they name.

Written on 2026-12-06 by a helper session, by hand from general knowledge, without opening any evaluation file
(``eval*.csv``, ``make_eval*.py``), ``train_ninth.py`` or any outside dataset; figures are hedged or approximate and no
label depends on them. Kept apart with ``check_apart.py --train`` (see models/suite/README.md).

Usage: ``python3 models/suite/train_tenth.py --out /tmp/tenth.csv [--stats]``. Columns
``id,text,label,functionality,target,pair`` (ids ``d00001``..., pairs ``d0001``...). Deterministic: the order of the
pairs is shuffled with a seeded ``random.Random``; a duplicate text raises.

Data format below, one block per target. A line that is NOT indented starts a new pair; the indented lines that
follow join that pair. Each line is ``<code> <text>``. Hateful codes (label 1): ``op`` hate_opinion, ``imp``
hate_implicit, ``q`` hate_question, ``norm`` threat_normative, ``der`` derogation, ``deh`` dehumanisation, ``npr``
negated_praise. Benign codes (label 0): ``neu`` identity_neutral, ``pos`` identity_positive, ``news`` news_report,
``nq`` neutral_question, ``cq`` counter_quote, ``cr`` counter_reference, ``neg`` negated_hate, ``own`` own_identity.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # train_eighth, run as a script or imported by make_train
import train_eighth  # noqa: E402
from train_eighth import to_rows  # noqa: E402

SEED = 20261206

TARGETS = ("black", "arab", "asian", "roma", "migrant", "jewish", "muslim", "women", "gay", "trans", "disabled")

HATE_CODES = {
    "op": "hate_opinion",
    "imp": "hate_implicit",
    "q": "hate_question",
    "norm": "threat_normative",
    "der": "derogation",
    "deh": "dehumanisation",
    "npr": "negated_praise",
}

BENIGN_CODES = train_eighth.CODES  # the same eight benign codes as the eighth batch

DATA: dict[str, str] = {}

DATA["migrant"] = """
imp Encore un zodiac retourné au large de Lampedusa. Je vais pas faire semblant d'être triste, ça en fera moins à loger 🤷
  news Au moins quarante personnes exilées sont mortes dans le naufrage de leur embarcation au large de Lampedusa, selon le HCR
  cr Chaque naufrage en Méditerranée, on annonce les morts comme la météo. C'étaient des gens, avec des prénoms et des familles
op @USER personne ne les a forcés à monter sur un canot pourri. Ils connaissaient le risque en payant le passeur, qu'ils assument
  nq @USER pourquoi des familles entières montent-elles sur des canots surchargés alors qu'elles savent que la traversée peut les tuer ?
  neu Les passeurs font payer plusieurs milliers d'euros une place sur des pneumatiques prévus pour moitié moins de passagers
norm Lacérer les tentes à Calais, c'est la seule politique qui marche. Il faudrait y aller tous les matins, et sans prévenir
  news À Calais, des associations accusent les forces de l'ordre de lacérer les tentes des exilés lors des évacuations quasi quotidiennes
  own Soudanais, à Calais depuis deux mois. Cette semaine la police a pris trois fois ma tente et mon sac de couchage
imp Ils fuient les bombes, qu'ils disaient. Avec l'iPhone dernier cri et les Nike neuves aux pieds 😂
  cq « ils ont des iPhone donc ils ne fuient rien » : le téléphone c'est le GPS de la traversée et le seul lien avec la famille, pas un signe de richesse
  neu Pour beaucoup d'exilés, le smartphone est l'objet le plus précieux : les photos, les papiers scannés et les numéros des proches restés au pays
op Que les sans-papiers touchent trois euros de l'heure sur les chantiers, c'est déjà trop payé pour des gens qui n'ont rien à faire ici
  news Un entrepreneur du BTP condamné pour avoir employé une vingtaine de sans-papiers à trois euros de l'heure sur des chantiers de l'Essonne
  own Sans-papiers, j'ai coulé du béton deux ans pour un patron qui me payait en liquide quand il voulait. Jamais vu une fiche de paie
imp Le futur centre d'accueil du village a brûlé cette nuit. Comme quoi il reste des gens courageux dans ce pays 🔥
  news Un incendie d'origine criminelle a ravagé le futur centre d'accueil pour demandeurs d'asile d'une commune de Loire-Atlantique, selon les enquêteurs
  cr Mettre le feu à un centre pour demandeurs d'asile avant que quiconque y dorme, c'est de l'intimidation pure. Le maire a raison de porter plainte
imp On les loge, on les nourrit, on les soigne, et il faudrait encore pleurer parce que la préfecture les fait attendre ? Pauvres chéris 🥺
  news Selon la Cimade, il faut parfois plus d'un an pour décrocher un simple rendez-vous en préfecture afin de renouveler un titre de séjour
  own Réfugiée afghane, j'ai perdu mon CDD parce que mon récépissé avait expiré avant le rendez-vous que la préfecture m'avait donné
q Des mineurs isolés qui dorment sous les ponts de Paris ? Et qui les a invités, au juste ?
  news Plusieurs centaines de mineurs non accompagnés dorment le long de la Seine faute de place à l'aide sociale à l'enfance, alertent les associations
  nq Qui doit héberger un mineur étranger isolé en attendant qu'on évalue son âge, l'État ou le département ?
norm Rétention, avion, et on recommence. Les charters des années 80, il faudrait les remettre en service, en plus gros #remigration
  news Le contrôleur général des lieux de privation de liberté dénonce la surpopulation et la présence d'enfants dans les centres de rétention administrative
op Marchands de sommeil, tu parles. Chez eux ils dormaient à dix dans une pièce, ici ils ont un matelas au sec et ils râlent encore
  news Un marchand de sommeil condamné à Saint-Denis : il louait à des travailleurs immigrés des caves sans fenêtre, 400 euros le matelas
  own Arrivé du Mali en 2011, j'ai vécu trois ans dans un foyer de travailleurs, huit par chambre et une seule cuisine pour tout l'étage
imp Un Érythréen retrouvé mort de froid sous la bretelle de l'A16. Bon, un de moins à nourrir, on passe à autre chose
  news Un jeune Érythréen retrouvé sans vie près de l'autoroute A16 ; les associations réclament l'ouverture d'abris pendant la vague de froid
op Le racisme contre les étrangers n'existe pas, on a juste le droit de ne pas vouloir d'eux chez nous. Séchez vos larmes
  cr Des tests sur des milliers de CV montrent qu'un nom à consonance étrangère reçoit nettement moins de réponses. Le dire, ce n'est pas « pleurer »
imp La bénévole qui distribuait des repas aux clandestins s'est fait harceler en ligne ? Elle n'avait qu'à pas les nourrir 🤷‍♂️
  news Une bénévole qui distribue des repas aux exilés dans le Calaisis a reçu des centaines de messages menaçants après un reportage télévisé
op L'AME pour des étrangers en situation irrégulière, c'est du vol. Qu'on les laisse à la porte des urgences, ce n'est pas mon problème
  news Un rapport parlementaire estime que l'aide médicale d'État évite aussi des épidémies et des passages aux urgences bien plus coûteux
  nq L'AME, ça couvre quoi exactement pour une personne sans papiers ? Les soins dentaires sont inclus ?
imp Les réfugiés espagnols parqués sur la plage d'Argelès en 39… au moins à l'époque on savait recevoir 😏
  neu En février 1939, près d'un demi-million de républicains espagnols ont franchi les Pyrénées ; beaucoup ont été internés dans des camps sur les plages d'Argelès et de Saint-Cyprien
  own Mon grand-père a passé trois mois dans le camp d'Argelès en 1939, il dormait dans un trou creusé dans le sable pour se protéger du vent
imp Le demandeur d'asile tabassé près de la gare, faudrait voir aussi ce qu'il foutait à traîner là à minuit
  news Un demandeur d'asile soudanais frappé à coups de barre de fer près de la gare de Béziers ; deux hommes placés en garde à vue
  pos Tout mon soutien à l'homme agressé à la gare de Béziers et aux bénévoles qui l'ont accompagné à l'hôpital 🙏
op Un maire qui refuse la cantine aux enfants de migrants ? Enfin un élu qui a du bon sens 👏
  news Le tribunal administratif a annulé la décision d'un maire qui refusait d'inscrire à l'école des enfants hébergés en hôtel social
  own Ma fille a attendu cinq mois pour entrer à l'école parce que la mairie réclamait un justificatif de domicile qu'on ne pouvait pas fournir
q Les saisonniers étrangers qui dorment dans des conteneurs pendant les vendanges, ils sont nourris et logés, de quoi ils se plaignent au juste ?
  news Vendanges en Champagne : enquête ouverte après la mort de quatre saisonniers étrangers, logés dans des conditions jugées indignes par l'inspection du travail
imp Traumatisés par la traversée, qu'ils disent. Mais pas assez traumatisés pour réclamer un logement et la CMU 😂
  neu Beaucoup de personnes exilées souffrent de stress post-traumatique après la Libye et la Méditerranée, mais les consultations de psychologue restent rares
op Frontières fermées et bateaux qui coulent : voilà le message à envoyer, après plus personne ne tentera le coup
  cr Laisser couler des bateaux pour « envoyer un message », c'est se servir de la mort de gens comme d'un outil politique
der Ces parasites pleurnichent parce qu'on démonte leur campement, qu'ils retournent dans leur bled
  news Le campement de la porte de la Chapelle, où vivaient environ 1 200 exilés, a été démantelé ce matin ; 600 places d'hébergement ont été proposées
q Discriminés à l'embauche, les réfugiés ? Ils baragouinent trois mots de français et on devrait les embaucher avant nos jeunes ?
  own Réfugié syrien, ingénieur à Alep, j'ai appris le français en un an et je suis plongeur dans un restaurant parce que mon diplôme n'est pas reconnu
  nq Comment fonctionne la reconnaissance des diplômes étrangers pour les réfugiés, c'est ENIC-NARIC qui s'en charge ?
news Le HCR estime à plus de 120 millions le nombre de personnes déracinées dans le monde par les guerres et les persécutions, un record
neu La plupart des réfugiés vivent dans un pays voisin du leur, pas en Europe : la Turquie, l'Iran, la Colombie ou l'Ouganda en accueillent des millions
pos Soutien aux bénévoles d'@USER qui passent leurs nuits à distribuer des couvertures sur le littoral 💙 #solidaritéexilés
own Arrivée en France à 14 ans après des mois en Libye, j'ai mis des années à pouvoir raconter ce que j'y ai vécu. Aujourd'hui je suis aide-soignante
neu jsuis passé porte d'Aubervilliers ce matin, ya des familles avec des bébés qui dorment sur le trottoir sous la pluie, ça m'a retourné 😔
"""

DATA["black"] = """
imp Un jeune Noir contrôlé trois fois dans la semaine ? La police sait où regarder, c'est tout 👮
  news Selon le Défenseur des droits, un jeune homme perçu comme noir ou arabe a environ vingt fois plus de risques d'être contrôlé par la police
  own @USER 17 ans, noir, contrôlé 4 fois ce mois-ci en rentrant du lycée, et toujours la même question : « t'as quoi dans ton sac »
imp Les cris de singe au stade hier soir 🐒😂 enfin une ambiance digne de ce nom
  news Match interrompu vingt minutes après des cris de singe visant un défenseur ; la commission de discipline de la Ligue a ouvert une enquête
  cr Des cris de singe contre un joueur noir en 2026, et l'arbitre qui attend dix minutes avant d'arrêter le match. La honte
op @USER ils voient du racisme partout dès qu'une agence leur refuse un appart, faut arrêter cette victimisation permanente
  own Ma mère a appelé pour un T3 à Lyon, on lui a dit qu'il était loué. Ma collègue blanche a appelé dix minutes après : visite le lendemain
  news Une opération de testing dans plusieurs villes montre qu'un candidat au nom africain obtient deux fois moins de visites d'appartement
q L'esclavage, ça fait presque deux siècles. Ils vont nous le ressortir encore combien de temps pour toucher des subventions ?
  neu L'esclavage a été aboli une première fois en 1794, rétabli par Napoléon en 1802, puis définitivement aboli en 1848 dans les colonies françaises
  nq Pourquoi c'est le 10 mai, la journée nationale des mémoires de la traite et de l'esclavage ?
imp Le Code noir avait au moins le mérite de la clarté : chacun à sa place 😏
  neu Promulgué en 1685, le Code noir réglementait l'esclavage dans les colonies françaises et faisait des esclaves des biens meubles
  cq Quand quelqu'un dit que le Code noir « avait le mérite de la clarté », rappelez-lui qu'il prévoyait de couper les oreilles de l'esclave en fuite
imp Encore un petit Black plaqué au sol par la BAC. Il avait qu'à obéir, la prochaine fois il réfléchira 👊
  news Un homme noir de 24 ans hospitalisé après son interpellation ; l'IGPN a été saisie et une vidéo de la scène circule sur les réseaux
  own Mon petit frère a été plaqué ventre à terre devant notre immeuble pour un contrôle. Il avait juste oublié sa carte d'identité #violencespolicières
op Les Afro-descendants et leur « racisme systémique » : c'est quoi la prochaine excuse pour les mauvaises notes ?
  news À résultats scolaires égaux, les élèves d'origine subsaharienne sont plus souvent orientés vers la voie professionnelle, selon une étude de l'INED
  own Au collège, la conseillère d'orientation voulait m'envoyer en CAP alors que j'avais 15 de moyenne. Aujourd'hui je suis avocat
imp Les médecins qui ne croient pas à la douleur des patients africains, faut les comprendre, ils sont plus résistants que nous ces gens-là 😂
  neu Le « syndrome méditerranéen », préjugé selon lequel les patients noirs ou maghrébins exagèrent leur douleur, a été pointé après plusieurs décès aux urgences
  own Aux urgences j'ai attendu six heures avec une appendicite. L'infirmière répétait que « chez vous on est douillet »
op La colonisation leur a laissé des routes, des écoles et des hôpitaux, ils devraient dire merci au lieu de pleurer
  news Le massacre de Thiaroye, où des tirailleurs sénégalais qui réclamaient leur solde ont été tués par l'armée française en 1944, reste mal connu en France
  cr La colonisation, ce n'est pas « des routes et des hôpitaux » : c'est aussi le travail forcé, le Code de l'indigénat et des massacres comme Thiaroye
imp La journaliste noire qui se plaint du harcèlement sur X, elle l'a bien cherché avec ses sujets sur le racisme, qu'elle assume 🤷‍♂️
  news Une journaliste afro-descendante a reçu plus de 3 000 messages racistes après un reportage sur les discriminations ; elle a porté plainte
  pos Soutien total à @USER. Personne ne devrait recevoir des menaces de mort pour avoir fait son travail de journaliste 🖤
imp Les zoos humains de l'Exposition coloniale, honnêtement je comprends le concept, ça faisait venir du monde 😂
  neu Lors de l'Exposition coloniale de 1931 à Paris, des Kanaks et des Africains ont été exhibés dans des enclos devant des millions de visiteurs
op Moins d'entretiens pour les candidats noirs, rien d'anormal, les recruteurs savent à quoi s'attendre
  news À CV identique, un candidat prénommé Mamadou reçoit environ un tiers de réponses positives en moins qu'un candidat prénommé Julien, selon un testing
  own J'ai remplacé Moussa par Marc sur mon CV. Trois entretiens en une semaine, contre zéro en six mois
norm La ségrégation américaine avait du bon : chacun son bus, chacun son école. On devrait s'en inspirer ici
  neu Rosa Parks a été arrêtée en 1955 pour avoir refusé de céder sa place à un passager blanc dans un bus de Montgomery
  nq Jusqu'à quelle année la ségrégation était-elle légale dans les écoles du sud des États-Unis ?
imp Licenciée à cause de ses tresses, la pauvre 😭 fallait venir coiffée comme une employée normale
  news L'Assemblée a adopté en première lecture un texte contre les discriminations liées à la coiffure, après des témoignages de femmes noires sommées de lisser leurs cheveux
  own En entretien on m'a dit que mes locks « ne faisaient pas professionnel ». J'ai été prise ailleurs, en locks
op Contrôles au faciès, violences policières, discriminations : ils ont tout un catalogue de plaintes, mais pour bosser il n'y a plus personne
  cq « tout un catalogue de plaintes » : oui, parce que les faits s'accumulent. La Cour de cassation a condamné l'État pour des contrôles discriminatoires
q Pourquoi on devrait s'excuser pour la traite négrière alors qu'ils se vendaient entre eux ?
  nq Quel rôle ont joué les royaumes africains dans la traite atlantique ? J'aimerais lire un historien sérieux là-dessus, pas des slogans
  neu Des royaumes côtiers ont participé à la traite, mais ce sont les puissances européennes qui ont organisé le commerce triangulaire et déporté plus de 12 millions d'Africains
op Le vigile qui a cogné le gamin noir dans le supermarché mérite une médaille 🏅
  news Un vigile de supermarché mis en examen pour violences après avoir frappé un adolescent noir soupçonné à tort de vol
norm Il faudrait rouvrir les colonies et les remettre au travail comme avant, ça leur apprendrait l'effort
  neu Le travail forcé dans les colonies françaises d'Afrique n'a été aboli qu'en 1946, par la loi Houphouët-Boigny
der « On me suit dans les magasins parce que je suis noir » 🥱 ou parce que t'as une tête de voleur, t'y as pensé ?
  own Dans les magasins de vêtements, le vigile me suit de rayon en rayon. Mon pote blanc, jamais. On a fait le test plusieurs fois
npr Les Noirs n'ont jamais rien bâti par eux-mêmes, alors qu'ils arrêtent de réclamer réparation pour l'esclavage
  news Des historiens ont remis un rapport sur la question des réparations pour l'esclavage, comme l'a fait la Caricom pour les Caraïbes
imp Oh non, un Antillais qui a galéré pour louer un studio à Paris, quel drame, j'en pleure 😢😂
  own Antillaise, née à Pointe-à-Pitre, on m'a déjà demandé lors d'une visite d'appartement si je « parlais bien français »
imp Les Antillais empoisonnés au chlordécone, bon, c'est pas comme si ça changeait grand-chose là-bas 🍌
  news Plus de 90 % des Antillais ont du chlordécone dans le sang, un pesticide autorisé dans les bananeraies jusqu'en 1993 malgré sa toxicité connue
  nq Pourquoi le chlordécone a-t-il été autorisé plus longtemps aux Antilles qu'en métropole ?
cr C'est une honte qu'en 2026 des parents noirs doivent encore expliquer à leurs fils comment se tenir pendant un contrôle de police
neu mon daron m'a raconté qu'en 85 on lui refusait l'entrée des boîtes à Strasbourg pcq il était noir. et ça continue 😤
pos Merci aux associations qui accompagnent devant les tribunaux les victimes de contrôles au faciès ✊🏿
"""

DATA["arab"] = """
imp Le 17 octobre 1961, la Seine a fait du bon boulot, on devrait en parler plus souvent 🌊😏
  neu Le 17 octobre 1961, des dizaines d'Algériens qui manifestaient pacifiquement à Paris ont été tués par la police, certains jetés dans la Seine
  nq Pourquoi le massacre du 17 octobre 1961 a-t-il été si peu enseigné à l'école jusqu'aux années 2000 ?
norm Les ratonnades de Marseille en 73 remettaient les choses à leur place. Dommage que plus personne n'ose
  neu À l'été 1973, une série de meurtres racistes a visé des travailleurs algériens à Marseille et dans sa région, dans une quasi-indifférence
imp Refoulé de la boîte avec ses potes rebeus ? Le videur a juste protégé sa clientèle, rien de plus 🤷
  own Samedi soir, refoulé à l'entrée d'une boîte à Lyon avec mes deux cousins, « soirée privée ». Nos collègues blancs sont entrés juste derrière
  news Un établissement de nuit condamné pour discrimination après un testing montrant que les clients d'origine maghrébine étaient systématiquement refoulés
op Les Maghrébins et leur discrimination à l'embauche… vu comment ils se tiennent en entretien, pas besoin de chercher plus loin
  news Les candidats au nom maghrébin doivent envoyer bien plus de CV que les autres pour décrocher un entretien, selon une vaste étude portant sur des milliers d'offres
  own Master de finance, bilingue, et un recruteur m'a dit « on cherche quelqu'un qui présente bien » en fixant mon nom sur le CV
op La torture en Algérie, c'était la guerre. Et avec ces gens-là, il n'y avait pas d'autre méthode
  neu Le général Aussaresses a reconnu dans ses mémoires le recours systématique à la torture pendant la bataille d'Alger en 1957
  cq « avec ces gens-là il n'y avait pas d'autre méthode » : c'est l'argument qui a servi à justifier la gégène, et il est indéfendable
imp Un Algérien meurt en garde à vue et on va encore se taper trois semaines de manifs pour un délinquant
  news Un homme d'origine algérienne mort pendant sa garde à vue ; sa famille demande une contre-autopsie et une enquête indépendante
imp Les harkis enfermés des années dans des camps en France, au moins on ne les a pas laissés se mélanger, c'était sage 😏
  news L'État a reconnu officiellement sa responsabilité dans l'accueil indigne des harkis, parqués pendant des années dans des camps comme celui de Rivesaltes
  own Petite-fille de harki, ma grand-mère a vécu douze ans dans un hameau de forestage sans eau chaude
op L'agence qui écarte les dossiers au nom arabe a raison, le propriétaire veut récupérer son appartement en bon état
  neu Ma mère s'appelle Fatima, trente ans d'ancienneté à l'hôpital, CDI, garant, et trois agences lui ont répondu « c'est déjà pris » au téléphone
imp Le resto du Marocain cassé et tagué « rentre chez toi » cette nuit. Message reçu, j'espère 😂
  news La vitrine d'un restaurant tenu par un couple marocain brisée et couverte d'inscriptions racistes à Perpignan ; le parquet a ouvert une enquête
  pos Toute la rue est venue aider Karim à nettoyer sa vitrine taguée ce matin. On est avec toi ❤️
imp « J'ai été contrôlé parce que je suis arabe » bah oui, capuche et sacoche, c'est de la statistique mon grand 📊
  cq « c'est de la statistique » : non, la Cour de cassation a jugé que contrôler quelqu'un sur son apparence d'origine est discriminatoire, statistique ou pas
imp La candidate de téléréalité d'origine algérienne harcelée sur Insta, elle joue les martyres pour faire le buzz, classique
  news Une candidate de téléréalité d'origine algérienne dénonce une vague de messages racistes et porte plainte contre une cinquantaine de comptes
q Pourquoi on s'excuserait pour Sétif ? Ils ont eu ce qu'ils cherchaient, ceux-là, non ?
  neu Le 8 mai 1945, des manifestations à Sétif et Guelma ont été suivies d'une répression qui a fait des milliers de morts algériens, selon les historiens
  nq Combien de morts a fait la répression de Sétif et Guelma en 1945 ? Les chiffres varient énormément selon les sources
op Une prof qui lance « retourne au bled » à un élève, elle a dit ce que tout le monde pense, on ne va pas la virer pour ça
  news Une enseignante suspendue après avoir lancé « retourne dans ton pays » à un élève de quatrième d'origine tunisienne
  own En CM2, la maîtresse m'appelait Mohamed alors que je m'appelle Mehdi. Toute l'année. J'ai compris bien plus tard pourquoi
op Le racisme anti-arabe est un mot inventé pour qu'on ferme nos gueules. Aucune discrimination en France, juste des gens qui ne font pas d'effort
  neu Selon l'enquête Trajectoires et Origines, les descendants d'immigrés maghrébins déclarent deux à trois fois plus de discriminations que la population majoritaire
norm Les bidonvilles de Nanterre dans les années 60, voilà où il aurait fallu les laisser 🏚️
  neu Dans les années 60, des milliers de travailleurs algériens et leurs familles vivaient dans le bidonville de la Folie à Nanterre, sans eau courante
  own Mon père est arrivé de Kabylie en 1962, il a vécu sept ans au bidonville de Nanterre avant d'avoir un logement en cité de transit
op Payés moins que les autres sur les chantiers ? Les Arabes devraient déjà être contents qu'on les embauche
  own Mon oncle a fait quarante ans de BTP, toujours manœuvre, jamais chef d'équipe, alors que c'était lui qui formait les petits nouveaux
imp Un jeune Maghrébin mort après une course-poursuite avec la police. Franchement ça ne m'empêchera pas de dormir
  news Un adolescent d'origine maghrébine tué après un refus d'obtempérer ; le policier auteur du tir a été mis en examen pour homicide volontaire
  cr Un gamin de 17 ans meurt lors d'un contrôle et des comptes commentent « un de moins ». Il y a un problème grave dans ce pays
op Les Arabes passent leur vie à dire qu'on les discrimine mais ils font tout pour rester entre eux, faudrait savoir 🙄
  neg Non, les Français d'origine maghrébine ne « refusent pas de s'intégrer » : la plupart sont nés ici, bossent ici, et subissent quand même des discriminations
norm Ratisser quartier par quartier comme à Alger en 57, voilà ce qu'il faudrait pour nos banlieues
  nq C'était quoi exactement les « ratissages » pendant la guerre d'Algérie ? Mon grand-père en parlait sans jamais entrer dans les détails
imp Un Algérien de 60 ans expulsé alors que toute sa famille vit ici, ça me met de bonne humeur pour la journée ☀️
  news Un Algérien de 60 ans, arrivé en France à l'âge de huit ans, expulsé malgré ses enfants et petits-enfants français ; la Cimade dénonce une décision inhumaine
op La guerre d'Algérie, tout le monde a souffert. Qu'ils arrêtent de venir mendier des excuses à chaque anniversaire, c'est devenu leur gagne-pain
  cr Reconnaître les crimes commis pendant la guerre d'Algérie, ce n'est pas de la repentance, c'est de l'histoire, et les familles y ont droit
der Les bicots se plaignent des contrôles au faciès ? Qu'ils rentrent chez eux, problème réglé
  news La Cour de cassation a condamné l'État pour faute lourde dans plusieurs affaires de contrôles d'identité discriminatoires visant des jeunes hommes arabes et noirs
news À diplôme égal, les descendants d'immigrés maghrébins connaissent un taux de chômage nettement supérieur à la moyenne, selon l'Insee
own wsh jme suis fait contrôler 2 fois entre Châtelet et Gare du Nord aujourd'hui, record perso battu 🙃 #faciès
"""

DATA["asian"] = """
op Les Asiatiques agressés pendant le Covid ? Fallait pas nous refiler leur virus, chacun récolte ce qu'il sème 🦠
  news Pendant la pandémie, de nombreux Français d'origine asiatique ont signalé insultes et agressions ; le hashtag #JeNeSuisPasUnVirus a recueilli des milliers de témoignages
  own Mars 2020, dans le métro, une dame a changé de wagon en me voyant et a lancé « virus » à sa copine. Je suis née à Créteil
imp Les Chinois d'Aubervilliers se font dépouiller ? Ils se baladent avec des liasses plein les poches, faut pas s'étonner 🤷
  news À Aubervilliers, la communauté chinoise a manifesté après la mort d'un couturier agressé dans la rue, en dénonçant des vols ciblés depuis des années
  cq « ils se baladent avec du cash, faut pas s'étonner » : c'est précisément le préjugé qui pousse les agresseurs à les viser, et qui a fini par tuer
op Les élèves chinois qui se plaignent qu'on imite leur accent feraient mieux d'apprendre à parler correctement 😂
  own Au collège, à chaque fois que je prenais la parole, un groupe faisait « tching tchong » au fond de la classe. La prof faisait semblant de ne rien entendre
imp Le harcèlement de rue contre les Asiatiques, faut reconnaître qu'elles aiment bien qu'on les remarque, ces petites 😏
  own Vietnamienne, je ne sors plus seule le soir à cause des « konnichiwa » et des remarques sur les « filles asiatiques dociles »
  news Une enquête associative révèle que la majorité des femmes d'origine asiatique interrogées ont déjà subi des remarques sexualisées liées à leur origine
imp Les travailleurs indochinois réquisitionnés en 1939, au moins à l'époque ils servaient à quelque chose
  neu En 1939, environ 20 000 travailleurs indochinois ont été amenés de force en France pour les poudreries, puis envoyés dans les rizières de Camargue
q Les Vietnamiennes exploitées dans les bars à ongles, ça fait des manucures pas chères pour nous, alors où est le problème ? 💅
  news Démantèlement d'un réseau qui exploitait des ressortissantes vietnamiennes dans des bars à ongles parisiens, payées quelques centaines d'euros par mois
op @USER racisme anti-asiatique, sérieusement ? C'est la communauté la plus riche de France, qu'ils arrêtent de jouer les opprimés
  neg @USER non, les Asiatiques de France ne sont pas « tous riches » : beaucoup de familles vivent de la confection ou de la restauration avec des horaires épuisants
  nq Pourquoi parle-t-on beaucoup moins du racisme anti-asiatique que des autres formes de racisme en France ?
imp Une grand-mère chinoise poussée dans l'escalier du métro à New York 😂 les Américains ont compris avant nous
  news À New York, une septuagénaire d'origine asiatique blessée après avoir été poussée dans l'escalier du métro ; la police enquête sur un crime de haine
norm Les camps pour les Japonais aux États-Unis pendant la guerre, une idée à ressortir pour les Chinois d'aujourd'hui
  neu Après Pearl Harbor, environ 120 000 personnes d'origine japonaise, en majorité des citoyens américains, ont été internées dans des camps aux États-Unis
  nq Les États-Unis ont-ils indemnisé les Américains d'origine japonaise internés pendant la Seconde Guerre mondiale ?
norm Les boat people, on aurait dû les laisser en mer. Et ceux qui arrivent aujourd'hui, pareil
  neu À la fin des années 70, la France a accueilli plus de 100 000 réfugiés du Vietnam, du Cambodge et du Laos, dont beaucoup de boat people
  own Mes parents sont arrivés en 1979 après onze jours sur un bateau de pêche. Ma mère ne supporte toujours pas l'odeur du poisson séché
imp La streameuse coréenne insultée en live, si elle voulait pas de commentaires sur ses yeux elle avait qu'à pas mettre la caméra 👀
  news Une streameuse d'origine coréenne a dû couper son live après une avalanche d'insultes racistes ; la plateforme annonce des bannissements
npr Le plafond de verre pour les cadres asiatiques ? Ils sont bons en calcul mais incapables de diriger une équipe, c'est du réalisme
  neu Très présents dans les écoles d'ingénieurs, les Français d'origine asiatique restent rares dans les comités de direction, un « plafond de bambou » selon certains chercheurs
imp Le traiteur chinois qui a fermé après les rumeurs sur le chat dans les nems, bon débarras 🐈😂
  news Un restaurateur chinois de Bordeaux porte plainte après une rumeur en ligne l'accusant de servir de la viande de chat ; l'inspection sanitaire n'a rien trouvé
imp Les Khmers rouges, au moins ça a réglé la surpopulation là-bas 😂
  neu Entre 1975 et 1979, le régime khmer rouge a causé la mort d'environ 1,7 million de Cambodgiens, près d'un quart de la population
  own Ma grand-mère a survécu aux camps de travail khmers rouges. Elle a perdu ses trois frères et n'en a parlé qu'une seule fois
q Porter plainte pour des blagues sur les yeux bridés ? Ils n'ont vraiment aucun humour, ces gens-là ?
  cr Les « blagues » sur les yeux bridés, ce n'est plus de l'humour quand on les entend depuis la maternelle, c'est du harcèlement
op Les travailleurs chinois de 14-18, on les faisait creuser les tranchées et on les renvoyait après : voilà une immigration intelligente
  neu Pendant la Première Guerre mondiale, environ 140 000 travailleurs chinois ont été recrutés par la France et le Royaume-Uni ; beaucoup sont morts en déminant les champs de bataille
op Une Chinoise qui se fait arracher son sac à Belleville, à force de ne jamais porter plainte ils deviennent des cibles faciles, c'est leur faute
  own Ma mère s'est fait arracher son sac deux fois à Belleville. Au commissariat on lui a dit que c'était « courant chez vous »
imp « Je ne suis pas un virus » 🙄 ils nous ont saoulés deux ans avec leur slogan
  pos Le collectif derrière #JeNeSuisPasUnVirus a fait un travail énorme pour recenser les agressions anti-asiatiques pendant le Covid, merci à elles et eux 🙏
imp Des gamins asiatiques harcelés à l'école, c'est toujours les premiers de la classe, forcément ça énerve les autres, c'est humain
  nq Comment réagir quand mon fils, d'origine vietnamienne, se fait appeler « le Chinois » toute la journée à l'école ? Le CPE dit que c'est pour rire
der Ces bridés chialent pour trois vannes, qu'ils retournent bouffer du chien chez eux 🐕
  neg Non, les Asiatiques ne mangent pas « du chien », et ressortir ça à chaque conversation, c'est juste humiliant
op Des médecins qui refusaient les patients asiatiques au début de l'épidémie, franchement je les comprends, c'était de la prudence
  news Au début de l'épidémie, plusieurs patients d'origine asiatique ont raconté avoir été refusés dans des cabinets médicaux « par précaution » ; l'Ordre des médecins a rappelé l'interdiction
imp Les Asiatiques, on les insulte, on les vole, et ils ne disent rien. C'est pour ça que c'est les meilleurs immigrés 😂
  neu Longtemps, les victimes d'origine asiatique ont peu porté plainte, par peur ou par méconnaissance ; les associations encouragent désormais les signalements
cr C'est une honte qu'une grand-mère ne puisse plus rentrer du marché à Aubervilliers sans se faire suivre pour son porte-monnaie
own mdr le mec m'a demandé si je comprenais le français alors que jsuis née à Lyon 🙃 #racismeordinaire
news Une collégienne d'origine cambodgienne harcelée sur un groupe de classe avec des montages sur ses yeux ; trois élèves exclus temporairement
"""

DATA["roma"] = """
imp Campement rom rasé au bulldozer ce matin avec leurs affaires dedans, meilleure nouvelle de la semaine 🚜🔥
  news À Montreuil, les affaires des familles roms ont été détruites par les engins avant qu'elles puissent les récupérer, dénonce la Ligue des droits de l'homme
  own Rom, j'ai vécu dix expulsions en six ans. À chaque fois mes enfants changent d'école et perdent leurs cahiers
norm Les Tsiganes internés en France jusqu'en 1946, c'était peut-être pas si bête. On devrait rouvrir Montreuil-Bellay
  neu Le camp de Montreuil-Bellay a interné des centaines de nomades, Tsiganes et forains de 1941 à 1945 ; la France n'a reconnu cet internement qu'en 2016
  nq Pourquoi les nomades internés en France pendant la guerre n'ont-ils été libérés qu'en 1946, bien après la Libération ?
op @USER le génocide des Roms ? Une invention récente pour nous culpabiliser, personne n'en parlait il y a trente ans
  neu Entre 250 000 et 500 000 Roms et Sinti ont été assassinés par les nazis et leurs alliés, un génocide appelé Samudaripen ou Porajmos
  cr @USER le 2 août, on commémore le génocide des Roms. Qu'on en parle peu ne veut pas dire qu'il n'a pas eu lieu
imp Les Roms attaqués à Bobigny après la rumeur des camionnettes blanches, il n'y a pas de fumée sans feu 🤷
  news En 2019, une fausse rumeur d'enlèvements d'enfants a provoqué des expéditions contre des Roms en Seine-Saint-Denis ; plusieurs agresseurs ont été condamnés
op Le maire refuse d'inscrire les petits Roms à l'école, il a raison, nos enfants n'ont pas à côtoyer ça
  news Un maire condamné pour avoir refusé la scolarisation d'enfants roms vivant sur sa commune, en violation du droit à l'éducation
  own Ma fille a été inscrite à l'école après huit mois de refus, la directrice avait peur des « réactions des parents »
imp Une aire d'accueil collée à l'usine chimique ? Parfait, c'est exactement leur place ☣️
  news Une étude recense de nombreuses aires d'accueil des gens du voyage installées près de déchetteries, de stations d'épuration ou de sites industriels classés
  own Voyageuse, notre aire est coincée entre la rocade et une usine d'incinération. Mon fils fait de l'asthme depuis ses trois ans
der Discriminés, les gitans ? Ils trafiquent, ils magouillent, et ils chouinent quand la banque leur refuse un compte, faut oser
  own Gitan, né à Perpignan, j'ai dû faire trois banques pour ouvrir un compte pro. La conseillère a vu mon adresse et a refermé le dossier
norm Le carnet anthropométrique pour les nomades, franchement on devrait revenir à ce genre de fichage
  neu De 1912 à 1969, les « nomades » devaient présenter un carnet anthropométrique avec empreintes et photos, visé à chaque arrivée dans une commune
imp Les femmes roms stérilisées de force en Tchécoslovaquie… il y a des idées qui n'étaient pas si mauvaises 😏
  news La République tchèque a décidé d'indemniser des femmes roms stérilisées sans leur consentement entre les années 70 et les années 2000
op Les Roms se disent persécutés mais ils sont partout dans le métro à tendre la main, drôle de persécution 🙄
  neu Selon les associations, la grande majorité des Roms vivant en bidonville en France travaillent ou cherchent un travail, la mendicité ne concerne qu'une minorité
imp Un bidonville rom incendié à Marseille et personne n'a rien vu. La nature fait bien les choses 🔥
  news À Marseille, des habitants ont chassé des familles roms de leur campement avant d'y mettre le feu ; une enquête est ouverte
  cr Qu'on puisse chasser des familles de leur abri et brûler leurs cabanes sans que ça fasse la une, ça dit tout du mépris pour les Roms
imp Esclaves en Roumanie jusqu'en 1856, les Roms ? Quelle époque bénie pour les Roumains 😂
  neu Dans les principautés de Moldavie et de Valachie, les Roms ont été réduits en esclavage pendant près de cinq siècles, jusqu'aux abolitions de 1855-1856
op Pas d'aire d'accueil dans la commune ? Tant mieux, qu'ils aillent salir ailleurs
  news Une commune sur trois ne respecte toujours pas ses obligations d'aires d'accueil pour les gens du voyage, selon la Cour des comptes
q Pourquoi la commune devrait leur trouver un terrain alors qu'ils ont choisi de vivre comme des bêtes ?
  nq Pourquoi certaines familles de voyageurs n'arrivent-elles pas à se sédentariser ? Les règles d'urbanisme sur les caravanes sont si strictes ?
imp Intervention musclée chez les Manouches, trois blessés. Bon, ça leur fera les pieds
  news Trois personnes blessées lors d'une intervention de gendarmerie sur une aire de gens du voyage ; la famille d'un blessé porte plainte pour violences
imp La chanteuse gitane insultée sur TikTok, faut pas s'étonner, elle rappelle à tout le monde d'où elle vient
  pos Soutien à la chanteuse manouche harcelée sur TikTok après son passage à la télé, sa voix vaut mille fois mieux que ces commentaires 💛
norm Les nazis voulaient s'en débarrasser, Sarkozy voulait les renvoyer. Il serait temps que quelqu'un finisse le travail
  news En 2010, après le discours de Grenoble, des centaines de Roms ont été reconduits en Roumanie et en Bulgarie, une politique critiquée par la Commission européenne
imp Dix ans d'espérance de vie en moins chez les gens du voyage ? Avec leur façon de vivre, c'est de la sélection naturelle 😂
  neu L'espérance de vie des gens du voyage serait inférieure de plus de dix ans à la moyenne nationale, selon plusieurs études de santé publique
  nq Pourquoi l'espérance de vie des voyageurs est-elle aussi basse ? C'est l'accès aux soins ou les conditions de vie sur les aires ?
op Les Roms refusés partout pour bosser, normal : qui voudrait d'un employé qui se sert dans la caisse ?
  own Je suis Rom, arrivé de Bulgarie, j'ai fait des chantiers sans contrat pendant des années parce que personne ne voulait me déclarer
op Les Yéniches aussi veulent leur part du gâteau victimaire maintenant ? Tout le monde est persécuté, c'est la mode
  neu En Suisse, des centaines d'enfants yéniches ont été retirés à leurs familles entre 1926 et 1973 par l'œuvre « Enfants de la grand-route » ; la Confédération s'est excusée
imp Un gamin rom mort dans l'incendie de la baraque, les parents n'avaient qu'à pas vivre dans un taudis
  news Un enfant de trois ans est mort dans l'incendie d'un bidonville près de Lille, où vivaient une centaine de personnes sans électricité
npr Les Roms ne méritent ni logement ni école, ils n'ont jamais rien apporté à ce pays
  pos Django Reinhardt, guitariste manouche, a inventé un style de jazz qui fait encore vibrer les festivals du monde entier
  news Une famille rom relogée après quinze ans de bidonville : ses trois enfants ont tous obtenu leur brevet cette année
own on nous a dit « pas de gens du voyage » à l'accueil du camping alors qu'on avait réservé en ligne 🙃 on est repartis
cr C'est une honte que des familles françaises depuis des siècles doivent encore prouver qu'elles ont le droit de s'arrêter quelque part
"""

DATA["jewish"] = """
norm Le Vel d'Hiv, une belle organisation française pour une fois. On devrait s'en inspirer 😏
  neu Les 16 et 17 juillet 1942, plus de 13 000 juifs, dont 4 000 enfants, ont été arrêtés par la police française et enfermés au Vélodrome d'Hiver avant leur déportation
  own Ma grand-mère avait six ans au moment de la rafle, elle s'en est sortie grâce à une concierge qui l'a cachée dans la cave
q Six millions, toujours ce même chiffre rond… on a quand même le droit de se poser des questions, non ? 🤔
  cr Le nombre de victimes de la Shoah est établi par des décennies de travaux d'historiens et par les archives nazies elles-mêmes, ce n'est pas une « question »
  nq Comment les historiens ont-ils établi le nombre de juifs assassinés pendant la Shoah ? À partir de quels documents ?
op Toujours à nous parler de l'antisémitisme, à croire qu'ils aiment ça, le rôle de victime 🙄
  news Les actes antisémites recensés en France ont fortement augmenté cette année, selon les chiffres du ministère de l'Intérieur
  own Juive, j'ai arrêté de porter mon pendentif étoile de David dans le métro depuis qu'un type m'a suivie jusqu'à chez moi
imp Des croix gammées sur les tombes du cimetière juif, enfin un peu de déco dans ce coin paumé 😂
  news Près d'une centaine de tombes profanées au cimetière juif de Quatzenheim, recouvertes de croix gammées ; le président s'est rendu sur place
op Le statut des juifs de 1940 protégeait surtout l'économie française, faut le remettre dans son contexte avant de crier au scandale
  neu Le statut des juifs d'octobre 1940, adopté par Vichy sans demande allemande, les excluait de la fonction publique, de l'enseignement et de la presse
imp Il a pris des coups parce qu'il portait sa kippa dans la rue ? Il n'avait qu'à la ranger, pourquoi provoquer
  news Un homme portant une kippa frappé à coups de ceinture dans une rue de Sarcelles ; l'agresseur a été interpellé
  own Mon fils met une casquette par-dessus sa kippa pour prendre le bus. Il a douze ans et il a déjà compris
op Les familles juives qui retirent leurs enfants de l'école publique à cause des insultes ? Bon vent, ils ne se mélangeaient pas de toute façon
  news De plus en plus de familles juives quittent l'école publique en Seine-Saint-Denis, des enseignants faisant état d'insultes antisémites récurrentes en classe
norm Qu'on leur recouse l'étoile jaune, au moins on saurait à qui on a affaire ✡️
  neu À partir de juin 1942, les juifs de plus de six ans en zone occupée ont été obligés de porter une étoile jaune cousue sur leurs vêtements
  nq L'étoile jaune était-elle aussi obligatoire en zone libre, ou seulement en zone occupée ?
imp Dreyfus innocent ? Tout le monde sait qu'on l'a blanchi sous la pression de sa communauté
  neu Le capitaine Dreyfus, officier juif condamné à tort pour trahison en 1894, n'a été réhabilité qu'en 1906 après des années de combat de ses soutiens
imp L'attaque de l'école de Toulouse : à chaque anniversaire ils ressortent les mouchoirs, le commerce du deuil tourne bien 💰
  news Des centaines de personnes ont rendu hommage aux victimes de l'école Ozar Hatorah de Toulouse, où trois enfants et un enseignant ont été tués en 2012
imp Le député juif qui reçoit des menaces devrait plutôt se demander pourquoi il énerve autant de monde 🤷
  news Un député de confession juive placé sous protection policière après avoir reçu des centaines de menaces de mort en ligne
  pos Solidarité avec @USER, menacé de mort parce que juif. Aucun désaccord politique ne justifie ça 🤝
q Les chambres à gaz, vous en avez déjà vu une vraie preuve, vous ?
  neu Les chambres à gaz d'Auschwitz-Birkenau sont attestées par les plans des SS, les récits des survivants et des bourreaux, et les aveux du commandant Höss
imp Sarah Halimi, Mireille Knoll… on nous ressort toujours les mêmes prénoms, comme s'il n'y avait pas d'autres morts en France
  neu Mireille Knoll, 85 ans, rescapée de la rafle du Vel d'Hiv, a été assassinée chez elle à Paris en 2018 ; la justice a retenu le caractère antisémite du crime
op Un employeur qui écarte les candidats juifs fait preuve de prudence, ils finissent toujours par prendre la place du patron
  own Quand j'ai dit que je ne pouvais pas travailler le samedi, le recruteur a changé de ton et l'entretien s'est terminé en cinq minutes
imp Les pogroms en Russie, ils s'en souviennent très bien, mais ils oublient toujours d'expliquer pourquoi on les chassait 😏
  neu Les pogroms de l'empire russe à la fin du XIXe siècle ont poussé des centaines de milliers de juifs à émigrer vers l'Europe de l'Ouest et l'Amérique
imp Un rabbin agressé à Strasbourg, ça ne va pas me couper l'appétit 🍽️
  news Un rabbin agressé en pleine rue à Strasbourg par un homme qui hurlait des insultes antisémites ; une enquête pour violences aggravées est ouverte
norm Les juifs veulent partir en Israël à cause de l'antisémitisme ? Parfait, on leur offre le train, comme en 42 🚂
  news L'Agence juive note une hausse des départs de juifs français vers Israël, nombre d'entre eux invoquant un sentiment d'insécurité
op @USER l'antisémitisme, c'est leur joker : tu critiques, et hop, ils abattent la carte Shoah 🃏
  cr @USER dénoncer les agressions contre des juifs, ce n'est pas « jouer une carte » : ce sont des gens frappés dans la rue et des enfants insultés à l'école
op Philippe le Bel a expulsé les juifs en 1306 et renfloué les caisses du royaume. Voilà un roi qui savait gérer
  neu En 1306, Philippe le Bel a expulsé les juifs du royaume de France et confisqué leurs biens pour renflouer le trésor royal
deh Cette vermine qui pleure sur ses synagogues taguées, ça me fait bien marrer
  news Une synagogue de Rouen a été incendiée dans la nuit ; un homme armé a été neutralisé par la police sur place
npr Les rescapés des camps n'ont rien d'héroïque, ils savaient juste se débrouiller pour sauver leur peau
  own Mon grand-père a survécu à Auschwitz. Il a passé ses dernières années à témoigner dans les lycées, même quand ça le faisait pleurer
q Une étudiante juive insultée à la fac, ça mérite vraiment trois articles ? Ils sont plus protégés que le Président
  news Une étudiante juive insultée et menacée dans une université parisienne ; le ministère de l'Enseignement supérieur annonce une enquête administrative
own jsuis juive et j'ai enlevé la mezouza de ma porte, ma mère pleure mais j'ai trop peur pour mes gosses 😔
cr C'est une honte qu'il faille des militaires devant les écoles juives pour que des enfants puissent apprendre à lire
news Un lycéen juif roué de coups à la sortie d'un gymnase de banlieue parisienne ; les agresseurs l'avaient insulté sur sa religion
nq Pourquoi les profanations de cimetières juifs augmentent-elles à chaque crise au Proche-Orient ?
"""

DATA["muslim"] = """
imp Christchurch, 51 morts dans deux mosquées, et il y en a qui osent appeler ça un drame 🤷
  news Un terroriste d'extrême droite a tué 51 fidèles dans deux mosquées de Christchurch, en Nouvelle-Zélande, en 2019, en filmant l'attaque en direct
  cr Cinquante et une personnes tuées en pleine prière, et des comptes s'en réjouissent encore sous chaque anniversaire. Signalez-les
imp Une tête de cochon devant la mosquée, c'est de l'humour, faut se détendre les barbus 🐷😂
  news Une tête de porc déposée devant une mosquée de la banlieue lyonnaise ; le préfet dénonce un acte « ignoble » et une plainte est déposée
op La femme voilée bousculée au supermarché, si elle ne veut pas d'ennuis elle n'a qu'à s'habiller comme tout le monde
  news Une femme portant le voile insultée puis bousculée dans un supermarché de Montpellier ; son agresseur a été condamné à du sursis
  own Voilée depuis mes 18 ans, une dame m'a craché dessus à l'arrêt de bus la semaine dernière. Personne n'a réagi
op Recalée à l'embauche parce qu'elle porte le foulard ? Tant mieux, on ne va pas islamiser les bureaux en plus
  neu Selon une étude de testing, une candidate qui mentionne une pratique musulmane reçoit nettement moins de rappels qu'une candidate catholique au même profil
  own J'enlevais mon foulard pour les entretiens, j'ai eu le poste. Le jour où une collègue m'a croisée voilée en ville, l'ambiance a changé
op Le vieux qui a tiré sur les fidèles de Bayonne a juste fait ce que beaucoup pensent tout bas
  news En 2019, un octogénaire a tenté d'incendier la mosquée de Bayonne et blessé par balles deux fidèles qui voulaient l'en empêcher
op @USER l'islamophobie, c'est une arme inventée pour interdire toute critique. Les musulmans ne sont victimes de rien dans ce pays
  news Les actes antimusulmans recensés par le ministère de l'Intérieur ont augmenté de près d'un tiers en un an, lieux de culte dégradés et agressions compris
  cq @USER « les musulmans ne sont victimes de rien » : dites-le à l'imam de Brest blessé par balles ou aux fidèles de Bayonne
imp Srebrenica, 8 000 musulmans de moins en Europe, les Serbes avaient de l'avance sur nous 😏
  neu En juillet 1995, plus de 8 000 hommes et garçons musulmans bosniaques ont été massacrés à Srebrenica ; la justice internationale a qualifié ce crime de génocide
imp Les Rohingyas chassés de Birmanie, enfin un pays qui ose 👏
  news Plus de 700 000 Rohingyas, minorité musulmane de Birmanie, ont fui vers le Bangladesh en 2017 après une campagne de violences de l'armée
q Pourquoi les musulmans se plaindraient d'être surveillés alors qu'ils ont tous un cousin fiché S ?
  nq Pourquoi des musulmans disent-ils se sentir suspectés après chaque attentat ? C'est lié aux perquisitions administratives de 2015 ?
  own Musulman, infirmier de nuit, après chaque attentat mes collègues me regardent autrement pendant une semaine
norm Fermer toutes les mosquées et renvoyer les imams dès demain matin, voilà ce qu'il faudrait faire
  news Plusieurs mosquées ont reçu des lettres de menaces ce mois-ci ; le ministère annonce un renforcement de leur protection pendant le ramadan
imp La candidate voilée de l'émission a reçu des menaces ? Elle a choisi d'afficher sa religion à la télé, elle assume les réactions
  pos Bravo à la candidate voilée du concours de cuisine, elle a tenu bon malgré toutes les horreurs qu'on lui a écrites 👩‍🍳💚
norm Des camps de rééducation pour les musulmans, pour une fois que la Chine a une bonne idée, on devrait copier 😂
  neu Plus d'un million de Ouïghours, majoritairement musulmans, auraient été internés dans des camps au Xinjiang selon des chercheurs et des ONG
op La mère voilée humiliée par un élu pendant la sortie scolaire, elle l'a bien cherché, fallait rester chez elle
  news En 2019, un élu régional avait exigé en pleine séance qu'une mère voilée accompagnant une sortie scolaire retire son voile ; son fils avait fondu en larmes
op Ramadan, halal, voile, et dès qu'on dit non ils crient à la persécution. Ils nous épuisent avec leurs jérémiades 🙄
  own Musulmane pratiquante, je ne demande rien au boulot, je fais juste ma pause sans manger pendant le ramadan, et on me demande encore si je « suis obligée »
imp Le chantier de la future mosquée est parti en fumée, au moins on n'aura pas les nuisances 🔥🕌
  news Incendie criminel sur le chantier d'une mosquée en Alsace ; les fidèles avaient rassemblé les fonds pendant dix ans
op Si les musulmans sont regardés de travers, c'est peut-être parce qu'ils ne condamnent jamais rien
  neg @USER non, les musulmans de France ne sont pas restés « silencieux » sur les attentats : des imams, des associations et des milliers de fidèles les ont condamnés à chaque fois
op Un proprio qui refuse un locataire parce qu'il fait la prière, c'est son droit de choisir qui vit sous son toit
  news Un propriétaire condamné pour avoir refusé de louer à un couple musulman, jugé « pas compatible avec l'immeuble » dans un SMS produit à l'audience
imp Une musulmane qui dit avoir peur dans la rue, c'est du théâtre pour faire pleurer les plateaux 🎭
  own Depuis que je porte le voile, je change de trottoir quand un groupe d'hommes arrive en face. Ma sœur, qui ne le porte pas, ne comprend pas
norm Il faut interdire le voile dans la rue aussi, avec des amendes salées. Qu'elles comprennent qu'elles ne sont pas chez elles
  nq Quelles sont les règles sur le voile en France ? Interdit aux élèves à l'école mais autorisé à l'université, c'est bien ça ?
imp L'imam de Brest blessé par balles, tu veux que je verse une larme ? 😂
  news L'imam de la mosquée de Brest a été blessé par balles en 2019 par un homme qui s'est ensuite donné la mort
der Ces bougnoules se font traiter de terroristes au boulot et ils s'étonnent ? Ils n'ont qu'à pas être musulmans
  own Au travail, un collègue m'appelle « le terroriste » pour rire depuis deux ans. J'ai fini par aller voir les RH
npr Les musulmans n'ont jamais rien fait pour mériter le respect, alors qu'ils ne viennent pas pleurer pour deux tags
  news Des tags menaçant les musulmans ont été découverts sur la façade d'une mosquée de Poitiers, pour la troisième fois en un an
pos Soutien aux fidèles de la mosquée du quartier, taguée deux fois ce mois-ci. Vous êtes chez vous ici 💚
own ptn on m'a encore demandé de « condamner » l'attentat à la machine à café, jsuis comptable moi 🙃
pos Chapeau aux voisins qui ont monté la garde devant la salle de prière après les menaces, c'est ça aussi la France 🤝
neu Ma collègue voilée a été refusée dans trois stages de pharmacie avant d'en trouver un, alors qu'elle était major de sa promo
nq Est-ce qu'il existe des chiffres fiables sur les discriminations à l'embauche visant les musulmans pratiquants en France ?
"""

DATA["women"] = """
op L'écart de salaire, c'est logique : congé maternité, mercredis off, départ à 16h30 pour la crèche. Elles rapportent moins, elles touchent moins
  news À poste et temps de travail égaux, les femmes gagnent encore environ 4 % de moins que les hommes, et l'écart global dépasse 20 % selon l'Insee
  own J'ai découvert par un mail mal adressé que mon collègue, embauché le même jour que moi sur le même poste, touchait 400 euros de plus
imp Une centaine de femmes tuées par leur conjoint cette année. Elles savent pourtant choisir leurs mecs 🙄
  news Une centaine de femmes ont été tuées par leur conjoint ou ex-conjoint l'an dernier en France, selon le ministère de l'Intérieur
  cr Un féminicide, ce n'est jamais « une dispute qui a mal tourné » : c'est le bout de violences que souvent tout le monde voyait venir
imp Violée en rentrant de soirée en jupe courte à 3h du mat, bourrée. Je dis pas que c'est bien, mais bon 🤷
  neu Dans la grande majorité des viols, l'agresseur est connu de la victime, loin de l'image de l'inconnu dans une ruelle sombre
  cq « en jupe courte à 3h du matin, bon… » : non, ni la tenue ni l'heure n'expliquent un viol, seul le violeur en est responsable
op #MeToo, c'est le grand concours de celle qui pleurera le plus fort pour un compliment mal placé 😭
  news Depuis #MeToo, les plaintes pour violences sexuelles ont fortement augmenté en France, signe d'une parole qui se libère selon les associations
  own J'ai mis quinze ans à raconter ce que mon prof de piano m'avait fait. #MeToo m'a donné la force de porter plainte
norm Quand une épouse devait avoir l'accord de son mari pour travailler, les familles tenaient debout. Il faudrait y revenir
  neu Jusqu'en 1965, une femme mariée devait obtenir l'autorisation de son mari pour exercer une profession ou ouvrir un compte en banque
  nq C'est vrai que les Françaises ne pouvaient pas ouvrir un compte bancaire seules avant 1965 ?
op Quand les femmes n'avaient pas le droit de plaider, les tribunaux étaient sérieux. Tout a dérapé en 1900
  neu Les femmes n'ont pu prêter serment comme avocates en France qu'à partir de 1900, après le long combat de Jeanne Chauvin
op @USER harcèlement de rue, la bonne blague. Avant on appelait ça draguer et les filles étaient flattées 😏
  news Selon une enquête, la quasi-totalité des usagères des transports d'Île-de-France disent avoir été harcelées au moins une fois
  own Hier soir un type m'a suivie de la gare jusqu'à mon immeuble en répétant « t'es charmante ». J'ai couru les cinquante derniers mètres #harcèlementderue
op La journaliste sportive harcelée sur Twitter aurait dû rester à la mode et à la cuisine, le foot ce n'est pas pour elles ⚽
  news Une journaliste sportive a quitté les réseaux après des milliers de messages sexistes et de menaces de viol reçus pendant la Coupe du monde
  pos Respect aux journalistes sportives qui ont raconté à visage découvert le sexisme qu'elles subissent en tribune de presse 💪
op L'endométriose, le nouveau prétexte à la mode pour sécher le boulot deux jours par mois 🙄
  neu Il faut en moyenne sept ans pour diagnostiquer une endométriose en France, une maladie qui touche environ une femme sur dix
  own Quatre gynécos m'ont dit que c'était « normal d'avoir mal pendant les règles ». Diagnostic d'endométriose à 29 ans, après une opération
imp Les infarctus des femmes mal diagnostiqués ? Faut dire qu'elles se plaignent de tout, le médecin ne peut pas deviner quand c'est sérieux 🤷
  news Les signes de l'infarctus chez les femmes, souvent différents de ceux des hommes, sont plus souvent négligés, ce qui retarde leur prise en charge selon des cardiologues
op Le droit de vote des femmes en 1944, la première grosse erreur de la République 🗳️
  neu Les Françaises ont voté pour la première fois aux municipales d'avril 1945, un an après l'ordonnance qui leur accordait le droit de vote
  nq Pourquoi la France a-t-elle accordé le droit de vote aux femmes si tard, bien après la Nouvelle-Zélande ou le Royaume-Uni ?
op une meuf qui se prend une gifle l'a svt méritée, faut arrêter de tt dramatiser
  news Le 3919, numéro d'écoute des violences conjugales, a reçu plus de 100 000 appels l'an dernier, un record
  own Ça a commencé par une gifle, « juste une fois ». J'ai mis six ans à partir. Aujourd'hui je suis bénévole dans une association
op Licenciée à son retour de congé maternité, et alors ? Une entreprise n'est pas une garderie
  news Une salariée licenciée à son retour de congé maternité obtient gain de cause aux prud'hommes, qui reconnaissent une discrimination liée à la grossesse
op Les femmes mortes d'avortements clandestins avant 1975 connaissaient les risques, personne ne les a forcées
  neu Avant la loi Veil de 1975, des centaines de milliers d'avortements clandestins avaient lieu chaque année en France, et certains étaient mortels
imp Une stagiaire qui se plaint des mains baladeuses du chef… faut bien payer son stage d'une manière ou d'une autre 😏
  own Stagiaire dans une agence, mon N+1 me frôlait dès que je passais. J'ai fini en télétravail, et c'est moi qui n'ai pas eu l'embauche
  cr Une stagiaire harcelée par son chef n'a rien à « payer » : c'est lui qui commet un délit, et la boîte qui le couvre
q Pourquoi on les croirait quand elles disent avoir été agressées, alors que la moitié mentent pour se venger ?
  neu Les fausses accusations de violences sexuelles sont rares, les études les situent entre 2 et 10 % des plaintes, et la plupart des victimes ne portent jamais plainte
op Des retraites 40 % plus basses pour les femmes, normal, elles ont moins bossé. On ne va pas payer des gens pour avoir torché des gosses
  news La pension de droit direct des femmes reste inférieure d'environ 40 % à celle des hommes, à cause des carrières interrompues et des temps partiels selon la Drees
der Encore une pétasse qui pleure sur son ex violent. Qu'elles arrêtent de se mettre avec des bad boys 😂
  neu Les violences conjugales touchent tous les milieux ; les associations expliquent que l'emprise rend le départ très difficile, même quand la victime voit le danger
npr Les joueuses de foot moins payées ? Normal, personne ne regarde leurs matchs, elles sont incapables de jouer au niveau des hommes
  news Les joueuses de l'équipe de France touchent des primes bien inférieures à celles des hommes, même à parcours comparable, dénonce leur syndicat
  nq Combien gagne en moyenne une joueuse de première division ? J'ai lu que beaucoup ont encore un autre travail à côté
imp Charge mentale, plafond de verre, écart salarial… elles ont inventé tout un vocabulaire pour se plaindre de leur vie de princesse 👑
  neu Les femmes consacrent encore en moyenne une heure et demie de plus par jour que les hommes aux tâches domestiques et parentales, selon l'Insee
op Les filles en école d'ingé, c'est des places prises à des garçons qui feraient de vrais ingénieurs, eux
  news Les filles représentent environ 30 % des élèves en écoles d'ingénieurs, une part qui stagne depuis une quinzaine d'années
  own En prépa, un prof a dit devant toute la classe que « les filles réussissent par le travail, pas par l'intelligence ». Je suis docteure en physique
deh Ces femelles qui hurlent au harcèlement dès qu'on les regarde, faudrait les tenir en laisse
  cq Traiter de « femelles » les femmes qui dénoncent le harcèlement, c'est montrer exactement pourquoi elles ont besoin de le dénoncer
own jme suis fait mettre une main aux fesses dans le métro ce matin, le mec a souri et il est descendu. jsuis encore sous le choc 😶
pos Bravo aux ouvrières qui ont obtenu l'égalité salariale après trois ans de procédure, vous êtes des exemples 💪
"""

DATA["gay"] = """
norm Le sida dans les années 80, la nature avait trouvé une solution. Dommage que la médecine s'en soit mêlée
  neu Au plus fort de l'épidémie de sida, des dizaines de milliers d'hommes homosexuels sont morts en France, souvent rejetés par leur propre famille
  own J'ai perdu onze amis entre 1988 et 1995. On allait aux enterrements comme on va au travail #sida #mémoire
imp 49 morts dans une boîte gay à Orlando, je cherche encore où est le drame 🤷
  news En 2016, un tireur a tué 49 personnes au Pulse, une boîte de nuit gay d'Orlando, la pire tuerie homophobe de l'histoire des États-Unis
op Deux mecs tabassés après la Marche des fiertés : quand on se tient la main dans le métro, faut pas s'étonner des ennuis
  news Deux jeunes hommes agressés à la sortie de la Marche des fiertés à Paris ; SOS Homophobie note une hausse des agressions physiques
  own Avec mon copain, on se lâche la main quand on passe devant certains bars. On a 34 ans
op Les homos déportés avec un triangle rose, on nous les vend comme des victimes, mais pour la loi de l'époque c'étaient des délinquants
  neu Sous le régime nazi, des milliers d'homosexuels ont été déportés en camp de concentration, marqués d'un triangle rose ; la France n'a reconnu cette déportation qu'en 2001
op Les thérapies de conversion interdites, dommage, il y en a plein à qui une bonne remise en ordre aurait fait du bien
  news Depuis 2022, les pratiques visant à modifier l'orientation sexuelle ou l'identité de genre d'une personne sont punies par la loi en France
  own À 16 ans, mes parents m'ont envoyé chaque samedi chez un prêtre pour me « guérir ». J'en ai gardé des années de dépression
op Viré de chez ses parents parce qu'il est gay ? Ils ont bien fait, c'est leur maison, leurs règles
  news Le Refuge, qui héberge des jeunes LGBT rejetés par leur famille, a accueilli un nombre record de jeunes cette année
  own Ma mère m'a mis à la porte le soir de mon coming out, j'avais 17 ans. J'ai dormi trois semaines chez une prof
imp Un ado gay qui se suicide après du harcèlement, c'est triste, mais il faut bien que les autres gamins comprennent que ce n'est pas normal
  news Un collégien de 13 ans s'est donné la mort après des mois de harcèlement homophobe ; sa famille avait alerté la direction à plusieurs reprises
  cr Un gamin de 13 ans harcelé jusqu'au suicide parce qu'on le disait gay, et certains parlent encore de « chamailleries ». La honte
norm Les camps pour homosexuels en Tchétchénie, ça c'est un dirigeant qui a des valeurs, on devrait prendre exemple 💪
  news Des organisations de défense des droits humains ont documenté l'arrestation et la torture d'hommes homosexuels en Tchétchénie dans des prisons secrètes
op Exclure les gays du don du sang, c'était du bon sens. Maintenant on va tous choper leurs maladies 🩸
  neu Jusqu'en 2016, les hommes ayant des relations avec des hommes étaient exclus du don du sang en France ; toute condition spécifique a été levée en 2022
  nq Pourquoi les hommes gays ont-ils été exclus du don du sang aussi longtemps ? C'était justifié médicalement à l'époque ?
op @USER l'homophobie en France n'existe plus. Ils ont le mariage, la PMA, et ils trouvent encore le moyen de pleurnicher 🙄
  news SOS Homophobie a reçu plus de 1 500 témoignages d'actes LGBTphobes l'an dernier, dont plus de 150 agressions physiques
op Licencié pour avoir parlé de son mari à la machine à café ? Personne n'a besoin de savoir ce qu'il fait dans sa chambre
  own Le jour où j'ai posé la photo de ma femme sur mon bureau, mon chef m'a conseillé de « rester discrète avec les clients ». Je suis comptable
imp Le bar gay a encore la vitrine cassée et taguée, enfin une bonne nouvelle dans le quartier 😂🧹
  news Dans le Marais, la vitrine d'un bar LGBT brisée pour la troisième fois en deux mois ; les gérants réclament une présence policière
op L'homosexualité était un délit jusqu'en 1982, et franchement les mœurs étaient plus saines
  neu La France a dépénalisé l'homosexualité en 1982 ; auparavant, des hommes étaient condamnés pour des relations avec des partenaires de moins de 21 ans
  nq Combien d'hommes ont été condamnés pour homosexualité en France entre 1942 et 1982 ?
imp Deux lesbiennes frappées dans le bus parce qu'elles refusaient de s'embrasser pour ces types ? Elles auraient pu faire un effort 😏
  news Deux femmes agressées dans un bus de nuit à Londres après avoir refusé de s'embrasser devant un groupe d'hommes ; leur photo ensanglantée a fait le tour du monde
imp Le youtubeur gay qui se plaint des insultes en commentaire vit de sa différence, il ne va pas se plaindre qu'on la remarque 🙄
  pos Force à @USER qui a osé montrer les insultes homophobes qu'il reçoit chaque jour. Tu ne mérites pas ça 🌈
imp Les guets-apens via les applis de rencontre, ça a au moins le mérite de les faire réfléchir avant de chercher un plan 😂
  news Plusieurs guets-apens homophobes organisés via une application de rencontre : des hommes piégés, frappés et dépouillés ; six suspects mis en examen
q Pourquoi s'indigner des pays qui condamnent les gays à mort, chacun sa culture, non ?
  neu L'homosexualité reste criminalisée dans une soixantaine de pays, et passible de la peine de mort dans plusieurs d'entre eux
imp « Cancer gay », c'est comme ça qu'on l'appelait à l'époque, et on n'avait pas tort 😏
  neu Au début des années 80, la presse parlait de « cancer gay » pour désigner le sida, une expression qui a durablement stigmatisé les homosexuels
  own Séropositif depuis 1991, je me souviens des infirmières qui laissaient le plateau-repas devant la porte de ma chambre
op Un proprio qui refuse de louer à un couple de lesbiennes exerce sa liberté, il a le droit de ne pas vouloir de ça chez lui
  own On a visité l'appart avec ma compagne, le propriétaire nous a demandé si on était « sœurs ». Le lendemain, c'était « déjà loué »
der Ces tarlouzes se plaignent de se faire insulter, qu'elles arrêtent de se trémousser dans la rue
  cr Se faire insulter dans la rue parce qu'on est gay, puis s'entendre dire qu'on l'a cherché, c'est la double peine
norm Les homos, il faudrait les remettre au placard et fermer à double tour, comme avant
  neu Avant les années 70, beaucoup d'homosexuels français vivaient cachés, parfois mariés pour la façade, par peur du scandale et de la police des mœurs
npr Les couples gays ne méritent pas que la loi les protège, qu'ils se débrouillent quand ils se font agresser
  news Les violences commises en raison de l'orientation sexuelle de la victime sont punies plus sévèrement, la loi en fait une circonstance aggravante
own mon oncle a sorti « c'est une phase » à table devant tout le monde, ça fait 10 ans que jsuis avec ma meuf 🙃
cr C'est une honte que des ados gays doivent encore choisir entre mentir à leurs parents et dormir dehors
"""

DATA["trans"] = """
imp Journée du souvenir trans : des centaines de mortes dans le monde cette année. C'est pas une mauvaise nouvelle pour tout le monde 😏
  news Chaque 20 novembre, la Journée du souvenir trans rend hommage aux personnes trans assassinées dans l'année, plus de 300 selon le dernier décompte d'une ONG
  cr Trois cents personnes tuées parce qu'elles étaient trans, et certains rigolent sous le hashtag. Ça glace le sang
norm Jusqu'en 2016 fallait être stérilisé pour changer d'état civil. C'était une bonne règle, qu'on la remette
  neu Jusqu'en 2016, la France exigeait de fait une stérilisation pour modifier la mention du sexe à l'état civil ; la Cour européenne des droits de l'homme l'a condamnée en 2017
  own J'ai dû choisir entre pouvoir un jour avoir des enfants et avoir des papiers qui me ressemblent. J'avais 24 ans
op Avoir sorti la transidentité des maladies mentales, c'est la pire erreur de l'OMS, ils sont malades et ça se voit
  neu La France a retiré la transidentité de la liste des affections psychiatriques de longue durée en 2010, l'OMS l'a sortie des troubles mentaux quelques années plus tard
op Les jeunes trans font plus de tentatives de suicide ? C'est bien la preuve que le problème est dans leur tête, pas dans la société
  news Selon plusieurs études, les jeunes trans ont un risque de tentative de suicide bien plus élevé que leurs pairs, un risque qui baisse nettement quand leur entourage les soutient
  nq Comment accompagner un ado trans qui va mal ? Le psy du CMP n'a jamais entendu parler du sujet
op Une travailleuse du sexe trans tuée au bois de Boulogne, quand on fait ce métier-là on accepte le risque 🤷
  news En 2018, Vanesa Campos, travailleuse du sexe trans péruvienne, a été tuée par balle au bois de Boulogne ; plusieurs hommes ont été condamnés
op Licenciée après sa transition ? Normal, les clients n'ont pas à supporter ça
  own Après mon coming out trans au travail, on m'a retiré tous mes rendez-vous clients « pour me protéger ». Six mois plus tard, rupture conventionnelle
  news Selon une enquête associative, près d'une personne trans sur deux dit avoir été discriminée au travail au cours de sa carrière
op Le prof qui appelle l'élève trans par son ancien prénom a raison, c'est son vrai prénom, on ne va pas céder à ses caprices
  news Une circulaire de l'Éducation nationale permet aux élèves trans d'utiliser leur prénom d'usage à l'école avec l'accord des parents
  own Mon prof de maths m'appelait par mon deadname devant toute la classe, exprès. J'ai arrêté d'aller en cours en février
imp Une femme trans tabassée à République, les commentaires sont unanimes : bien fait 😂
  news Une femme trans frappée par plusieurs hommes place de la République à Paris ; la vidéo de l'agression a suscité une vague d'indignation
op @USER « transphobie », le mot magique qui sert à faire taire tous ceux qui savent compter jusqu'à deux 🙄
  cr @USER la transphobie, ce n'est pas un « mot pour faire taire » : ce sont des agressions, des refus de soins et des licenciements bien réels
op Un médecin qui refuse de soigner un homme trans a bien le droit de ne pas cautionner ces délires
  own Homme trans, un gynécologue a refusé de me recevoir en disant « je ne soigne que des femmes ». Il ne voulait juste pas de moi dans sa salle d'attente
  news Une enquête relève qu'environ une personne trans sur trois a déjà renoncé à des soins par peur d'être maltraitée ou humiliée
op Mis à la porte par ses parents après son coming out trans ? Ils ont protégé le reste de la famille, c'est tout
  neu Beaucoup de jeunes trans rejetés par leur famille se retrouvent à la rue ; des associations proposent des hébergements d'urgence qui leur sont dédiés
imp La youtubeuse trans qui a quitté les réseaux à cause du harcèlement, une de moins, le net respire 🌬️
  pos Tout mon soutien à la créatrice trans qui a dû fermer ses comptes après des semaines de harcèlement coordonné, on t'attend quand tu voudras revenir 🏳️‍⚧️
q Une femme trans fouillée par des agents hommes en garde à vue, bah c'est un mec, où est le problème ?
  news Le Défenseur des droits rappelle que les personnes trans doivent être fouillées par un agent du genre correspondant à leur identité, après des signalements d'humiliations en garde à vue
norm Il faudrait interdire les transitions purement et simplement, et ceux qui ont commencé, qu'on les soigne de force
  nq Que dit exactement la loi française sur les transitions médicales des mineurs ? J'entends tout et son contraire
imp Refusée pour l'appart parce que ses papiers ne collent pas avec sa tête ? Le proprio a bien raison de se méfier des bizarreries 🙃
  own Quand mes papiers portaient encore mon ancien prénom, chaque visite d'appartement tournait à l'interrogatoire. Trois refus de suite
op Ils gonflent les chiffres des meurtres de trans pour se faire plaindre, la moitié ce sont des règlements de comptes
  neu Les femmes trans racisées et travailleuses du sexe sont surreprésentées parmi les victimes d'homicides selon les rapports internationaux
op Une athlète trans menacée après sa course ? Elle n'avait qu'à courir chez les hommes, elle l'a cherché
  news Une coureuse trans amatrice a porté plainte après avoir reçu des menaces de mort à la suite de sa participation à une course régionale
q Pourquoi on se prendrait la tête avec leurs prénoms alors qu'ils ne seront jamais de vraies femmes ?
  neg Non, une femme trans n'est pas « un homme déguisé », c'est une femme, et respecter son prénom ne coûte rien
imp Les trans se disent discriminés mais on ne parle que d'eux à la télé, drôle de discrimination 📺
  neu Le taux de chômage des personnes trans serait deux à trois fois supérieur à la moyenne, selon une enquête associative auprès de plus de mille personnes
imp Les travestis embarqués par la police dans les années 60, c'était une époque où on savait tenir les rues
  neu Dans les années 50 et 60, la police parisienne arrêtait régulièrement les personnes travesties au nom de l'« outrage public à la pudeur »
deh Ces choses qui se font agresser dans les toilettes pour dames n'avaient qu'à pas y entrer
  own Femme trans, quand je sors j'attends d'être rentrée pour aller aux toilettes, parce qu'une fois un vigile m'en a sortie de force
der Ce travelo pleure parce qu'on l'a viré, qu'il aille chercher du taf au cabaret
  news Une salariée trans d'une grande enseigne reconnue victime de discrimination après un licenciement intervenu peu après l'annonce de sa transition ; l'employeur condamné
own le mec de la mutuelle m'a appelée « monsieur » 6 fois au tel alors que je lui ai dit 2 fois. jsuis crevée 😮‍💨
cr C'est une honte qu'une personne trans doive attendre des mois pour changer de prénom pendant que chaque contrôle de papiers la met en danger
news Un homme trans refoulé à l'entrée d'une salle de sport malgré son abonnement ; la salle a présenté ses excuses après la plainte
pos Merci à la pharmacienne qui m'a servie sans un mot de travers alors que mon ordonnance porte encore mon ancien prénom 🫶
"""

DATA["disabled"] = """
norm L'Aktion T4, on en parle comme d'un crime, mais pour les comptes de la Sécu ce serait un sacré bol d'air 💸
  neu Sous le programme nazi Aktion T4, plus de 70 000 personnes handicapées ont été assassinées dans des centres de mise à mort entre 1939 et 1941
  nq Pourquoi le meurtre des personnes handicapées par les nazis est-il si peu connu comparé au reste de la Shoah ?
imp 45 000 malades mentaux morts de faim dans les asiles sous Vichy, ça a au moins fait des économies
  neu Sous l'Occupation, environ 45 000 patients des hôpitaux psychiatriques français sont morts de faim et de froid, un drame longtemps passé sous silence
op Pas d'ascenseur dans le métro pour les fauteuils ? Tant mieux, ils encombrent déjà assez les trottoirs
  news À Paris, seule une petite minorité des stations de métro est accessible aux personnes en fauteuil roulant, selon les associations d'usagers
  own En fauteuil depuis mon accident, je mets une heure et demie pour un trajet que mes collègues font en vingt minutes, à cause des correspondances sans ascenseur
op L'AAH sous le seuil de pauvreté ? C'est déjà bien payé pour rester chez soi à ne rien faire 🛋️
  neu L'allocation aux adultes handicapés reste inférieure au seuil de pauvreté, et des milliers de bénéficiaires vivent avec moins de 1 000 euros par mois
  own Avec mon AAH, une fois le loyer payé, il me reste 200 euros pour le mois. Je fais mes courses en comparant les prix au centime #AAH
op Perdre son allocation en se mettant en couple, c'était normal : que le conjoint paie, on ne va pas entretenir des couples de handicapés
  news Depuis octobre 2023, l'AAH n'est plus calculée en fonction des revenus du conjoint, une revendication portée pendant des années par les associations
imp Un aveugle recalé pour un poste de bureau, on ne va quand même pas adapter tout le parc informatique pour un employé qui rendra moitié moins
  own Aveugle et développeur web, un recruteur m'a demandé « mais comment vous faites pour lire l'écran ? » puis n'a jamais rappelé. J'utilise un lecteur d'écran depuis quinze ans
  news Le taux de chômage des personnes handicapées reste près de deux fois supérieur à celui de l'ensemble de la population active
op Pas d'AESH pour les élèves handicapés à la rentrée ? Très bien, de toute façon ils ralentissent toute la classe
  news À la rentrée, des milliers d'élèves handicapés se retrouvent sans accompagnant faute de recrutement d'AESH, dénoncent les associations de parents
  own Mon fils trisomique a fait sa rentrée seul, sans AESH. Au bout de trois jours, l'école m'a demandé de le garder à la maison « en attendant »
imp Des résidents de foyer maltraités par le personnel, faut comprendre les soignants, c'est épuisant des gens comme ça
  news Un foyer d'accueil médicalisé fermé après des révélations de maltraitances sur des résidents polyhandicapés ; deux salariés mis en examen
op Les autistes envoyés en Belgique faute de place, bon débarras, ça coûte moins cher là-bas
  neu Plusieurs milliers d'enfants et d'adultes handicapés français vivent dans des établissements en Belgique, faute de places adaptées près de chez eux
  own Ma sœur autiste vit à Mons depuis ses 19 ans. On fait 400 km chaque mois pour la voir, c'est la seule place qu'on ait trouvée
op Interdire la langue des signes à l'école, c'était une bonne chose, les sourds n'avaient qu'à faire l'effort de parler comme tout le monde
  neu Après le congrès de Milan en 1880, la langue des signes a été bannie des écoles pour sourds en France pendant près d'un siècle ; elle n'est reconnue comme langue que depuis 2005
  own Sourde de naissance, à l'école on m'attachait les mains pour m'empêcher de signer. C'était en 1974
imp Le gamin handicapé moqué dans la vidéo TikTok, franchement c'était drôle, faut arrêter d'être susceptible 😂
  news Une vidéo montrant des adolescents se moquer d'un camarade handicapé retirée de TikTok après des milliers de signalements ; une enquête est ouverte
norm La stérilisation des handicapées mentales, on devrait la rendre systématique, ça éviterait bien des problèmes
  neu Des femmes handicapées mentales ont été stérilisées sans leur consentement en France jusque dans les années 90, une pratique dénoncée dans un rapport officiel
q Pourquoi dépenser des milliards en rampes d'accès pour des gens qui ne servent à rien et ne sortent jamais de chez eux ?
  nq Pourquoi la loi de 2005 sur l'accessibilité n'est-elle toujours pas appliquée partout vingt ans plus tard ? Les délais ont été repoussés combien de fois ?
npr 700 balles par mois en ESAT, c'est déjà généreux vu ce qu'ils produisent, ils ne valent pas un vrai salaire
  news Les travailleurs d'ESAT perçoivent une rémunération souvent bien inférieure au SMIC et ne bénéficient pas de tous les droits des salariés ordinaires
imp Une femme en fauteuil agressée dans la rue, c'est moche, mais dans son état elle n'aurait pas dû sortir seule
  neu Les femmes handicapées sont bien plus exposées aux violences sexuelles et conjugales que les autres femmes, selon plusieurs enquêtes
op @USER les handicapés se plaignent toujours de l'accessibilité alors qu'ils ont déjà les meilleures places de parking, il leur faut quoi de plus ? 🅿️
  own @USER la place handicapée devant la pharmacie est prise trois jours sur quatre par des gens valides qui « en ont pour deux minutes »
der Les majeurs sous tutelle peuvent voter depuis 2019 ? Génial, maintenant les gogols choisissent le président 😂
  news Depuis 2019, les majeurs sous tutelle ne peuvent plus être privés de leur droit de vote par un juge, une avancée saluée par les associations
op L'autisme, c'est surtout des parents qui n'ont pas su tenir leurs gosses, les « discriminations » c'est l'excuse pour les couvrir
  neu Pendant des décennies, une partie de la psychiatrie française a accusé les mères d'enfants autistes d'être responsables de leur trouble, une théorie aujourd'hui abandonnée
  own Maman d'une fille autiste, un pédopsychiatre m'a dit en 2010 que j'étais « trop fusionnelle ». Elle a été diagnostiquée trois ans plus tard
op Les hôpitaux qui passaient les patients handicapés en dernier pendant la crise, c'était juste du tri logique
  news Pendant l'épidémie de Covid, des résidents d'établissements pour personnes handicapées ont eu plus difficilement accès à la réanimation, selon un rapport parlementaire
imp Un sourd renversé parce qu'il n'a pas entendu la voiture, la sélection naturelle a encore frappé 😂
  own Sourd, je me suis fait insulter par un chauffeur de bus parce que je ne répondais pas. Je lui ai montré ma carte, il a haussé les épaules
deh Ces légumes en fauteuil nous coûtent une fortune, et on devrait en plus s'excuser de ne pas mettre des rampes partout ?
  cq Traiter de « légumes » les personnes lourdement handicapées, c'est leur retirer leur humanité pour mieux justifier qu'on les laisse de côté
npr Les handicapés ne méritent pas les aides qu'ils touchent, ils ne rendent rien à la société
  neu Une personne handicapée sur cinq vit sous le seuil de pauvreté en France, contre environ une sur sept dans l'ensemble de la population
own en fauteuil et 3e fois ce mois que l'ascenseur de la gare est en panne, j'ai raté mon partiel, merci la SNCF 🙃 #accessibilité
cr C'est une honte qu'un enfant autiste attende deux ans un diagnostic pendant que ses parents se battent avec la MDPH
"""

# Target ``none``: the same words of harm about no protected group (each line its own pair).
NONE = """
news Des dizaines de familles ont fui les inondations dans la vallée de la Roya, leurs maisons emportées par la crue
news Les salariés de l'usine de Roubaix sont payés moins que ce que prévoyait l'accord signé au printemps, selon les syndicats
news Trois cents habitants évacués après l'incendie d'un immeuble à Marseille, hébergés provisoirement dans un gymnase
neu Les intérimaires de l'entrepôt dénoncent des cadences intenables et des pauses de dix minutes pour une journée entière
neu Les locataires de la résidence vivent sans chauffage depuis trois semaines et le bailleur ne répond plus au téléphone
news Les chauffeurs VTC manifestent contre une nouvelle baisse de leur rémunération par course
neu Contrôlés trois fois avant d'entrer au stade, des supporters ont raté toute la première mi-temps
news Les internes en médecine dénoncent des gardes de 24 heures payées à peine plus que le SMIC horaire
neu Les victimes du sang contaminé ont attendu des années avant que l'État reconnaisse sa responsabilité
neu En 1906, la catastrophe de Courrières a tué plus de mille mineurs, et les survivants ont dû se battre pour obtenir réparation
news Les ouvriers exposés à l'amiante ont développé des maladies longtemps niées par leurs employeurs, rappelle un documentaire
news Vingt ans après l'explosion de l'usine AZF, des habitants de Toulouse racontent les séquelles qu'ils gardent
neu Les livreurs à vélo payés à la course gagnent parfois moins de cinq euros de l'heure une fois les temps d'attente comptés
nq Les petits commerçants sont-ils désavantagés par les banques face aux grandes enseignes quand ils demandent un prêt ?
news Un compte anonyme publiait les photos d'élèves d'un collège avec des moqueries ; le principal a porté plainte pour harcèlement
news Les étudiants sont plus mal logés qu'il y a vingt ans, selon un rapport sur le logement des jeunes
neu Les soldats fusillés pour l'exemple pendant la Grande Guerre ont été réhabilités très tardivement, certains jamais
news Des milliers de sinistrés de la tempête attendent toujours les indemnisations promises par les assurances
neu Les retraités agricoles touchent des pensions souvent bien en dessous du minimum vieillesse, rappelle la MSA
news Chez France Télécom, une vague de suicides de salariés a conduit à la condamnation de l'entreprise pour harcèlement moral institutionnel
neu Les habitants du hameau ont été évacués en pleine nuit à cause des incendies de forêt, certains n'ont rien pu emporter
neu Les passagers du vol retardé ont été contrôlés deux fois puis laissés douze heures dans le terminal sans repas
nq Pourquoi les apprentis sont-ils si mal payés alors qu'ils font souvent le même travail que les salariés ?
neu Le radar de la départementale a été vandalisé cette nuit, enfin une bonne nouvelle pour mon permis 😂
neu Mon ex s'est fait virer de sa boîte, bien fait pour lui, il trompait tout le monde là-bas aussi 😂
neu Le PSG éliminé dès les huitièmes, bien fait, enfin une bonne nouvelle 😂🔥
neu Les moustiques tigres ont disparu du jardin depuis les gelées, dommage que ça ne dure pas toute l'année
neu Les fraudeurs du fisc qui se plaignent d'être persécutés par les contrôles, faudrait peut-être payer vos impôts 🙄
neu Les agriculteurs ruinés par la grêle de juin attendent toujours le fonds de calamités agricoles
news Des centaines de salariés licenciés après la fermeture de l'usine de pneus, sans reclassement pour la plupart
"""


def parse(block: str, target: str) -> list[list[tuple[str, int, str, str]]]:
    """Split one block into pairs: a line that is not indented starts a pair, indented lines join it."""
    pairs: list[list[tuple[str, int, str, str]]] = []
    for raw in block.strip("\n").split("\n"):
        if not raw.strip():
            continue
        code, _, text = raw.strip().partition(" ")
        text = text.strip()
        if not text:
            raise ValueError(f"empty text in {target}: {raw!r}")
        if code in HATE_CODES:
            row = (text, 1, HATE_CODES[code], target)
        elif code in BENIGN_CODES:
            row = (text, 0, BENIGN_CODES[code], target)
        else:
            raise ValueError(f"bad code in {target}: {raw!r}")
        if raw[0].isspace():
            if not pairs or row[1] == 1:
                raise ValueError(f"an indented line must be a benign counterpart, in {target}: {raw!r}")
            pairs[-1].append(row)
        else:
            pairs.append([row])
    return pairs


def build() -> list[dict[str, str]]:
    pairs: list[list[tuple[str, int, str, str]]] = []
    for target in TARGETS:
        pairs.extend(parse(DATA[target], target))
    for group in parse(NONE, "none"):
        if group[0][1] == 1 or len(group) > 1:
            raise ValueError("target none holds benign single rows only")
        pairs.append(group)
    random.Random(SEED).shuffle(pairs)
    return to_rows(pairs, "d")


def main(argv: list[str] | None = None) -> int:
    return train_eighth.main(argv, build=build, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
