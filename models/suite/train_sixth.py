"""Sixth batch of training frames, written as social-media posts like the fifth (``@USER`` replies, SMS spelling,
missing accents, emoji, hashtags, threads, irony).

Aimed at the three things the models still get wrong:

(a) implicit or coded hate with no slur and no explicit insult (``SIXTH_IMPLICIT``, ``hate_implicit``): sarcasm and
irony (« une chance pour la France 🙄 »), « je dis ça je dis rien », « comme par hasard », « on sait tous qui »,
« certains quartiers », euphemisms for expulsion (« retour au bled », « remigration », « billet aller simple »),
stereotypes told as jokes or as « juste des stats », dog whistles, « pas comme nous », animal and disease
comparisons without the explicit word, « grand remplacement » hints, coded emoji. Each frame is rendered over all
eleven targets and paired with benign posts on the same surface: the sincere use of the same words, counter-speech
that quotes and rejects the coded line, neutral questions, news; ``IDIOM_NONE`` puts the same idioms in everyday
posts naming no group (« comme par hasard il pleut », « retour au bled pour l'été », ``identity_neutral``, target
``none``) and ``COUNTER_NONE`` rejects the coded lines without naming a group (``counter_quote``, target ``none``);

(b) conspiracies naming no group (``CONSPIRACY_SIXTH``, ``conspiracy_nogroup``, label 1 in this project): questions,
imperatives, sarcasm, hashtags, threads, « ils » / « les élites » / « le système »; each paired with a factual post
on the same topic (``neutral_topic``) and, for most, with a debunking post that quotes the claim (``counter_quote``,
target ``none``);

(c) benign posts that look risky: policy opinions on immigration, religion in public space or asylum stated without
derogating anyone (``OPINION_SIXTH`` over the eleven targets and ``OPINION_NONE``, ``identity_neutral``), and abuse
of non-protected targets (government, ministers, referees, clubs, bosses, landlords; ``ABUSE_SIXTH``,
``abuse_nonprotected``).

Written by hand for the training half, without looking at the evaluation half. Formats: see ``train_more``
(``PAIRED``). Group slots: see ``train_groups``.
"""

from __future__ import annotations

NEU, NEG, POS, NQ, NEWS, CQ = ("identity_neutral", "negated_hate", "identity_positive", "neutral_question",
                               "news_report", "counter_quote")
IMP = "hate_implicit"

