"""Seventh batch of training frames, in the social-media register of the fifth and sixth (``@USER`` replies, SMS
spelling, missing accents, emoji, hashtags, threads, irony that is not hateful).

Why: the sixth batch taught implicit / coded hate and conspiracies naming no group, and the encoder trained on it
flagged more benign posts that name a group (neutral and positive identity statements, real tweets). The coded
surfaces it taught (« une chance », « enrichissement », « ils sont partout », « encore », « comme par hasard », « on
sait tous », « chez eux », « retour au pays », « quartier », statistics, 🙄 😏 🤔, « je dis ça je dis rien ») are
also everyday French. This batch puts those very surfaces in sincere posts so that they carry no label by
themselves, while keeping (in new wording) what the sixth batch teaches:

(a) benign identity statements on the coded surfaces (the bulk, label 0): posts that praise, describe, inform, joke
kindly or ask honestly about a group (``POSITIVE_SEVENTH``, ``NEUTRAL_SEVENTH``, ``QUESTION_SEVENTH``,
``NEWS_SEVENTH``), the speaker's own identity in everyday, proud, tired or funny posts (``OWN_SEVENTH`` with the
shared ``{moi}`` slots, ``OWN_INTRO_SEVENTH`` with a richer self-introduction per target, ``own_identity``), and the
same idioms with no group at all (``IDIOM_NONE_SEVENTH``, target ``none``);

(b) counter-speech and negation in the same register (``COUNTER_SEVENTH``: « non, les X ne sont pas … », support
for a targeted group, rejecting a coded line without quoting it at length; ``COUNTER_NONE_SEVENTH``, target
``none``);

(c) a smaller set of hateful rows in wording the sixth batch does not use (``SEVENTH_PAIRED``: ``hate_implicit`` and
two ``conspiracy_group`` frames, each paired with at least one benign post on the same surface form;
``CONSPIRACY_SEVENTH``: conspiracies naming no group on topics the earlier batches do not cover, each paired with a
fact and some with a debunking post), plus spelling-trick rows on them (``make_train.build_seventh``).

Every frame naming a group is rendered over all eleven targets, so a group name carries no label. No slur in any
row. Written by hand for the training half, without looking at the evaluation sets. Formats: see ``train_more``
(``PAIRED``) and ``train_sixth``. Group slots: see ``train_groups``; ``own_identity`` slots: ``{moi}`` (« noire »,
« en fauteuil »…), ``{en_tant_que}`` (« en tant que noire », « en tant qu'homme trans »), ``{me}`` (« e » for a feminine speaker), ``{intro}``
(one of ``OWN_INTRO_SEVENTH[target]``).
"""

from __future__ import annotations

NEU, NEG, POS, NQ, NEWS, CQ, CR = ("identity_neutral", "negated_hate", "identity_positive", "neutral_question",
                                   "news_report", "counter_quote", "counter_reference")
IMP, CG = "hate_implicit", "conspiracy_group"

