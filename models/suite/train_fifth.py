"""Fifth batch of training frames, written as real social-media posts (``@USER`` replies, SMS spelling, « jsp »,
« ptdr », « tkt », missing accents, emoji, hashtags, threads, multi-sentence context, irony).

Aimed at what the models still get wrong: (a) neutral and positive statements about groups (``POSITIVE_FIFTH``,
``NEUTRAL_FIFTH``: everyday life, rights and laws, history, sport, culture, food, neighbours, work, festivals,
curious questions), (b) hate phrased as negated praise, implicit or coded hate and hate questions, each paired with
benign posts on the same surface form (``FIFTH_PAIRED``), conspiracies naming no group paired with facts on the same
topic (``CONSPIRACY_FIFTH``), (c) reclaimed in-group words (label 0) paired with the same word thrown as a slur by
an outsider (label 1) and with counter-speech quoting the slur (``RECLAIM_PAIRS``).

Written by hand for the training half, without looking at the evaluation half. Formats: see ``train_more``
(``PAIRED``). Group slots: see ``train_groups``. Reclaimed slots (filled by ``make_train.build_fifth``):
{rw} singular word, {rws} plural, {un_rw} « un/une » + word, {fier} fier/fière, {re} « e » if feminine.
"""

from __future__ import annotations

NEU, NEG, POS, NQ, NEWS, CQ = ("identity_neutral", "negated_hate", "identity_positive", "neutral_question",
                               "news_report", "counter_quote")