# Implicit / coded hate (rendered over all eleven targets), each with benign counterparts on the same surface form.
SIXTH_IMPLICIT: list[tuple[str, str, list[tuple[str, str]]]] = [
    # sarcasm and irony
    (IMP, "encore {des} à la une du journal local… une sacrée chance pour la France hein 🙄",
     [(POS, "{des} à la une du journal local pour leur asso d'aide aux devoirs, une sacrée chance pour la ville 👏"),
      (CQ, "« une sacrée chance pour la France 🙄 » sous chaque article qui parle {de}. l'ironie ne cache rien, c'est "
           "du mépris")]),
    (IMP, "ah oui les {G}, le fameux « enrichissement »… mon portefeuille et ma rue s'en souviennent 😌",
     [(NEU, "les {G} et l'économie locale : un rapport de la chambre de commerce sort demain, curieux de lire ça")]),
    (IMP, "bravo les {G}, encore un quartier « revitalisé » 👏👏 on applaudit bien fort",
     [(POS, "bravo aux {G} de l'amicale, le quartier a jamais été aussi vivant, on applaudit bien fort 👏👏")]),
    (IMP, "vivre ensemble qu'ils disaient. bon ben on vit ensemble avec les {G}, et on ferme à double tour 🔐",
     [(POS, "vivre ensemble qu'ils disaient : ben oui, avec les {G} de l'immeuble on partage même le potager 🌱"),
      (CQ, "« vivre ensemble avec les {G} et fermer à double tour » : ce genre de sous-entendu, c'est juste de la "
           "méfiance déguisée en blague")]),
    (IMP, "j'adore la diversité, surtout quand les {G} restent dans leur diversité, chez {eux}, loin 🌍",
     [(POS, "j'adore la diversité, surtout quand les {G} du quartier nous font goûter leur cuisine 🌍")]),
    (IMP, "super nouvelle, la mairie va loger {des} à côté de l'école. les parents sont ravis, vraiment 🙃",
     [(NEWS, "la mairie va loger {des} dans l'ancien presbytère à côté de l'école, réunion d'info jeudi"),
      (NQ, "la mairie va loger {des} à côté de l'école, qqn sait comment on peut aider à l'accueil ?")]),
    (IMP, "les {G} au volant, c'est toujours une aventure 🎢 accrochez vos ceintures lol",
     [(NEG, "les {G} au volant conduisent ni mieux ni moins bien que les autres, les stats d'accidents le montrent")]),
    (IMP, "tiens, {un_S} qui bosse, vite une photo avant que ça disparaisse 📸",
     [(CQ, "« {un_S} qui bosse, vite une photo » : c'est censé être drôle ? c'est juste un vieux cliché bien rance"),
      (POS, "tiens, {un_S} qui bosse à la boulangerie depuis 5h du mat, respect, vite un croissant 🥐")]),
    # je dis ça je dis rien / comme par hasard / on sait tous qui
    (IMP, "vols de vélos en hausse depuis que les {G} sont arrivé{e}s au foyer. je dis ça, je dis rien 🤷",
     [(CQ, "« vols en hausse depuis que les {G} sont arrivé{e}s, je dis ça je dis rien » : si, tu dis quelque chose, "
           "et c'est faux")]),
    (IMP, "les voitures brûlées du 14 juillet, comme par hasard toujours là où vivent les {G} 🔥",
     [(NEU, "14 juillet : le feu d'artifice est tiré là où vivent les {G} du centre, comme par hasard le plus beau "
            "spot de la ville 🎆")]),
    (IMP, "on sait tous qui fait monter les chiffres de la délinquance, mais chut, faut pas le dire, hein 🤫",
     [(NEWS, "les chiffres de la délinquance publiés par le ministère : baisse des cambriolages, hausse des "
             "escroqueries en ligne")]),
    (IMP, "j'accuse personne mais depuis qu'on a {des} dans l'immeuble, les boîtes aux lettres sont forcées 🤔",
     [(POS, "depuis qu'on a {des} dans l'immeuble, y a enfin quelqu'un pour organiser la fête des voisins 🥳")]),
    (IMP, "tout le monde sait qui vend dans les halls, pas besoin de vous faire un dessin. pensez aux {G} 😏",
     [(CQ, "« pas besoin de vous faire un dessin, pensez aux {G} » : traduction, je peux rien prouver alors je "
           "sous-entends")]),
    (IMP, "ah ben tiens, l'agression d'hier soir… suspect « jeune », « connu des services ». suivez mon regard vers "
          "les {G} 👀",
     [(NEWS, "agression d'hier soir : le suspect a été interpellé, le parquet rappelle la présomption d'innocence")]),
    (IMP, "je dis pas que c'est les {G}. je dis juste que c'est jamais les autres 😶",
     [(NEG, "je dis pas que c'est les {G}, et je le dirai pas : les faits divers n'ont pas de couleur ni de religion")]),
    # certains quartiers / pas comme nous
    (IMP, "certains quartiers remplis {de}, t'y entres plus après 20h. vous voyez lesquels 😉",
     [(NEU, "certains quartiers où vivent beaucoup {de} ont été oubliés par les transports, la ligne de bus s'arrête "
            "à 20h")]),
    (IMP, "les {G} sont pas comme nous, c'est pas méchant, c'est une constatation",
     [(NEG, "les {G} sont comme nous, mêmes galères, mêmes rêves. c'est pas gentil, c'est une constatation"),
      (CQ, "« les {G} sont pas comme nous, c'est une constatation » : non, c'est exactement comme ça que commence "
           "l'exclusion")]),
    (IMP, "les {G} ont pas nos valeurs et les auront jamais, inutile de perdre du temps avec {eux}",
     [(NEG, "les {G} partagent nos valeurs, on les croise au conseil de quartier, à l'école, au club")]),
    (IMP, "mélanger les {G} avec nos enfants à l'école, on verra le résultat dans 20 ans, bonne chance",
     [(NEU, "les {G} et nos enfants dans la même école, c'est le principe de l'école publique, et ça marche bien")]),
    (IMP, "nos ancêtres se retourneraient dans leur tombe en voyant les {G} dans nos villages",
     [(POS, "nos ancêtres seraient fiers de voir les {G} faire revivre nos villages, la boulangerie a rouvert grâce "
            "à {eux}")]),
    # expulsion euphemisms
    (IMP, "retour au bled pour les {G}, et sans billet retour svp ✈️",
     [(NEU, "retour au bled pour les vacances, les {G} de ma promo m'ont filé plein de bons plans ✈️"),
      (CQ, "« retour au bled pour les {G}, sans billet retour » : déguisé en blague de voyage, c'est un appel à "
           "l'expulsion")]),
    (IMP, "#remigration : une solution simple, humaine et définitive pour les {G}",
     [(CQ, "le hashtag #remigration qui vise les {G} revient sur mon fil. ce mot lisse, c'est l'expulsion de masse, "
           "rien d'autre")]),
    (IMP, "offrons un joli billet aller simple aux {G}, c'est Noël après tout 🎁",
     [(NEU, "offrons un billet de train aux {G} de l'asso pour la sortie à la mer, c'est Noël après tout 🎁")]),
    (IMP, "un charter par semaine et dans un an on respire enfin, les {G} comprendront vite",
     [(NEWS, "un charter affrété par une ONG a permis à {des} de rejoindre leurs familles, selon l'association")]),
    (IMP, "les valises pour les {G} c'est moi qui les offre, je suis trop généreux 🧳😇",
     [(POS, "les valises pour les {G} qui partent en colo c'est moi qui les offre, l'asso m'a dit merci 🧳😇")]),
    (IMP, "la France, tu l'aimes ou tu la quittes. les {G}, vous avez choisi ? la sortie c'est par là ➡️",
     [(CQ, "« la France tu l'aimes ou tu la quittes » adressé aux {G} : slogan connu, et toujours la même idée, "
           "qu'{ils} seraient de trop")]),
    (IMP, "un jour il faudra bien « rendre » les {G}, comme un colis mal livré 📦",
     [(CQ, "parler de « rendre » les {G} comme un colis, c'est leur retirer leur humanité. désolé mais non")]),
    # stats / jokes
    (IMP, "c'est pas du racisme, c'est des stats : les {G} et les prisons, regardez bien 📊",
     [(NQ, "y a des stats fiables sur les {G} dans les prisons ? j'entends tout et son contraire"),
      (CQ, "« c'est pas du racisme, c'est des stats » sur les {G} : des chiffres sortis de nulle part pour habiller un "
           "préjugé")]),
    (IMP, "blague du jour : combien faut-il {de} pour changer une ampoule ? aucun, {ils} attendent que l'État le "
          "fasse 😂",
     [(POS, "blague du jour à l'atelier : les {G} de l'équipe ont changé toutes les ampoules du gymnase en une heure 😂")]),
    (IMP, "{un_S} a eu son bac ? ptdr il a été acheté combien ? 🤣",
     [(POS, "{un_S} de mon lycée a eu son bac avec mention très bien, toute la famille a fêté ça 🎓")]),
    (IMP, "les {G} ont « d'autres talents » on va dire 😏 surtout pour les allocs",
     [(POS, "les {G} du conservatoire ont d'autres talents aussi : la danse, le chant, le théâtre 😍")]),
    (IMP, "je fais que rapporter ce que dit l'Insee, si les chiffres des {G} vous gênent c'est pas ma faute 🙄",
     [(NEU, "je rapporte ce que dit l'Insee sur l'emploi des {G}, les chiffres sont en ligne pour ceux que ça "
            "intéresse")]),
    (IMP, "tu reconnais {un_S} de loin : ça crie, ça crache, ça demande. pas besoin de regarder",
     [(CQ, "« tu reconnais {un_S} de loin » et ensuite la liste des clichés. ce post a 2k likes, ça m'attriste")]),
    (IMP, "les {G} et les maths, c'est une histoire d'amour impossible 📉 source : la vie",
     [(NEWS, "olympiades de maths : {des} sur le podium national, une première pour ce lycée de banlieue")]),
    # dog whistles, grand remplacement, coded emoji
    (IMP, "regardez les cours d'école et comptez les {G}. dans 20 ans on sera minoritaires chez nous, calculez",
     [(NEU, "regardez les cours d'école : les {G} y sont comme tous les gamins, à jouer au foot et à se chamailler")]),
    (IMP, "ils remplacent pas seulement la population, ils remplacent la France. les {G}, c'est le plan 🧩",
     [(CQ, "le « grand remplacement » par les {G} : une théorie d'extrême droite démentie par la démographie, et "
           "qui a inspiré des tueurs")]),
    (IMP, "les {G} font 5 gosses chacun pendant qu'on bosse, faut pas être un génie pour voir où ça mène",
     [(NEWS, "natalité : selon l'Insee, la fécondité des {G} rejoint celle du reste de la population en une "
             "génération")]),
    (IMP, "les {G} 🐀🐀🐀 je dis rien, les emojis parlent d'eux-mêmes",
     [(CQ, "des comptes qui mettent 🐀 à côté des {G} : les emojis ne sont pas un alibi, c'est la même haine en "
           "images")]),
    (IMP, "les {G} 🦍 et vous voulez qu'on vive avec ça",
     [(CQ, "un emoji singe à côté des {G}, dans un commentaire, ça reste un commentaire raciste, je signale")]),
    (IMP, "on a tous un cousin qui « a eu un souci » avec les {G}. 88 raisons de ne plus se taire",
     [(NQ, "vous avez déjà eu des soucis de voisinage ? comment vous avez réglé ça avec les {G} d'à côté ?")]),
    (IMP, "bientôt on devra demander la permission aux {G} pour manger du saucisson chez nous 🐷🇫🇷",
     [(NEU, "apéro saucisson, et pour les {G} qui en mangent pas y avait houmous et fromage, tout le monde était "
            "content 🇫🇷")]),
    (IMP, "les {G} : on les accueille, on les nourrit, on les soigne… et un jour on se réveille étranger chez soi",
     [(NEU, "les {G} : on les accueille, on les soigne, et {ils} finissent souvent par soigner les autres à leur "
            "tour, ma voisine est infirmière")]),
    # animal / disease comparisons without the word
    (IMP, "les {G} ça se reproduit vite et ça s'installe partout, faut traiter avant que ça se propage 🧴",
     [(CQ, "parler des {G} comme d'une infestation à « traiter », c'est le vocabulaire de la déshumanisation")]),
    (IMP, "les {G}, quand t'en as un dans le quartier, dans 6 mois c'est tout le bâtiment, comme la mérule",
     [(NEU, "quand t'as un bon voisin dans le quartier, souvent ça attire, les {G} de notre rue ont fait venir des "
            "amis")]),
    (IMP, "mettez les {G} dans un enclos et nourrissez-les le matin, ça leur fera des vacances 🐄",
     [(CQ, "« les {G} dans un enclos » : on compare des humains à du bétail et on appelle ça de l'humour, non")]),
    (IMP, "il faut vacciner la France contre les {G}, avant que ce soit incurable 💉",
     [(NEWS, "campagne de vaccination : les associations {de} relaient l'info dans leurs permanences")]),
    (IMP, "les {G} c'est comme le lierre, ça grimpe, ça étouffe, et à la fin ça tue le mur",
     [(NEG, "les {G} c'est pas « comme le lierre », c'est des gens qui construisent, réparent et portent les murs")]),
    (IMP, "un quartier où s'installent les {G}, c'est un fruit qui pourrit de l'intérieur 🍎",
     [(POS, "un quartier où s'installent les {G} de l'épicerie solidaire, c'est un fruit qui mûrit, vraiment 🍎")]),
    # polite veneer
    (IMP, "rien contre les {G}, mais si je pouvais choisir mes voisins, ce serait pas {eux}. voilà",
     [(POS, "si je pouvais choisir mes voisins, je reprendrais les {G} du 3e sans hésiter. voilà"),
      (CQ, "« rien contre les {G}, mais pas comme voisins » : la phrase commence bien et finit en discrimination")]),
    (IMP, "je respecte les {G}, de loin, et de préférence de l'autre côté d'une frontière",
     [(NEG, "je respecte les {G}, de près comme de loin, pas besoin de frontière pour ça")]),
    (IMP, "tolérance zéro ? moi je suis plutôt tolérance {G} zéro 😎",
     [(CQ, "« tolérance {G} zéro 😎 » : la blague tient en un mot, et ce mot c'est exclusion")]),
    (IMP, "les {G} ont le droit d'exister hein. ailleurs.",
     [(NEG, "les {G} ont le droit d'exister, ici, maintenant, et ça se discute pas")]),
    (IMP, "j'ai rien dit sur les {G}, j'ai juste liké le post. les gens comprennent ce qu'ils veulent 😇",
     [(NEU, "j'ai juste liké le post de l'asso des {G} sur la collecte de jouets, partagez si vous pouvez 😇")]),
    (IMP, "on m'a appris à ranger mes affaires quand {des} passent dans la rue, vieille habitude 🔒",
     [(CQ, "« ranger ses affaires quand {des} passent » : transmettre ça aux gosses, c'est leur apprendre la "
           "méfiance pour rien")]),
    (IMP, "les {G}, ce qui les intéresse c'est la CAF, pas la France. prouvez-moi le contraire",
     [(NEG, "ce qui intéresse les {G} que je connais, c'est leur boulot, leurs gosses et le match du samedi, comme "
            "nous")]),
    (IMP, "les {G} pleurent la discrimination mais bizarrement {ils} partent jamais 🤔",
     [(NQ, "les {G} qui subissent des discriminations, {ils} peuvent se tourner vers quelle instance ? le Défenseur "
           "des droits ?")]),
    (IMP, "à l'hôpital y avait que {des} aux urgences, j'ai compris pourquoi on attend 8h 🙃",
     [(NEU, "à l'hôpital y avait {des} parmi les soignants de nuit, 8h d'attente mais une équipe en or")]),
    (IMP, "les {G}, on les reconnaît aux poubelles sur le trottoir, pas besoin de sonner",
     [(CQ, "« on reconnaît les {G} à leurs poubelles » : cliché dégueulasse qui s'est glissé dans notre groupe "
           "de quartier, signalé aux admins")]),
    (IMP, "c'est fou, chaque fois que je perds mon portefeuille y a {des} dans le coin 🧐",
     [(NEU, "chaque fois que j'ai perdu mon portefeuille c'est {des} qui me l'ont rapporté, 2 fois déjà 🧐")]),
    (IMP, "les {G} ils savent faire qu'une chose : se plaindre. le reste on attend encore 😴",
     [(NEG, "les {G} savent faire plein de choses, et quand {ils} se plaignent c'est souvent qu'on les écoute pas")]),
    (IMP, "que les {G} rentrent chez {eux} dans le calme, personne leur veut de mal 🤝",
     [(NEU, "que les {G} rentrent chez {eux} dans le calme après le concert, la préfecture a prévu des navettes 🤝")]),
    (IMP, "pourquoi tant {de} dans les faits divers ? question innocente hein 😇",
     [(NQ, "pourquoi tant {de} dans les métiers du soin ? question pour mon mémoire de sociologie")]),
    (IMP, "laissez entrer les {G} qu'ils disaient, ça va bien se passer qu'ils disaient 🙂",
     [(POS, "laissez entrer les {G} qu'ils disaient : ben c'est eux qui ont sauvé le club de foot du village 🙂")]),
]