# Implicit / coded hate in new wording (over all eleven targets), each with benign posts on the same surface form.
SEVENTH_PAIRED: list[tuple[str, str, list[tuple[str, str]]]] = [
    # « ils sont partout » / « encore » / « chance » used as a sneer, and the same words meant sincerely
    (IMP, "y a {des} partout maintenant, même à la boulangerie du village. je reconnais plus rien 😒",
     [(NEU, "y a {des} partout au club de rando maintenant, on est passés de 8 à 40 membres en un an 😄")]),
    (IMP, "encore {un_S} qui ouvre une boutique dans la grand-rue… bientôt on se croira plus en France ici 🙄",
     [(POS, "encore {un_S} qui ouvre une boutique dans la grand-rue, la rue revit enfin, j'adore 😍")]),
    (IMP, "cadeau de la diversité du jour : {des} installé{e}s juste en face de chez moi. joie. 🎁🙃",
     [(POS, "petit cadeau du jour : {des} installé{e}s juste en face m'ont apporté une tarte pour dire bonjour 🎁")]),
    (IMP, "les {G} sont une chance pour la France, disent toujours ceux qui habitent loin d'{eux} 😏",
     [(POS, "les {G} sont une chance pour la France, et je le dis en vivant à côté d'{eux} depuis quinze ans"),
      (CQ, "le coup du « une chance pour la France, disent ceux qui habitent loin » sur les {G} : ça se veut malin, "
           "c'est juste du mépris")]),
    (IMP, "la France a été bien trop gentille avec les {G}, la récré est terminée 🔔",
     [(NEG, "la France n'a pas été « trop gentille » avec les {G}, elle a appliqué le droit, comme pour n'importe qui")]),
    # before / after, « je constate », games and polls
    (IMP, "ma ville avant les {G} / ma ville après les {G}. pas besoin de légende 📸",
     [(POS, "ma ville avant l'asso des {G} / ma ville après : jardins partagés, fresques, café solidaire 📸"),
      (CQ, "les montages « ma ville avant / après les {G} » : zéro contexte, cent pour cent préjugé, et ça tourne en "
           "boucle")]),
    (IMP, "petit jeu : trouvez une rue de cette ville sans {G}. indice : y en a plus 😏",
     [(NQ, "petite question : y a une rue de cette ville qui porte le nom d'{un_S} ? c'est pour l'exposé de mon fils 🤔")]),
    (IMP, "avant y avait pas {de} au village et on laissait les portes ouvertes. je constate, c'est tout 🤷",
     [(NEU, "avant y avait pas {de} au club de foot du village, maintenant on a enfin une équipe complète. je "
            "constate, c'est tout 🤷")]),
    (IMP, "citez-moi un seul pays où il y a beaucoup {de} et où ça se passe bien. je patiente 🍿",
     [(NQ, "vous connaissez un pays où il y a beaucoup {de} et qui a de bonnes lois contre les discriminations ? "
           "je compare pour mon mémoire")]),
    (IMP, "sondage : {des} dans ton immeuble, tu votes 👍 ou 🚪 ? chez moi c'est vite vu",
     [(NQ, "sondage pour le conseil syndical : on traduit les affiches pour les {G} de l'immeuble ? 👍 ou 👎")]),
    # insinuations
    (IMP, "mon chien aboie dès qu'il croise {un_S}. les animaux sentent ces choses-là 🐕",
     [(POS, "mon chien adore les {G} de l'immeuble, il fait la fête dès qu'il les croise dans l'escalier 🐕")]),
    (IMP, "le jour où on fera le grand ménage, les {G} passeront en premier. patience 🧹",
     [(NEU, "jour du ménage de la cage d'escalier : c'est les {G} du 4e qui passent en premier, organisé{e}s comme "
            "jamais 🧹"),
      (CQ, "« le jour où on fera le grand ménage » à propos des {G} : ce n'est pas de l'humour, c'est une menace à "
           "peine voilée")]),
    (IMP, "les {G} et la politesse, une relation très longue distance 📵😂",
     [(NEG, "les {G} et la politesse ? ni plus ni moins que n'importe qui, ce cliché sert juste à rabaisser")]),
    (IMP, "quand tu vois ce que deviennent les quartiers où s'installent les {G}… je dirai rien de plus 🤐",
     [(POS, "quand tu vois ce que deviennent les quartiers où s'installent les {G} de l'asso : potagers, fêtes, aide "
            "aux devoirs… je dirai rien de plus ❤️")]),
    (IMP, "il y a les Français, et il y a les {G}. ça fera toujours deux choses différentes, désolé",
     [(NEG, "il y a pas « les Français » d'un côté et les {G} de l'autre, plein {de} ont la nationalité française, "
            "c'est pas deux catégories")]),
    (IMP, "{un_S} comme médecin ? non merci, je préfère encore me soigner tout seul 🙃",
     [(POS, "{un_S} comme médecin de famille, franchement le meilleur suivi que j'aie jamais eu, à l'écoute et "
            "précis")]),
    (IMP, "les bébés des {G}, on en reparlera quand nos petits-enfants seront minoritaires. tic tac ⏳",
     [(NEWS, "natalité : une étude de l'Ined décrit l'évolution des familles {de} sur trois générations")]),
    (IMP, "laissez les {G} entre {eux}, dans leurs coins, tout le monde sera plus heureux, surtout nous",
     [(NEU, "les {G} entre {eux} au repas de l'asso, puis tout le monde mélangé au karaoké, meilleure soirée de "
            "l'année"),
      (CQ, "« laissez les {G} entre {eux}, dans leurs coins » : ça a un nom, la ségrégation, même dit gentiment")]),
    (IMP, "on ouvre la porte aux {G} et après on s'étonne que la maison soit plus la nôtre 🚪",
     [(POS, "on a ouvert la porte de l'asso aux {G} du quartier et la maison a jamais été aussi vivante 🚪❤️")]),
    (IMP, "les {G} dans la police ? ça rassure qui exactement 😬",
     [(NQ, "les {G} dans la police, y a des chiffres sur leur nombre ? je cherche pour un article")]),
    (IMP, "pas {de} dans mon équipe de foot, et bizarrement on a jamais aucun problème 😇",
     [(NEU, "pas mal {de} dans mon équipe de foot, et bizarrement c'est nous qui avons le prix du fair-play cette "
            "saison 😇")]),
    (IMP, "je reconnais plus mon pays, trop {de} à chaque coin de rue, ça me fout le cafard",
     [(CQ, "« trop {de} à chaque coin de rue » : c'est le genre de phrase qui prépare le terrain pour pire, on la "
           "laisse pas passer")]),
    (IMP, "on vous avait prévenus pour les {G}. maintenant démerdez-vous avec 🙃",
     [(NEU, "on vous avait prévenus : l'expo sur les {G} finit dimanche, démerdez-vous pour y passer avant 🙃")]),
    (IMP, "si t'as besoin d'un coupable, cherche {un_S}, tu te tromperas rarement 😏",
     [(CQ, "« cherche {un_S}, tu te tromperas rarement » : c'est littéralement le mécanisme du bouc émissaire")]),
    (IMP, "j'ai rien contre les {G}, la preuve je les laisse passer devant… vers la sortie 🚪😂",
     [(POS, "j'ai rien contre les {G}, j'ai tout pour : je bosse avec {eux}, je fais la fête avec {eux}, je râle "
            "avec {eux} 😂")]),
    (IMP, "donnez le pouvoir aux {G} et dans 5 ans le pays ressemble à un champ de ruines 🏚️",
     [(NEWS, "municipales : davantage {de} élu{e}s cette année dans les conseils, selon un décompte d'un observatoire")]),
    (IMP, "les {G} qui trouvent qu'on les accueille mal, l'aéroport est ouvert 24h/24 ✈️",
     [(NQ, "les {G} qui se sentent mal accueilli{e}s à la mairie, {ils} peuvent s'adresser à qui ? vraie question")]),
    (IMP, "le bon côté des {G} ? attendez, je cherche encore 🔍",
     [(POS, "le bon côté de bosser avec des {G} ? j'en ai une liste entière, vous avez le temps ? 🔍")]),
    (IMP, "ma fille sort avec {un_S}. personne le dit à table, mais on a tous compris que c'est la fin 😔",
     [(POS, "ma fille sort avec {un_S}, adorable, on les a invités dimanche et mon père a adoré 😊")]),
    (IMP, "la maison du vieux Marcel rachetée par {des}. le progrès, paraît-il 🙃",
     [(NEU, "la maison du vieux Marcel a été rachetée par {des}, ils vont en faire des chambres d'hôtes, trop hâte")]),
    (IMP, "nouveaux voisins au 3e : {des}. bon ben je vais installer une caméra 📹",
     [(POS, "nouveaux voisins au 3e : {des} avec deux gamins, on est déjà invités au goûter de dimanche")]),
    (IMP, "à force de tout passer aux {G}, un jour faudra s'excuser d'être né ici 🙄",
     [(NEG, "respecter les {G} ne demande à personne de s'excuser d'être né ici, c'est pas un concours")]),
    (IMP, "vous laisseriez vos gosses seuls avec {un_S} ? moi non, et je m'en excuserai pas",
     [(POS, "mes gosses passent leurs mercredis avec {des} du centre aéré et ils adorent, zéro hésitation")]),
    (IMP, "l'immeuble avait une bonne réputation. puis les {G} sont arrivé{e}s. fin de l'histoire",
     [(NEU, "l'immeuble avait une réputation de dortoir. puis les {G} sont arrivé{e}s avec leur chorale. fin de "
            "l'histoire 😂")]),
    (IMP, "les {G} c'est comme les impôts, t'y échappes pas et ça coûte toujours plus cher 💸",
     [(NEG, "les {G} ne sont pas une charge, {ils} paient des impôts et cotisent comme tout le monde")]),
    (IMP, "les {G}, tu leur donnes un doigt, {ils} te prennent le bras. tout le monde le sait 🤷",
     [(NEU, "on a donné un coup de main aux {G} du foyer pour leur déménagement, et {ils} nous ont aidés à repeindre "
            "la salle, tout le monde y gagne")]),
    (IMP, "tu veux faire baisser les loyers ? enlève les {G} du quartier, magique ✨",
     [(NQ, "les loyers montent dans le quartier, les {G} qui y vivent depuis longtemps vont pouvoir rester ? vraie "
           "inquiétude")]),
    # group conspiracies (conspiracy_group), with a negation and a good-faith question / fact
    (CG, "les {G} ont un plan, {ils} avancent doucement, une mairie après l'autre. regardez bien 🧐",
     [(NEG, "non, les {G} n'ont pas de « plan » pour prendre les mairies, c'est un vieux fantasme complotiste"),
      (NEWS, "une étude sur la participation des {G} aux élections municipales publiée par une équipe de "
             "politistes")]),
    (CG, "qui finance les assos {de} ? personne pose la question, pourtant c'est là que tout se décide 💰",
     [(NQ, "qui finance les assos {de} ? je veux faire un don et savoir où va l'argent, y a des rapports publics ?")]),
]