# Hateful frames (rendered over all eleven targets), each with benign counterparts on the same surface form.
FIFTH_PAIRED: list[tuple[str, str, list[tuple[str, str]]]] = [
    # negated praise
    ("negated_praise", "@USER les {G} sont pas capables de garder un taf plus de 2 semaines, desole c la realite 🤷",
     [(POS, "@USER les {G} de ma boite tiennent la baraque depuis 10 ans, desole c la realite 🤷"),
      (CQ, "« les {G} sont pas capables de garder un taf » … on est en 2026 et on lit encore ça. t'as deja bossé avec "
           "{des} au moins ?")]),
    ("negated_praise", "jamais vu {un_S} honnete de toute ma vie. et j'ai 50 piges hein",
     [(CQ, "« jamais vu {un_S} honnête » dit le mec qui parle à personne. moi j'en connais des dizaines, sors un peu"),
      (POS, "jamais vu {un_S} aussi doué{e} au piano, toute la salle s'est levée à la fin 👏")]),
    ("negated_praise", "les {G} et le respect, c pas compatible. jamais vu ça une seule fois, jamais",
     [(NEG, "les {G} et le respect, c'est parfaitement compatible, faut arrêter avec ces clichés"),
      (POS, "les {G} et le respect des anciens, chez mes voisins c'est sacré, ça m'a toujours touché")]),
    ("negated_praise", "aucun{e} {S} a jamais rien inventé d'utile, citez-m'en un{e}, j'attends 😴",
     [(NQ, "vous connaissez des {G} qui ont marqué l'histoire des sciences ? je prépare un exposé pour lundi"),
      (CQ, "le type : « aucun{e} {S} a jamais rien inventé ». moi : je t'envoie une liste de 40 noms ou tu sais "
           "te servir de Wikipédia ?")]),
    ("negated_praise", "les {G} savent pas elever leurs gosses, suffit de regarder dans le bus le soir",
     [(POS, "les {G} de ma rue élèvent leurs gosses avec une patience de dingue, respect"),
      (NEG, "non, les {G} savent élever leurs gosses comme tout le monde. ton bus c'est pas une statistique")]),
    ("negated_praise", "{un_S} qui paye ses impôts ? ptdr on en a jamais vu, c'est une légende urbaine",
     [(NEWS, "selon une étude publiée hier, les {G} paient leurs impôts comme le reste de la population"),
      (CQ, "« {un_S} qui paye ses impôts, c'est une légende » : non, c'est juste faux, et ça s'appelle de la haine")]),
    ("negated_praise", "les {G} meritent ni respect ni pitié, voila c'est dit, bloquez-moi si vous voulez",
     [(NEG, "nan, les {G} méritent autant d'égards que n'importe qui, et je le redirai autant de fois qu'il faudra")]),
    ("negated_praise", "franchement y a rien de bon à tirer des {G}, j'ai essayé d'etre ouvert, que dalle",
     [(POS, "franchement y a tellement de bon chez les {G} de mon asso, {ils} m'ont appris plein de trucs")]),
    ("negated_praise", "les {G} seront jamais à la hauteur, peu importe les chances qu'on leur donne. jamais.",
     [(NEG, "les {G} ont toujours été à la hauteur quand on leur a laissé une vraie chance"),
      (NEWS, "concours national : {des} parmi les premiers du classement cette année, bravo à {eux}")]),
    # hate questions
    ("hate_question", "serieux pourquoi les {G} sont incapables de vivre comme des gens normaux ?",
     [(NQ, "sérieux, pourquoi les {G} sont si peu représenté{e}s dans les séries françaises ?")]),
    ("hate_question", "@USER et les {G} ils servent à quoi à part nous couter un pognon de dingue ?",
     [(NQ, "@USER et les {G}, {ils} ont droit à quelles aides pour le logement ? je trouve pas l'info")]),
    ("hate_question", "qui veut {des} comme voisins franchement ? levez la main 🙋 … personne ? c'est bien ce que je pensais",
     [(NQ, "qui a {des} comme voisins ici ? on organise la fête des voisins et on veut inviter tout le monde")]),
    ("hate_question", "c'est quand qu'on se débarrasse des {G} une bonne fois pour toutes ?",
     [(NQ, "c'est quand la prochaine réunion des {G} du quartier ? je voudrais y passer")]),
    ("hate_question", "vous trouvez pas que les {G} puent ? ou c'est moi ? 🤢",
     [(NQ, "vous trouvez pas que les {G} sont mal représenté{e}s dans les pubs ? ou c'est moi ?")]),
    ("hate_question", "pourquoi on laisse encore les {G} approcher nos enfants ?? qqn peut m'expliquer",
     [(NQ, "comment on parle des {G} aux enfants sans clichés ? qqn a des livres jeunesse à conseiller ?")]),
    # implicit / coded hate
    ("hate_implicit", "les {G} ? je dis rien, j'ai pas envie de finir au tribunal 🤐 mais vous avez compris",
     [(NEU, "les {G} ? je dis rien de plus, regardez le docu d'Arte, il explique tout mieux que moi")]),
    ("hate_implicit", "ma grand-mère disait toujours « les {G}, faut jamais leur tourner le dos ». elle avait raison la vieille",
     [(NEG, "ma grand-mère disait « les {G}, faut jamais leur tourner le dos ». elle avait tort, et j'ai mis 20 ans à "
            "le comprendre")]),
    ("hate_implicit", "ptdr le gars a loué son appart à {des}, bon courage pour récupérer les clés 😂",
     [(POS, "le gars a loué son appart à {des}, il dit que c'est les meilleurs locataires qu'il ait jamais eus")]),
    ("hate_implicit", "quand {un_S} monte dans ton wagon tu changes de wagon. réflexe de survie 😅",
     [(CQ, "« quand {un_S} monte dans ton wagon, tu changes » … et après on me dit que la haine en ligne c'est "
           "exagéré. signalé")]),
    ("hate_implicit", "le QI moyen des {G}, on en parle ? ah non pardon, c'est interdit de dire la vérité 🤫",
     [(NQ, "y a des études sérieuses sur la réussite scolaire des {G} ? c'est pour mon mémoire")]),
    ("hate_implicit", "on appelle ça « enrichissement culturel »… moi j'appelle ça {des} plein ma rue 🙃 #ouvrezlesyeux",
     [(NEU, "enrichissement culturel pour de vrai : {des} de ma rue ont organisé un repas partagé dimanche")]),
    ("hate_implicit", "je suis pas méchant hein, mais les {G} je les préfère de loin. très loin. 🙂",
     [(POS, "je le dis sans détour : les {G}, je les préfère ici, avec nous, dans nos assos et nos équipes 🙂")]),
    # derogation / dehumanisation, post style
    ("derogation", "thread 🧵 pourquoi les {G} sont la pire chose arrivée à ce pays (1/12)",
     [(CQ, "y a un compte qui poste « pourquoi les {G} sont la pire chose arrivée à ce pays (1/12) ». signalez, "
           "bloquez, partagez pas"),
      (POS, "thread 🧵 les {G} qui ont fait avancer ce pays et qu'on oublie trop souvent (1/12)")]),
    ("dehumanisation", "les {G} c'est comme les cafards, t'en vois un, y en a cent derrière",
     [(CQ, "@USER comparer les {G} à des cafards, vraiment ? c'est la rhétorique qui a précédé les pires horreurs"),
      (NEG, "non, les {G} ne sont pas « comme les cafards », ce sont des êtres humains, point")]),
    ("derogation", "jsp vous mais les {G} me dégoûtent, rien que de les croiser ça me gâche la journée",
     [(CQ, "« les {G} me dégoûtent » : voilà le genre de message que ma pote reçoit tous les jours. on fait quoi, "
           "les modos ?")]),
]