# Conspiracies naming no group (label 1, target none): (claim, fact on the same topic, debunking post or None).
CONSPIRACY_SIXTH: list[tuple[str, str, str | None]] = [
    ("vous trouvez pas bizarre que tous les vaccinés aient un aimant qui colle au bras ? 🧲 réfléchissez 2 sec",
     "les vaccins injectés ne contiennent aucun métal magnétique, quelques dixièmes de millilitre ne peuvent rien attirer",
     "« un aimant colle au bras des vaccinés » : la vidéo tourne encore, c'est de la peau moite et de la sueur, "
     "testé chez moi"),
    ("l'ARN messager réécrit ton ADN, dans 10 ans on sera plus humains. faites vos recherches 🧬",
     "l'ARN messager ne pénètre pas dans le noyau des cellules et ne modifie pas l'ADN",
     "@USER non, l'ARN messager ne « réécrit » pas l'ADN, il est dégradé en quelques jours. source : n'importe "
     "quel cours de bio"),
    ("graphène dans les doses, puce sous la peau, et toi tu tends le bras en souriant 🤡 #plandemie",
     "aucune analyse indépendante n'a trouvé de graphène dans les vaccins autorisés en Europe",
     "le coup du graphène dans les vaccins, c'était une vidéo d'un pseudo-chimiste sans aucune analyse, démontée "
     "depuis 2021"),
    ("réveillez-vous !! le virus a été fabriqué pour nous enfermer et nous habituer à obéir",
     "l'origine du Sars-CoV-2 fait encore l'objet d'enquêtes scientifiques, sans preuve d'une fabrication pour "
     "contrôler la population",
     None),
    ("Bill Gates a tout prévu en 2015, il l'a même dit en conférence. hasard ? je crois pas 🤔",
     "en 2015, Bill Gates avertissait que le monde n'était pas prêt pour une pandémie, comme de nombreux "
     "épidémiologistes",
     "Bill Gates a « prévu » la pandémie ? il a dit qu'on était mal préparés, ce que l'OMS répète depuis 20 ans. "
     "prévenir c'est pas organiser"),
    ("la 5G a activé le virus, c'est pour ça que Wuhan a été touché en premier. coïncidence 📡🦠",
     "les virus ne se propagent pas par les ondes radio, et la Covid a touché des pays sans 5G",
     "« la 5G active le virus » : l'Iran avait quasi pas de 5G et a été frappé très tôt. fin du débat"),
    ("#GreatReset : tu posséderas rien et tu seras heureux. ils l'écrivent noir sur blanc, lisez",
     "la formule « vous ne posséderez rien » vient d'une vidéo de prospective du Forum de Davos, pas d'un programme "
     "politique",
     "le « tu posséderas rien » du Great Reset, c'est une tribune d'une députée danoise imaginant 2030. pas un "
     "plan secret"),
    ("Agenda 2030 = fin de la propriété, fin de la viande, fin de la liberté. partagez avant la censure ⚠️",
     "l'Agenda 2030 de l'ONU fixe 17 objectifs de développement durable, non contraignants pour les États",
     None),
    ("le nouvel ordre mondial se met en place sous vos yeux et vous regardez Koh-Lanta 📺",
     "l'expression « nouvel ordre mondial » désignait à l'origine l'après-guerre froide dans les discours "
     "diplomatiques",
     "« le nouvel ordre mondial sous vos yeux » : ça fait 30 ans qu'on l'annonce pour demain, toujours rien"),
    ("la dépopulation a commencé : stérilité, fausses couches, morts subites. mais chut, c'est « rare » 🤐",
     "la baisse de la natalité en Europe est suivie depuis les années 1970 et s'explique surtout par des choix de vie",
     "les « morts subites » attribuées au vaccin : les études de mortalité n'ont trouvé aucune hausse liée aux "
     "vaccins"),
    ("les chemtrails c'est pour modifier la météo ET nous rendre malades, deux en un 🛩️☠️",
     "les avions de ligne ne transportent aucun produit à épandre, les traînées sont de la condensation",
     None),
    ("petit rappel : HAARP peut déclencher des ouragans. la saison cyclonique « exceptionnelle », lol",
     "les ouragans naissent au-dessus d'océans chauds, leur formation est suivie par satellite",
     "HAARP déclencherait des ouragans ? c'est une antenne de recherche en Alaska, son énergie est ridicule à côté "
     "d'un cyclone"),
    ("ton compteur Linky coupe ton courant le jour où t'as voté de travers, ils ont déjà les listes",
     "le compteur Linky peut être coupé à distance en cas d'impayé, selon des règles encadrées par la CRE",
     None),
    ("fluor dans l'eau, aluminium dans les vaccins, ondes partout : ils veulent un peuple de légumes 🥦",
     "l'eau du robinet en France n'est pas fluorée, contrairement à certains pays, et l'aluminium des vaccins est "
     "dosé en microgrammes",
     None),
    ("les Illuminati dirigent les banques, les stars et les gouvernements. regardez les logos 👁️🔺",
     "la société des Illuminati de Bavière a été dissoute en 1785",
     "non, le triangle dans un logo ne prouve pas que les Illuminati dirigent le monde, c'est du graphisme"),
    ("tout est mis en scène, les attentats, les guerres, les crises. des acteurs payés, ouvrez les yeux 🎭",
     "les attentats font l'objet d'enquêtes judiciaires avec des victimes identifiées et des procès publics",
     "« tout est mis en scène, des acteurs payés » : dites-le aux familles des victimes. c'est ignoble en plus d'être "
     "faux"),
    ("les médias mentent sur TOUT. si c'est à la télé, c'est que c'est faux, point",
     "les rédactions sont tenues par une charte déontologique et peuvent être saisies par l'Arcom",
     None),
    ("pourquoi personne parle des cercueils vides à Bergame ? on vous a montré ce qu'ils voulaient ⚰️",
     "à Bergame en 2020, l'armée a transporté des cercueils car les crématoriums étaient saturés",
     "les « cercueils vides de Bergame » : les registres de décès de la ville montrent une surmortalité énorme en "
     "mars 2020"),
    ("thread 🧵 1/7 : comment le système a fabriqué la peur pour nous vendre sa piqûre",
     "les campagnes de vaccination sont recommandées par la Haute Autorité de santé après évaluation des données",
     None),
    ("les élites se réunissent à Davos pour décider de ta vie, et toi t'as même pas le droit de savoir 🤫",
     "le Forum de Davos réunit chaque année dirigeants et entreprises, les sessions sont en partie retransmises",
     "Davos décide de ta vie ? c'est une conférence avec des tables rondes filmées, pas un gouvernement"),
    ("@USER ah t'es vacciné ? bon courage pour la suite hein 😬 tu verras dans 2 ans",
     "le suivi de millions de vaccinés depuis 2021 n'a pas montré d'effet retardé inconnu",
     None),
    ("ils ont inventé le climat pour justifier les ZFE et t'empêcher de rouler. cherchez à qui ça profite 🚗",
     "les zones à faibles émissions visent à réduire la pollution aux particules fines dans les grandes villes",
     None),
    ("bizarre quand même, chaque crise arrive pile quand ils ont besoin d'une nouvelle loi… 🤔",
     "les lois adoptées pendant une crise sont publiées au Journal officiel et peuvent être contestées devant le "
     "Conseil constitutionnel",
     None),
    ("le système veut ta peur, ta dette et ton silence. refuse les trois. #réveillezvous",
     "la dette publique est votée chaque année dans le budget par le Parlement",
     None),
    ("faites vos recherches au lieu de croire la télé : les hôpitaux étaient vides pendant le covid, j'ai filmé",
     "les données hospitalières de 2020 montrent des réanimations saturées dans plusieurs régions",
     "« j'ai filmé, les hôpitaux étaient vides » : t'as filmé un hall d'accueil un dimanche, les réas étaient pleines"),
    ("la vraie raison du passe sanitaire : habituer les gens au QR code pour tout, demain pour acheter du pain",
     "le passe sanitaire a été levé en France en mars 2022",
     None),
    ("ils injectent des nanoparticules pour nous connecter au réseau, d'où les adresses MAC sur le Bluetooth 📶",
     "les adresses Bluetooth qui s'affichent viennent d'objets connectés à proximité, pas de personnes",
     "les « adresses MAC des vaccinés » sur le Bluetooth : c'est ta télé, ta montre et la voiture du voisin"),
    ("la guerre, la crise, l'inflation : tout est orchestré par les mêmes, depuis toujours. suivez l'argent 💰",
     "l'inflation de 2022 s'explique surtout par la hausse des prix de l'énergie et la reprise après la pandémie",
     None),
    ("vous êtes pas curieux de savoir pourquoi les abeilles meurent pile près des antennes ? 🐝📡",
     "le déclin des abeilles est lié surtout aux pesticides, aux parasites comme le varroa et à la perte d'habitat",
     None),
    ("l'hydroxychloroquine marchait, mais ça rapportait rien, alors ils l'ont interdite. simple",
     "les essais cliniques randomisés n'ont montré aucun bénéfice de l'hydroxychloroquine contre la Covid",
     "« l'hydroxychloroquine marchait » : les grands essais cliniques ont conclu à l'absence d'effet, ça n'a rien à "
     "voir avec l'argent"),
    ("ptdr la Terre est plate et la NASA le sait très bien, la preuve : l'horizon est toujours droit 🌍",
     "la courbure de la Terre se mesure depuis l'Antiquité et se voit depuis un avion de ligne",
     None),
    ("ils vont lancer une fausse cyberattaque pour couper internet et installer l'identité numérique obligatoire",
     "l'identité numérique en France est facultative et s'appuie sur la carte d'identité électronique",
     None),
    ("la pluie artificielle en Espagne ? non, ils ont volé nos nuages pour assécher nos champs ☁️",
     "l'ensemencement des nuages a des effets très limités et locaux, il ne peut pas voler la pluie d'un pays voisin",
     "« ils volent nos nuages » : l'ensemencement des nuages marche mal même là où on le fait, alors voler ceux du "
     "voisin…"),
    ("dans 5 ans l'argent liquide aura disparu et ils pourront bloquer ton compte en un clic. préparez-vous 💸",
     "la Banque de France rappelle que les espèces restent un moyen de paiement légal et qu'elle continue d'en émettre",
     None),
    ("les « vagues » de covid sont déclenchées pile avant les élections, regardez le calendrier 🗓️",
     "les vagues épidémiques suivent la saison, l'immunité et les variants, observés dans tous les pays en même temps",
     None),
    ("l'OMS veut prendre le pouvoir sur tous les pays avec son traité, adieu la souveraineté",
     "le projet d'accord de l'OMS sur les pandémies laisse aux États la décision de leurs mesures sanitaires",
     "le traité de l'OMS « prend le pouvoir » ? relisez-le, l'article sur la souveraineté des États est même écrit "
     "en toutes lettres"),
    ("le papillon de nuit qui disparaît, les oiseaux qui tombent, les poissons morts… on nous empoisonne, c'est "
     "tout 🐦",
     "les morts massives d'oiseaux ou de poissons ont souvent des causes identifiées : froid, orage, manque "
     "d'oxygène dans l'eau",
     None),
    ("les cancers explosent depuis 2021, les oncologues ont ordre de se taire 🤐 #turbocancer",
     "les registres du cancer ne montrent pas de hausse brutale depuis 2021, l'âge moyen de la population explique "
     "l'essentiel de la hausse sur le long terme",
     "le « turbo cancer » n'existe dans aucune étude, c'est un mot inventé sur les réseaux"),
    ("quand ils disent « pour votre sécurité », comprenez « pour votre contrôle ». toujours. 🔒",
     "les mesures de sécurité publique sont encadrées par la loi et contrôlées par le juge administratif",
     None),
    ("la fluoration, les OGM, les vaccins, la 5G… un seul but : un humain faible et docile. c'est pas compliqué",
     "les OGM autorisés en Europe passent une évaluation de l'Autorité européenne de sécurité des aliments",
     None),
    ("coïncidence ? les stars qui parlent trop finissent toujours « suicidées »… le système nettoie 🧹",
     "les décès de personnalités font l'objet d'enquêtes et d'autopsies comme pour toute mort suspecte",
     None),
    ("la canicule c'est de la com, avant on appelait ça l'été. ils chauffent les chiffres exprès 🌡️",
     "Météo-France mesure les températures avec un réseau de stations homologuées depuis plus d'un siècle",
     "« avant on appelait ça l'été » : les dix années les plus chaudes mesurées en France sont toutes récentes"),
    ("l'assistant vocal de ton téléphone écoute tout, et c'est revendu à l'État pour ficher les rebelles 🎙️",
     "les assistants vocaux ne s'activent qu'au mot-clé, et la CNIL encadre la collecte de données personnelles",
     None),
    ("sérieux, personne trouve louche que le vaccin soit prêt en 1 an et qu'on ait pas de remède au rhume en 100 ? 🤨",
     "les vaccins à ARN reposaient sur 30 ans de recherche, et le rhume est causé par plus de 200 virus différents",
     "« un vaccin en 1 an mais pas de remède au rhume » : le rhume c'est 200 virus différents, le covid un seul, "
     "ça aide"),
    ("les pièces de 2€ contiennent des puces RFID pour tracer nos achats, j'en ai ouvert une 🪙",
     "les pièces en euros sont en métal plein, un alliage de cuivre et de nickel, sans composant électronique",
     None),
    ("les élites boivent du sang d'enfants pour rester jeunes, les documents ont fuité #adrénochrome",
     "l'adrénochrome est un composé chimique banal issu de l'oxydation de l'adrénaline, sans effet de jeunesse",
     "l'histoire de l'« adrénochrome » vient d'un complot inventé sur des forums, aucun document n'a jamais fuité"),
    ("la grève des éboueurs c'est organisé pour faire revenir les rats et lancer une épidémie, calculez",
     "les grèves des éboueurs font l'objet de négociations entre syndicats et collectivités",
     None),
    ("t'as vu les avions qui tournent en rond au-dessus de chez toi ? ils pulvérisent, note les heures ✈️",
     "les avions qui tournent en rond sont souvent en attente d'atterrissage ou en vol d'entraînement",
     None),
    ("la « crise de l'énergie » c'est pour nous faire accepter les coupures, ils ont tout le courant qu'il faut",
     "la production électrique française a baissé en 2022 à cause de l'arrêt de plusieurs réacteurs nucléaires",
     None),
    ("les météorologues mentent : le ciel est devenu blanc depuis 2010, on nous cache le soleil 🌥️",
     "un ciel voilé vient le plus souvent de cirrus ou de particules de pollution, mesurées par les stations d'air",
     None),
    ("on nous dit de manger des insectes, de plus prendre l'avion, de vivre en 20m²… pendant qu'ils se gavent. "
     "le plan est clair",
     "la consommation d'insectes en Europe reste très marginale et aucun pays ne l'impose",
     "« on nous force à manger des insectes » : il y a 4 produits autorisés, étiquetés, et personne t'oblige à les "
     "acheter"),
]