# Positive statements about groups using the coded surfaces sincerely (identity_positive), over all targets.
POSITIVE_SEVENTH: list[str] = [
    "les {G} de l'équipe de nuit, une vraie chance pour l'hôpital, et je le dis sans aucune ironie 🏥",
    "enrichissement culturel, version sincère : grâce aux {G} de ma rue je sais cuisiner trois nouveaux plats 🍲",
    "{ils} sont partout 😂 les {G} du club de course, à chaque ravito y en a un{e} pour t'encourager",
    "encore {un_S} sur le podium du concours des apprentis, encore ! on les arrête plus 🏅",
    "comme par hasard, c'est toujours les {G} du quartier qui arrivent en premier quand y a une inondation. merci 🙏",
    "on sait tous qui fait tourner la cantine de l'école depuis quinze ans : les {G} de l'asso des parents 🫡",
    "les {G} de l'immeuble nous ont invités chez {eux} pour leur fête, on est repartis avec des boîtes de restes 🥰",
    "le quartier a changé depuis que les {G} ont repris la boulangerie : une file d'attente dès 7h du mat 😅🥖",
    "stat du jour : 40 bénévoles à la collecte ce matin, dont plein {de}, et deux tonnes de bouffe récoltées 📊",
    "je dis ça je dis rien, mais les {G} de mon taf font les meilleurs gâteaux pour les pots de départ 😏🍰",
    "{un_S} à la tête de l'orchestre régional, et le concert de ce soir était sublime, encore bravo 🎻",
    "petite pensée pour les {G} qui ont ouvert la première école du village, on leur doit énormément",
    "on a {des} dans la famille, et les repas de Noël sont d'autant plus animés 🎄😂",
    "mon quartier sans les {G} ? plus de marché le samedi, plus de club de boxe, plus d'aide aux devoirs. non merci",
    "les {G} au défilé de la fierté hier, ambiance de dingue, on a dansé jusqu'au bout du cortège 🌈",
    "j'apprends la langue des signes avec des {G} de l'asso, c'est devenu le meilleur moment de ma semaine 🤟",
    "bravo aux {G} qui ont fait installer la rampe d'accès à la salle des fêtes, enfin tout le monde peut entrer ♿",
    "les {G} qui nous ont hébergés pendant notre road trip, une hospitalité que j'oublierai jamais 🙏",
    "encore une victoire des {G} au tournoi de pétanque, le club d'en face commence à avoir peur 😂",
    "le prof de français de mon fils est {un_S} et depuis la rentrée le gamin dévore des romans, merci 📚",
    "le chalet du marché de Noël tenu par {des} du coin sert le meilleur vin chaud de la région 🍷",
    "les {G} du forum de l'emploi ont trouvé un stage à mon frère en une semaine, chapeau",
    "les {G} qui gèrent la boîte à livres de la place : 200 bouquins échangés ce mois-ci 📚 vous êtes géniaux",
    "une chance pour le club, pour de vrai : les {G} arrivé{e}s cette année ont relancé l'équipe réserve ⚽",
    "soutien aux {G} visé{e}s en ligne cette semaine, on est avec vous et on lâche rien 💪",
]