# Positive statements about groups (identity_positive), each rendered for all eleven targets.
POSITIVE_FIFTH: list[str] = [
    "shoutout aux {G} du club de basket qui ont ramené la coupe hier soir 🏆",
    "le resto tenu par {des} en bas de chez moi = meilleur repas de la semaine, foncez",
    "big up aux {G} qui bossent à l'hosto cette nuit, respect total",
    "j'ai eu la chance de bosser avec {un_S} sur ce projet, meilleure collab de ma vie",
    "les {G} ont toute leur place ici, et ceux que ça dérange peuvent aller voir ailleurs",
    "les {G} ont tellement apporté à la musique française, sans {eux} y a pas la moitié de ma playlist 🎶",
    "fête de quartier avec les {G} de la résidence : grillades, musique, gamins partout, trop bien ❤️",
    "les {G} de mon équipe de foot sont des crèmes, toujours là pour les autres",
    "trop bien de voir plus {de} élu{e}s au conseil municipal, il était temps",
    "les {G} qui tiennent l'épicerie solidaire méritent une médaille, vraiment",
    "merci aux {G} bénévoles des Restos du cœur, vous êtes incroyables 🙏",
    "ce docu sur l'histoire des {G} en France m'a mis une claque, à voir absolument",
    "les {G} de l'atelier couture ont fait des sacs pour tout l'immeuble, trop stylé",
    "j'adore les {G} de ma promo, on révise ensemble tous les soirs et on se tire vers le haut",
    "le mariage de mes potes hier, deux {G} adorables, j'ai pleuré comme un bébé 😭",
    "les {G} qui ont couru le marathon de Paris dimanche, chapeau bas 🏃",
    "les {G} dans l'équipe de France, c'est aussi ça la France qui gagne 🇫🇷",
    "les {G} de mon immeuble m'ont invité à leur fête, j'ai mangé comme jamais, merci encore ✨",
    "respect aux {G} qui se battent pour leurs droits depuis des décennies, on vous doit beaucoup",
    "les {G} ont les mêmes droits que tout le monde et c'est très bien comme ça",
    "vive la diversité, vive les {G}, vive mon quartier 🥰",
    "expo photo sur les {G} de Marseille au musée, magnifique, j'y retourne samedi",
    "les {G} qui font du bénévolat à l'EHPAD, vous illuminez les journées de ma grand-mère",
    "ma meilleure pote a ouvert un café avec deux {G}, allez-y c'est le meilleur brunch du 11e",
    "les {G} ont gagné le tournoi de débat inter-lycées, trop fier de mes élèves 👏",
    "franchement les {G} de mon taf sont les plus drôles, les pauses café sont légendaires",
    "les {G} qui animent le club de lecture du quartier, merci pour les recos 📚",
    "ptdr les {G} de ma classe ont gagné le concours de cuisine avec un plat de ouf 😂❤️",
    "les {G} aussi ont le droit de vivre tranquilles, de s'aimer, de bosser, de rêver. c'est pas compliqué",
    "une pensée pour les {G} qui ont construit ce pays à la sueur de leur front",
    "tkt les {G} du club de rando sont trop cools, viens dimanche",
    "la chorale des {G} du quartier a fait pleurer toute l'église à Noël, quelle voix",
    "les {G} qui ont monté la start-up d'à côté embauchent des jeunes du coin, chapeau",
    "mon médecin traitant est {un_S} et c'est le meilleur que j'aie jamais eu, à l'écoute et tout",
    "les {G} de la résidence ont réparé le vélo de mon fils sans rien demander, des amours 🥰",
    "bravo aux {G} qui ont porté la flamme olympique dans notre ville, moment magique",
]