# Opinions on immigration, religion in public space, asylum (identity_neutral): no one derogated. Over all targets.
OPINION_SIXTH: list[str] = [
    "perso je pense qu'on devrait mieux contrôler l'immigration, mais les {G} qui vivent ici méritent le même "
    "respect que moi",
    "je suis pas d'accord avec toutes les revendications des assos {de}, mais j'écoute leurs arguments, c'est "
    "normal en démocratie",
    "on peut débattre des quotas d'accueil sans insulter les {G}, c'est ce que je demande aux deux camps",
    "mon avis : la laïcité doit s'appliquer pareil à tout le monde, {G} compris, ni plus ni moins",
    "je vote à droite et j'ai des potes {G}, on s'engueule sur la politique et on boit un coup après 🍻",
    "critiquer une loi qui concerne les {G}, c'est pas critiquer les {G}. on peut distinguer les deux",
    "je suis réservé sur la réforme, mais si elle aide les {G} à trouver un boulot, tant mieux",
    "désolé mais je suis contre les signes religieux au taf, pour tout le monde, ça n'a rien contre les {G}",
    "je pense que la France peut pas accueillir sans limite, et aussi que les {G} arrivé{e}s ici doivent être "
    "bien traité{e}s",
    "débat ce soir en famille sur l'accueil des {G}, on est pas d'accord mais personne n'a dérapé, ça fait du bien",
    "les aides aux {G} sont peut-être mal ciblées, faudrait un vrai audit, pas des clichés",
    "je comprends qu'on soit inquiet pour l'intégration, mais faire des {G} des boucs émissaires règle rien",
]