# Neutral statements using the coded surfaces sincerely (identity_neutral), over all targets.
NEUTRAL_SEVENTH: list[str] = [
    "ils sont partout 🤔 les stands des {G} au salon du livre, j'ai pas su où donner de la tête",
    "retour au pays (la Bretagne 😂) avec {des} de ma promo, crêpes et pluie au programme",
    "encore un article sur les {G} dans le journal… cette fois sur leur troupe de théâtre, et il est bien écrit",
    "les {G} du quartier Saint-Michel organisent un vide-grenier dimanche, venez tôt pour les vinyles",
    "selon le recensement, la part {de} dans la commune a peu bougé en dix ans 📊",
    "comme par hasard j'ai recroisé {des} de mon ancien lycée au ciné hier soir, le monde est petit 😄",
    "on sait tous que le club de danse des {G} répète le mardi, donc la salle est prise ce soir-là, désolé 😅",
    "soirée chez {des} de mon taf, on a regardé le match et refait le monde jusqu'à minuit",
    "les {G} du conseil de quartier demandent un passage piéton devant l'école, la pétition est en ligne",
    "expo photo sur le quotidien des {G} dans les années 80 à la mairie du 10e, jusqu'au 20 du mois",
    "🙄 le bus 38 encore en retard, et j'avais rdv avec {des} du collectif pour préparer la kermesse",
    "la fac propose un module sur l'histoire des {G} au XIXe siècle, inscriptions avant vendredi",
    "enrichissement de mon vocabulaire grâce aux {G} de mon équipe de hand, j'ai appris au moins vingt expressions 😂",
    "dans mon immeuble y a {des}, une famille avec un chat énorme et un monsieur qui joue de la trompette. la vie quoi",
    "{un_S} a été élu{e} délégué{e} dans la classe de ma fille, la campagne était très sérieuse 😂",
    "chez {eux} c'est toujours plein de monde le dimanche, les {G} d'en face reçoivent toute la famille",
    "le quartier de la gare change, des {G} qui y habitent en parlent dans un podcast de 40 minutes 🎧",
    "docu ce soir sur des {G} qui vivent en haute montagne, les images ont l'air magnifiques 🏔️",
    "je dis ça je dis rien, mais le groupe de {G} qui joue au parc le dimanche mériterait une vraie scène 🎸",
    "trois {G} dans le jury de l'émission de pâtisserie cette saison, ça promet des débats 😄",
    "semaine de sensibilisation sur les {G} au collège, des intervenants passent dans toutes les classes",
    "les {G} font 12 % des adhérents de notre mutuelle, d'après la newsletter de ce mois 📊",
    "pause déj avec des {G} du service compta : vacances, crédit immo et séries. rien de fou",
    "encore {eux} 😂 les {G} de la chorale ont encore réservé la salle pour répéter, on trouvera un autre créneau",
    "les {G} de ma rue ont monté une cagnotte pour le vélo volé du facteur, 300 € en deux jours",
    "d'après l'enquête de la région, les {G} prennent plus souvent le train que la voiture pour aller bosser 🚆",
    "les {G} du village fêtent la fin des vendanges samedi, tout le monde est invité sur la place",
    "le club de quartier cherche des {G} pour témoigner dans son journal, contactez la permanence",
]