# Neutral statements and curious questions about groups (identity_neutral), for all eleven targets.
NEUTRAL_FIFTH: list[str] = [
    "c'est quoi les fêtes importantes chez les {G} ? je veux pas faire de gaffe au taf",
    "reportage ce soir sur France 2 sur la vie des {G} dans les campagnes 📺",
    "le mariage pour tous a changé quoi concrètement pour les {G} ? vraie question",
    "combien {de} travaillent dans la fonction publique ? j'ai pas trouvé de stats",
    "les {G} du quartier organisent une réunion publique jeudi à 19h, salle Jean-Moulin",
    "j'ai un exposé sur l'histoire des {G} en France, vous avez des livres à conseiller ?",
    "la mairie a lancé une consultation avec les associations {de} sur le logement",
    "dans ma boite y a pas mal {de}, la cantine a plein d'options différentes",
    "les {G} et le sport de haut niveau : un colloque à Lyon la semaine prochaine",
    "quels droits ont les {G} pour le logement social ? je cherche des infos fiables",
    "un article du Monde sur l'accès à l'emploi des {G}, intéressant mais un peu long",
    "jsp si les {G} ont une fédération sportive à {eux}, qqn sait ?",
    "les {G} représentent quelle part de la population en Europe ? curieux",
    "podcast du jour : trois {G} racontent leur premier emploi 🎧",
    "cours de cuisine samedi avec des {G} du centre social, inscription gratuite",
    "les {G} votent plus à gauche ou à droite ? y a des études là-dessus ?",
    "le Conseil constitutionnel doit se prononcer sur une loi qui concerne les {G}, décision demain",
    "conférence à la fac : « les {G} dans la littérature du XXe siècle », entrée libre",
    "nouvelle série avec {des} dans les rôles principaux, qqn l'a vue ?",
    "c'est comment la vie des {G} au Canada par rapport à la France ? qqn a testé ?",
    "un sondage sur la place des {G} dans le monde du travail sort la semaine prochaine",
    "l'association des {G} de Lille cherche des bénévoles pour la braderie",
    "les {G} ont des plats traditionnels pour les fêtes ? curieux, je veux cuisiner pour mes collègues",
    "le festival du quartier met les {G} à l'honneur cette année, programme en ligne",
    "l'histoire des {G} pendant la Seconde Guerre mondiale est peu enseignée au lycée",
    "les {G} en France : chiffres clés publiés par l'Insee ce matin 📊",
    "mon coloc fait un mémoire sur les {G} et le droit du travail, vous avez des sources ?",
    "quelle asso aide les {G} à trouver un logement à Lyon ? c'est pour une amie",
    "débat à la radio ce matin sur les {G} et l'accès aux soins",
    "les {G} au Moyen Âge, ça vivait comment ? vraie curiosité historique 🤔",
    "y a un musée consacré à l'histoire des {G} quelque part en France ?",
    "la loi de 2005 sur l'égalité des chances, elle s'applique aussi aux {G} ? je m'y perds",
    "les {G} de mon village se retrouvent au marché le dimanche matin, comme tout le monde",
]