# Policy opinions and neutral posts on immigration, religion and asylum, naming no group (identity_neutral, none).
OPINION_NONE: list[str] = [
    "on devrait mieux contrôler l'immigration, c'est mon avis, et ça fait pas de moi un raciste",
    "je suis contre le voile à l'école mais je respecte les musulmans, les deux sont compatibles",
    "le droit d'asile c'est sacré, mais les délais de traitement de 2 ans c'est inhumain pour tout le monde",
    "réforme du droit d'asile : le Sénat veut raccourcir les recours, les associations s'inquiètent",
    "je suis pour une immigration choisie, sur le modèle canadien. on peut en parler calmement ?",
    "les crèches de Noël en mairie, pour ou contre ? perso je m'en fiche tant que tout le monde est respecté",
    "les prières de rue me gênent, comme me gênerait n'importe quel rassemblement qui bloque la chaussée",
    "les OQTF non exécutées, c'est un vrai sujet d'efficacité de l'État, pas une question d'origine",
    "je trouve que l'aide médicale d'État devrait être réformée, pas supprimée. avis perso",
    "régulariser les travailleurs sans papiers dans les métiers en tension, je suis plutôt pour",
    "j'aime pas trop les menus de substitution à la cantine, je préférerais un plat végétarien pour tous",
    "l'Europe doit partager l'accueil des demandeurs d'asile au lieu de tout laisser à l'Italie et la Grèce",
    "les cours de français pour les nouveaux arrivants devraient être gratuits et obligatoires, c'est mon avis",
    "la laïcité c'est la neutralité de l'État, pas l'interdiction de croire. faut arrêter de tout mélanger",
    "débat sur le burkini à la piscine municipale : le conseil tranchera en septembre",
    "je suis athée et ça me dérange pas qu'on construise une mosquée dans ma ville, faut juste que le permis soit "
    "en règle",
    "le regroupement familial est encadré par des conditions de ressources et de logement, c'est pas automatique",
    "on peut être pour la fermeté aux frontières et contre les insultes, j'en connais plein comme ça",
]