# Honest questions about groups (neutral_question), over all targets.
QUESTION_SEVENTH: list[str] = [
    "c'est vrai que les {G} ont une fête importante ce mois-ci ? je veux la souhaiter à ma collègue sans me planter 🤔",
    "vraie question sans arrière-pensée : comment on montre aux {G} qu'on les soutient sans être lourd ?",
    "il y a plus {de} en ville ou à la campagne ? aucune idée, y a des chiffres quelque part ?",
    "comment on rend un festival vraiment accueillant pour les {G} ? on organise le nôtre en juin, tous les conseils "
    "sont bons",
    "y a des {G} ici qui ont fait un service civique ? ça vaut le coup ? 🤔",
    "vous connaissez des BD où les héros sont des {G} ? c'est pour mon neveu de 10 ans 📚",
    "quels recours ont les {G} face à un employeur qui refuse un aménagement ? j'ai rdv avec les RH lundi",
    "des {G} dans mes abonnés pour me conseiller un bon resto à Lyon ? 🙏",
    "sérieusement, c'est quoi le taux de chômage chez les {G} ? on m'a sorti un chiffre au repas et je sais pas s'il "
    "est vrai 🤔",
    "les {G} sont bien représenté{e}s dans le cinéma français aujourd'hui ? gros débat au repas hier",
    "pourquoi on entend toujours « ils sont partout » quand on parle des {G} ? l'expression vient d'où ?",
]

# News in a neutral register (news_report), over all targets.
NEWS_SEVENTH: list[str] = [
    "Lyon : une fresque géante en hommage aux {G} du quartier inaugurée ce samedi",
    "un rapport de l'Insee détaille pour la première fois les revenus des {G} par région",
    "le festival de la ville consacrera sa soirée d'ouverture aux {G}, annonce la mairie",
    "une association {de} remporte le prix de l'innovation sociale pour son réseau d'entraide",
    "volley : {des} sélectionné{e}s en équipe de France pour les championnats d'Europe",
    "Rennes : l'université ouvre une bourse pour les {G} qui reprennent leurs études",
    "sondage : une large majorité de Français disent avoir une bonne image des {G}, en hausse de huit points",
    "Marseille : des {G} du quartier de la Belle de Mai ouvrent un tiers-lieu dans une ancienne usine",
    "la région finance une campagne contre le harcèlement des {G} dans les transports",
]

# The speaker's own identity in everyday, proud, tired or funny posts (own_identity), over all targets.
OWN_SEVENTH: list[str] = [
    "{en_tant_que}, mon plus gros problème aujourd'hui c'est le wifi du TGV 😤",
    "je suis {moi} et je viens de finir mon premier semi-marathon, plus de jambes mais quelle fierté 🏃",
    "je suis {moi}, prof de SVT, et oui mes élèves veulent surtout savoir s'il y a contrôle vendredi 😂",
    "je suis {moi}. épuisé{me} d'expliquer, alors aujourd'hui je vous montre juste ma journée : taf, courses, sieste 😴",
    "{en_tant_que}, je lis « ils sont partout » sous mes posts. oui je suis partout : au taf, à la salle, au "
    "marché. comme vous",
    "je suis {moi} et ma mère m'appelle quatre fois par jour, comme toutes les mères je crois 📱",
    "{en_tant_que}, je vous confirme qu'on a pas de réunion secrète. on a un groupe whatsapp pour le covoit, "
    "c'est tout 😂",
    "je suis {moi}, j'ai 34 ans, un crédit, un chat et une passion pour les puzzles. voilà le portrait",
    "je suis {moi} et aujourd'hui j'ai juste envie de parler de mes tomates 🍅",
    "{en_tant_que}, je vous rassure : on aime aussi la raclette et les dimanches pluvieux 🧀",
    "je suis {moi} et ce week-end retour au pays, c'est-à-dire chez mes parents à Limoges 😂",
    "je suis {moi}, un collègue m'a dit « t'es une chance pour la boîte » et c'était sincère. ça m'a fait du bien 🥹",
    "{en_tant_que}, je suis crevé{me} ce soir, pas à cause du monde, juste à cause de ma semaine de 50h",
    "je suis {moi} et je bosse dans la cybersécurité, oui on existe, non c'est pas rare 💻",
    "je suis {moi} et j'ai enfin trouvé un appart après deux ans de recherche 🔑",
    "je suis {moi} et je supporte l'OM, je sais pas ce qui étonne le plus les gens 😂",
]