# Reclaimed in-group use (label 0) / the same word as an outsider's attack (slur, label 1), one pair each.
RECLAIM_PAIRS: list[tuple[str, str]] = [
    ("entre {rws} on se comprend, on a grandi avec ce mot, c'est le nôtre ✊",
     "« entre {rws} on se comprend » ptdr ouais entre sales {rws}, restez entre vous et loin de nous"),
    ("moi {un_rw} ? oui, et {fier} de l'être, ça vous pose un souci ? 😌",
     "@USER ferme-la sale {rw}, personne t'a demandé ton avis 🤮"),
    ("soirée crêpes entre {rws} ce soir, personne nous juge, on rigole jusqu'à 3h 😂",
     "y a des {rws} qui ont emménagé en face, ça pue déjà la fin du quartier 🤢"),
    ("podcast de {rws} par des {rws}, épisode 12 en ligne 🎧 on parle famille et boulot",
     "t'es qu'{un_rw}, tu mérites rien, retourne dans ton trou"),
    ("mdr mon groupe whatsapp s'appelle « les {rws} du 93 », on est {fier}s de ce nom",
     "les {rws} dehors, on en veut pas ici, {rws} de merde"),
    ("tkt c'est entre nous, quand ma pote me dit « wesh {rw} » c'est de l'amour, rien d'autre",
     "encore {un_rw} qui la ramène sur mon fil, dégage"),
]
# Counter-speech quoting the slur (counter_quote, label 0), in the same pair as the first RECLAIM_PAIRS rows.
SLUR_COUNTER: list[str] = [
    "« sale {rw} » : voilà ce qu'un inconnu m'a hurlé dans le bus hier. j'ai porté plainte, et je lâcherai pas",
    "on m'a traité{re} de « {rw} » en sortant du taf. le mot dans ma bouche c'est de la fierté, dans la tienne "
    "c'est de la haine. nuance",
    "si tu lis « {rws} de merde » sous une vidéo, signale, capture, et soutiens la personne visée 🙏",
]

# (reclaimed sg, plural, feminine: speaker and article agree) per target: words the group uses for itself and outsiders throw as slurs.
RECLAIM_FIFTH: dict[str, list[tuple[str, str, bool]]] = {
    "black": [("renoi", "renois", False), ("renoi", "renois", True)],
    "arab": [("rebeu", "rebeus", False), ("beurette", "beurettes", True)],
    "asian": [("asiat", "asiats", False), ("asiat", "asiats", True)],
    "roma": [("manouche", "manouches", False), ("gitane", "gitanes", True)],
    "migrant": [("blédard", "blédards", False), ("blédarde", "blédardes", True)],
    "jewish": [("feuj", "feujs", False), ("feuj", "feujs", True)],
    "muslim": [("muzz", "muzz", False), ("barbu", "barbus", False)],
    "women": [("salope", "salopes", True), ("pétasse", "pétasses", True)],
    "gay": [("pédé", "pédés", False), ("gouine", "gouines", True)],
    "trans": [("trav", "travs", True), ("trav", "travs", False)],
    "disabled": [("gogol", "gogols", False), ("triso", "trisos", False)],
}