# Abuse of non-protected targets (abuse_nonprotected, label 0, target none).
ABUSE_SIXTH: list[str] = [
    "le gouvernement est une bande de guignols, et je suis gentil",
    "ce ministre de l'économie c'est un incapable total, il sait même pas le prix d'une baguette 🥖",
    "l'arbitre de ce soir mérite un carton rouge à vie, aveugle et nul à chier 🟥",
    "le PSG c'est un club de mercenaires sans âme, qu'ils perdent tous leurs matchs 😤",
    "mon patron est une ordure, il m'a retiré mes RTT la veille de mes vacances",
    "les députés qui votent leur propre augmentation, des parasites en costume",
    "mon proprio est un rapace, 900€ pour 18m² avec des moisissures partout 🤬",
    "la SNCF c'est une bande de clowns, 3h de retard et pas un mot d'excuse",
    "le président de la fédé devrait démissionner, une honte ambulante",
    "les supporters de l'OM sont des abrutis finis, ils ont encore tout cassé à la gare",
    "mon opérateur téléphonique c'est des escrocs en bande organisée, 4 mois pour résilier",
    "les influenceurs à Dubaï qui vendent des formations bidon, des vautours",
    "le maire a encore coupé le budget des assos, quel minable celui-là",
    "la commission de discipline de la ligue, des pantins qui servent à rien",
    "ma banque m'a prélevé 80€ de frais, bande de voleurs en cravate 😡",
    "ce ministre de l'intérieur ment comme il respire, aucune crédibilité",
    "les agents immobiliers de ma ville sont des requins, ils se gavent sur notre dos",
    "l'entraîneur de Lyon est une catastrophe, qu'il dégage avant la fin de la saison",
    "les chauffards qui se garent sur les pistes cyclables, des égoïstes de première",
    "Uber Eats, vos livreurs sont exploités et votre service client est une blague",
    "le conseil d'administration a voté des bonus pendant qu'on licenciait, des charognards",
    "les arbitres vidéo de ce week-end, on leur retire la licence et on en parle plus",
    "mon ex est le roi des manipulateurs, je le souhaite à personne",
    "le gouvernement nous prend pour des vaches à lait, taxe sur taxe 🐄💸",
    "la direction de mon lycée c'est des incompétents, emploi du temps toujours pas fini en octobre",
    "les politiques de tous bords sont des menteurs professionnels, aucun pour rattraper l'autre",
]