# A richer self-introduction per target (own_identity), used by the frames just below. (intro, feminine speaker)
OWN_INTRO_SEVENTH: dict[str, list[tuple[str, bool]]] = {
    "black": [("moi, fille de parents ivoiriens", True), ("en tant que mec noir de banlieue", False)],
    "arab": [("moi, fils d'immigrés algériens", False), ("en tant que Marocaine de Roubaix", True)],
    "asian": [("moi, fille de restaurateurs vietnamiens", True), ("en tant que Franco-Chinois de Belleville", False)],
    "roma": [("moi, manouche né dans une caravane", False), ("en tant que fille du voyage", True)],
    "migrant": [("moi, arrivé en France à 16 ans comme réfugié", False), ("en tant qu'exilée syrienne", True)],
    "jewish": [("moi, juive de Strasbourg", True), ("en tant que juif pratiquant", False)],
    "muslim": [("en tant que musulmane", True), ("moi, musulman qui fait le ramadan", False)],
    "women": [("moi, meuf de 25 ans qui vit seule", True), ("en tant que femme de 45 ans", True)],
    "gay": [("en tant que lesbienne", True), ("moi, gay de 40 ans", False)],
    "trans": [("moi, femme trans", True), ("en tant que mec trans", False)],
    "disabled": [("en fauteuil depuis 10 ans", False), ("moi, autiste", True)],
}
OWN_INTRO_FRAMES: list[str] = [
    "{intro}, je vous annonce que j'ai eu mon permis du premier coup 🚗🎉",
    "{intro}, mon combat du jour c'est de trouver un parking près de la fac, rien de plus 😅",
    "{intro}, je suis fatigué{me} mais content{me} : première expo de mes photos ce soir 📷",
    "{intro}, je peux vous dire qu'on rigole beaucoup chez nous, surtout quand le Wi-Fi plante 😂",
    "{intro}, je passe aussi mes dimanches devant les séries sous un plaid, comme tout le monde 🛋️",
    "{intro}, on m'a demandé si j'étais « d'ici ». j'ai répondu que je suis surtout de la team croissant 🥐",
    "{intro}, ce matin j'ai été embauché{me} en CDI. je le crie partout 🎉",
    "{intro}, je fais la cuisine de ma grand-mère pour mes collègues vendredi, je stresse un peu 🍲",
]

# Counter-speech and negation in the same register, over all targets: (kind, template).
COUNTER_SEVENTH: list[tuple[str, str]] = [
    (NEG, "non, les {G} ne sont pas « partout », {ils} sont juste enfin visibles, et c'est tant mieux"),
    (NEG, "non, les {G} ne « profitent » pas du système, {ils} cotisent comme toi et moi"),
    (CQ, "« comme par hasard » à chaque fait divers, et toujours les {G} visé{e}s. stop, c'est pas un argument"),
    (CR, "de l'humour qui cache {ism}, ça reste {ism}. les emojis 🙄 et 😏 changent rien"),
    (NEG, "les {G} ne sont pas un problème à régler. c'est des gens, avec des prénoms"),
    (NEG, "on arrête de dire que les {G} « s'intègrent pas » : {ils} bossent, votent, râlent, comme tout le monde"),
    (CQ, "les « je dis ça je dis rien » sur les {G} dans les commentaires du journal local, je les signale un par un"),
    (CR, "{ism} sous chaque post du club, ça suffit. modération svp 🙏"),
    (NEG, "les {G} n'ont pas de plan caché. le seul plan de ma voisine c'est de finir son tricot avant l'hiver 🧶"),
    (NEG, "non, il y a pas « trop {de} » ici. il y a des gens, et de la place pour tout le monde"),
    (CQ, "quand quelqu'un écrit « encore {des} » sous un fait divers, demandez-lui ses sources. en général y en a pas"),
    (CR, "on peut parler d'immigration, de religion, de tout. mais {ism}, non, ça se discute pas"),
    (NEG, "les {G} ne « remplacent » personne, {ils} vivent ici. la démographie c'est pas un complot"),
]