# Conspiracies naming no group (label 1, target none), each with a fact on the same topic (neutral_topic).
CONSPIRACY_FIFTH: list[tuple[str, str | None]] = [
    ("les antennes 5G c'est pour nous griller le cerveau a petit feu. reveillez vous 📡",
     "la 5G utilise des ondes radio non ionisantes, l'exposition est mesurée et encadrée par l'ANFR"),
    ("tkt ils savent tres bien ce qu'ils font avec les vaccins : reduire la population en douce 💉",
     "les vaccins passent des essais cliniques puis restent surveillés par la pharmacovigilance"),
    ("« ils » controlent tout : les medias, les elections, meme la meteo. et toi tu dors 😴",
     "en France, le dépouillement des élections est public et surveillé par des assesseurs de tous les partis"),
    ("les traînées blanches derrière les avions = des produits chimiques pour nous rendre dociles. ouvrez les yeux 👁️",
     "les traînées derrière les avions sont de la vapeur d'eau qui se condense et gèle en altitude"),
    ("jsp qui a encore besoin de preuves : les pandémies sont programmées 10 ans à l'avance par les mêmes",
     "l'OMS publie des plans de préparation aux pandémies depuis le début des années 2000"),
    ("ptdr vous croyez encore qu'on a marché sur la lune ? tout a été tourné en studio, même les ombres",
     "six missions Apollo se sont posées sur la Lune entre 1969 et 1972"),
    ("les compteurs Linky nous écoutent et envoient tout au gouvernement, débranchez tout",
     "le compteur Linky transmet des relevés de consommation électrique, il n'a pas de micro"),
    ("l'eau du robinet est remplie de produits qui abrutissent, c'est voulu. achetez des filtres avant qu'il soit trop tard",
     "l'eau du robinet est l'un des aliments les plus contrôlés en France, par les agences régionales de santé"),
    ("le réchauffement climatique c'est une invention pour nous taxer encore plus, rien d'autre",
     "le GIEC fait la synthèse de milliers d'études publiées sur le réchauffement climatique"),
    ("la vérité sur les incendies de cet été : allumés exprès pour libérer des terrains 🔥 cherchez à qui ça profite",
     "selon les pompiers, la plupart des feux de forêt ont une origine humaine accidentelle"),
    ("ils veulent nous parquer dans des villes de 15 minutes d'où on pourra plus sortir sans autorisation",
     "la ville du quart d'heure est un concept d'urbanisme qui rapproche commerces, écoles et services"),
    ("l'euro numérique c'est pour couper ton compte le jour où tu dis pas ce qu'il faut 💳",
     "la Banque centrale européenne étudie un euro numérique qui ne remplacerait pas les espèces"),
    ("on nous cache qu'un remède contre le cancer existe depuis 40 ans, trop rentable de nous garder malades",
     "la survie après un cancer a nettement progressé en quarante ans grâce à la recherche"),
    ("les puces des nouvelles cartes d'identité servent à te suivre partout, et ils osent même pas l'avouer",
     "la puce de la carte d'identité contient l'état civil et les empreintes, lisibles seulement à quelques centimètres"),
    ("ils fabriquent les séismes avec des antennes en Alaska, tapez HAARP sur YouTube et revenez me parler",
     "le programme HAARP étudie l'ionosphère, il ne peut pas provoquer de séisme"),
    ("la grippe aviaire c'est un prétexte pour tuer les petits élevages et tout donner aux multinationales",
     "la grippe aviaire est suivie par les services vétérinaires, qui imposent des mesures à tous les élevages"),
    ("le masque baissait notre oxygène exprès, pour nous affaiblir avant la suite du plan",
     "les mesures n'ont montré aucune baisse notable d'oxygène dans le sang chez les porteurs de masque"),
    ("les médias sont tous payés pour te mentir. la même phrase dans tous les JT le même soir, c'est pas un hasard",
     "les rédactions reprennent souvent les mêmes dépêches d'agence, d'où des formulations proches"),
    ("t'as remarqué ? chaque fois qu'une loi passe en douce, ils nous sortent une « crise ». diversion 🧠",
     "les projets de loi sont publiés sur le site de l'Assemblée nationale avant leur examen"),
    ("le vaccin contre la grippe donne la grippe, c'est pour vendre des médocs derrière, logique",
     "le vaccin injectable contre la grippe contient un virus inactivé, qui ne peut pas donner la grippe"),
    ("le fluor dans le dentifrice c'est pour bloquer ta glande pinéale, et ça depuis les années 50",
     "le fluor du dentifrice renforce l'émail des dents, à dose contrôlée"),
    ("ils ont provoqué la pénurie de beurre exprès pour nous tester, la prochaine ce sera l'eau",
     "la pénurie de beurre de 2017 s'expliquait par la hausse de la demande mondiale et le prix du lait"),
]