# The coded idioms above in their sincere, everyday use, naming no group (identity_neutral, label 0, target none).
IDIOM_NONE: list[str] = [
    "Fatou, infirmière de nuit depuis 20 ans, médaille du mérite ce matin. une vraie chance pour la France, et pour "
    "mon service 🏥",
    "comme par hasard il pleut pile le jour du barbecue, la météo me déteste 🌧️",
    "je dis ça je dis rien mais la boulangerie d'en face fait des croissants bien meilleurs 🥐",
    "retour au bled pour l'été, 3 semaines chez ma grand-mère, j'ai trop hâte ☀️",
    "billet aller simple pour Montréal acheté, nouveau taf, nouvelle vie, je flippe et je suis ravie ✈️",
    "certains quartiers de Marseille ont les meilleurs marchés de France, je retire rien",
    "on sait tous qui a fini le pot de Nutella, Kevin. on sait tous 👀",
    "mes chats sont pas comme nous, ils dorment 18h par jour et personne leur dit rien 🐱",
    "le grand remplacement de ma chaudière a coûté un bras, mais au moins on a chaud 🔥",
    "« enrichissement » de mon vocabulaire grâce au Wordle, 400 jours d'affilée 💪",
    "comme par hasard, le bus arrive pile quand j'allume ma clope",
    "vivre ensemble en coloc à 5, c'est une aventure. le frigo est une zone de guerre 😂",
    "c'est pas moi c'est les stats : 80 % de mes plantes meurent en août. je les arrose pas, voilà",
    "suivez mon regard vers la dernière part de gâteau… qui l'a mangée ?? 👀",
    "on a offert un billet aller simple pour Lisbonne à mamie pour ses 80 ans, elle s'installe là-bas 🥹",
    "je respecte les gens qui se lèvent à 5h pour courir, de loin, très loin, depuis mon lit 😴",
    "tolérance zéro pour les chaussettes sales dans le salon, règle de la maison 🧦",
    "la remise en route du tram dans certains quartiers, enfin, ça fait 3 ans qu'on attend 🚋",
]

# Counter-speech naming the coded line without a group (counter_quote, label 0, target none).
COUNTER_NONE: list[str] = [
    "« remigration » : un mot poli pour dire expulsion de masse. le vocabulaire propre ne rend pas l'idée propre",
    "« je dis ça je dis rien » = je dis quelque chose et je veux pas l'assumer. arrêtez avec ça",
    "« c'est pas du racisme, c'est des stats » : 9 fois sur 10 y a pas de stats, et la 10e elles disent autre chose",
    "les emojis rats, singes ou cafards sous les posts sur l'immigration, c'est de la haine qui se croit maligne",
    "« comme par hasard » + un fait divers + aucun nom = le sous-entendu préféré des comptes haineux, signalez",
    "le « grand remplacement » n'est pas une observation, c'est une théorie complotiste raciste. les chiffres de "
    "l'Insee la contredisent",
    "« une chance pour la France 🙄 » sous une photo d'exilé, c'est du mépris, même avec un emoji",
    "quand on dit « certains quartiers » avec un clin d'œil, tout le monde comprend qui est visé. c'est le but, et "
    "c'est lâche",
]