# The same devices in everyday posts naming no group (identity_neutral, target none).
IDIOM_NONE_SEVENTH: list[str] = [
    "ils sont partout 😩 les moustiques de la terrasse, quatorze piqûres depuis hier",
    "encore ! encore un lundi, encore la pluie, encore le voisin qui perce à 8h 🙄",
    "comme par hasard, la machine à café tombe en panne le jour de l'inventaire",
    "on sait tous que la meilleure pizza de la ville c'est celle du camion du mardi soir 🍕",
    "chez eux c'est toujours impeccable, chez nous c'est la jungle 😅 (je parle de mes beaux-parents)",
    "retour au pays : 6h de route, 3 bouchons, et ma mère qui a fait un gratin pour 12 ❤️",
    "le quartier a bien changé, trois salles d'escalade et plus un seul bar-tabac 🤔",
    "stat du jour : 73 % de mes réunions auraient pu être un mail 📊",
    "je dis ça je dis rien, mais quelqu'un a encore laissé sa tasse sale dans l'évier du bureau 😏",
    "une chance pour la boîte, cette stagiaire : elle a réparé l'imprimante en cinq minutes 🙌",
    "enrichissement garanti : ce bouquin sur l'histoire des épices m'a appris un truc à chaque page",
    "🤔 les pigeons de la gare ont l'air mieux nourris que moi",
    "ils reviennent chaque été, ils s'installent, ils font un boucan pas possible : les cigales du jardin 🦗",
    "on nous cache des choses : ma coloc a planqué les derniers cookies, j'en suis sûr 🍪",
    "grand ménage de printemps : quatre sacs de fringues pour la recyclerie, enfin",
    "les nouveaux voisins ont repeint leurs volets en violet, le quartier sera plus jamais le même 😂",
    "faut pas être naïf, c'est le chat qui a mangé le jambon, les preuves sont partout 🐱",
    "avant y avait une boulangerie ici, maintenant c'est une banque. je constate, c'est tout 😔",
    "comptez les trottinettes dans la rue, dans dix ans elles seront plus nombreuses que nous 🛴😂",
    "le wifi qui coupe pile pendant le match, hasard ? je crois pas 🙄",
    "nos traditions se perdent : personne a fait la galette chez ma tante cette année 😢",
    "on rentre chez nous ! fin de la colo, les gamins sont épuisés et les monos encore plus",
    "invasion de coccinelles sur le balcon, y en a partout, c'est trop mignon 🐞",
    "il faut traiter le buis avant que la pyrale se propage à toute la haie 🌿",
    "@USER tkt c'est juste le voisin qui fait des travaux, y a rien de louche 😂",
    "les chiffres parlent d'eux-mêmes : trois plantes vertes mortes en un mois, je devrais arrêter",
    "petit jeu : trouvez une seule place de parking libre dans ce quartier un samedi. indice : y en a pas 😏",
    "on vous avait prévenus pour la canicule, buvez de l'eau et fermez les volets l'aprèm ☀️",
]

# Counter-speech about the coded devices, naming no group (counter_quote, target none).
COUNTER_NONE_SEVENTH: list[str] = [
    "quand un post finit par « 🙄 » sous une photo de famille, c'est pas de l'humour, c'est du mépris",
    "« ils sont partout » sous une photo de classe, sérieux ? c'est des gamins de six ans",
    "« je suis pas raciste mais » suivi d'un emoji clin d'œil : on connaît la chanson, et elle est moche",
    "« on sait tous qui » : non, on sait rien, et toi non plus. les préjugés c'est pas des faits",
    "les sous-entendus en commentaire, c'est de la haine qui veut pas signer de son nom",
    "« avant y avait pas de ça ici » : ce « ça », c'est des gens. dis-le franchement ou tais-toi",
]

# Conspiracies naming no group on topics the earlier batches do not cover (label 1, target none):
# (claim, fact on the same topic, debunking post or None).
CONSPIRACY_SEVENTH: list[tuple[str, str, str | None]] = [
    ("les éoliennes envoient des infrasons exprès pour rendre malades les gens des campagnes, ils veulent vider les "
     "villages 🌬️",
     "les infrasons des éoliennes sont mesurés et restent sous les seuils de perception, selon l'Anses",
     "les éoliennes « rendent malades exprès » ? l'Anses a étudié leurs infrasons et n'a trouvé aucun effet sur la "
     "santé"),
    ("les rayons vides au supermarché c'est pas un hasard, ils organisent la famine pour qu'on accepte les tickets de "
     "rationnement 🛒",
     "les ruptures en rayon viennent le plus souvent de retards de livraison ou de négociations entre enseignes et "
     "fournisseurs",
     None),
    ("les compteurs d'eau connectés servent à savoir quand t'es chez toi, pour le jour où ils viendront frapper à ta "
     "porte 🚿",
     "les compteurs d'eau à télérelève transmettent un index de consommation, en général une fois par jour",
     None),
    ("l'heure d'été c'est une expérience pour voir jusqu'où on obéit, ils nous testent deux fois par an ⏰",
     "le changement d'heure a été instauré en France en 1976, après le choc pétrolier, pour économiser l'énergie",
     "« l'heure d'été, une expérience d'obéissance » : c'est une mesure d'économie d'énergie de 1976, que l'UE "
     "voulait même supprimer"),
    ("la moitié des comptes qui te contredisent sont des bots payés par le pouvoir, les vrais gens pensent tous "
     "comme nous 🤖",
     "des chercheurs ont identifié des réseaux de faux comptes, mais la plupart des utilisateurs sont des personnes "
     "réelles",
     None),
    ("la crème solaire donne le cancer et le soleil le soigne, mais les labos préfèrent te vendre les deux ☀️",
     "l'exposition aux UV est la première cause des cancers de la peau, la crème solaire réduit ce risque",
     "« la crème solaire donne le cancer » : c'est l'inverse, les dermatos le répètent chaque été"),
    ("les punaises de lit sont relâchées exprès pour vendre des traitements hors de prix, regarde qui fabrique les "
     "insecticides 🐛",
     "le retour des punaises de lit s'explique par les voyages et leur résistance aux insecticides",
     None),
    ("les caméras de la ville font déjà de la reconnaissance faciale en secret, ta tête est dans leur base depuis "
     "longtemps 📹",
     "la reconnaissance faciale en temps réel dans l'espace public est interdite en France, hors expérimentations "
     "prévues par la loi",
     None),
    ("les grosses pannes de courant sont des répétitions avant le grand black-out qu'ils préparent ⚡",
     "les coupures de courant viennent le plus souvent d'intempéries ou d'incidents sur le réseau, selon Enedis",
     None),
    ("les krachs boursiers sont programmés à l'avance, leurs amis vendent la veille et c'est nous qui payons 📉",
     "les krachs ont des causes multiples, et l'AMF enquête quand un délit d'initié est soupçonné",
     None),
    ("les tests ADN de généalogie servent à ficher toute la population pour le jour où ils en auront besoin 🧬",
     "les tests génétiques récréatifs sont interdits en France, et les données de santé sont protégées par le RGPD",
     None),
    ("le lait infantile est trafiqué pour fabriquer des enfants dépendants aux médicaments, ça commence au biberon 🍼",
     "la composition du lait infantile est fixée par une réglementation européenne stricte",
     "« le lait infantile trafiqué » : c'est l'un des aliments les plus contrôlés d'Europe, arrêtez de faire peur aux "
     "jeunes parents"),
    ("les séismes de ces dernières années ? des essais souterrains qu'on nous cache, la terre tremble pas toute seule",
     "les séismes viennent du mouvement des plaques tectoniques, enregistré en continu par les sismographes",
     None),
    ("l'intelligence artificielle écrit déjà tous les articles de presse, et elle est réglée pour te faire penser "
     "droit 🧠",
     "certaines rédactions testent des outils d'IA, mais les articles restent écrits et signés par des journalistes",
     None),
    ("les antidépresseurs sont distribués en masse pour que personne se révolte, le calme chimique 💊",
     "les antidépresseurs sont prescrits pour des troubles diagnostiqués, et leur usage est suivi par l'Assurance "
     "maladie",
     "les antidépresseurs « pour éviter la révolte » : c'est un traitement, pas une arme politique, et ce discours "
     "décourage des malades de se soigner"),
    ("les radars routiers enregistrent aussi ta voix, pourquoi tu crois qu'ils ont changé de modèle 🎙️",
     "les radars routiers photographient les véhicules en infraction, ils n'enregistrent aucun son",
     None),
    ("ils vont remplacer l'argent par des crédits carbone, chaque steak noté, chaque trajet puni 🥩",
     "le marché du carbone européen concerne les industriels et les producteurs d'énergie, pas les achats des "
     "particuliers",
     "« chaque steak noté en crédits carbone » : aucun projet de ce genre, le marché carbone vise les usines et les "
     "centrales"),
    ("les feux de forêt géants sont allumés par drones pour faire passer les lois climat, ouvre les yeux 🔥",
     "les enquêtes sur les grands feux de forêt retrouvent surtout des causes accidentelles, la foudre et la "
     "sécheresse",
     None),
]

# Benign posts whose group word gets a spelling trick (spell_benign), over all targets.
SPELL_BENIGN_SEVENTH: list[str] = [
    "les {G} du club ont encore gagné, une vraie chance pour l'équipe 🙌",
    "{des} ont ouvert une librairie dans le quartier, foncez",
    "mes collègues {G} m'ont invité chez {eux} pour leur fête",
    "les {G} sont partout à l'asso, et c'est tant mieux",
]
